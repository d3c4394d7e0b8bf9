import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { safeBaseName, uniqueFileNames } from '@/lib/export/filenames';
import { exportFile } from '@/lib/export/formats';
import { paperMarkdown } from '@/lib/export/markdown';
import { frontMatter, yamlString } from '@/lib/export/yaml';
import { attention, highlight, paper, preprint } from './sample';

const NOW = Date.UTC(2025, 2, 4, 12);

describe('Markdown notes', () => {
  it('follow the documented template: front matter, title, abstract, note, highlights', () => {
    const hs = [
      highlight('h1', attention.id, 'Attention is all\nyou need', { color: 'green', comment: 'The *thesis*.', page: 2 }),
      highlight('h2', attention.id, 'multi-head', { createdAt: Date.UTC(2024, 0, 6) }),
    ];
    expect(paperMarkdown(attention, hs)).toBe(`---
title: "Attention Is All You Need"
authors:
  - "Ashish Vaswani"
  - "Noam Shazeer"
  - "Niki Parmar"
year: 2017
venue: "NeurIPS"
ids:
  arxiv: "1706.03762"
  doi: "10.48550/arxiv.1706.03762"
links:
  url: "https://arxiv.org/abs/1706.03762"
  pdf: "https://arxiv.org/pdf/1706.03762"
  doi: "https://doi.org/10.48550/arxiv.1706.03762"
tags:
  - "transformers"
  - "to discuss"
status: "read"
added: "2024-01-02"
updated: "2024-01-03"
status_dates:
  to-read: "2024-01-02"
  read: "2024-02-01"
marginalia_id: "p-attention"
---

# Attention Is All You Need

## Abstract

The dominant sequence transduction models…

## Note

Multi-head attention: see **§3.2**.

Cost is O(n^2) & 100% parallel_izable.

## Highlights

> [!quote] Green · p. 3
> Attention is all
> you need

The *thesis*.

> [!quote] Yellow
> multi-head
`);
  });

  it('quote YAML strings so that any parser reads them back exactly', () => {
    expect(yamlString('no')).toBe('"no"');
    expect(yamlString('a "b" \\ c\n\u0085\u2028\uD800')).toBe('"a \\"b\\" \\\\ c\\n\\u0085\\u2028\\ud800"');
    expect(frontMatter({ 'odd key': 'x', empty: [], none: undefined, nested: {} })).toBe('---\n"odd key": "x"\n---\n');
  });

  it('go one file per paper into a zip, with safe and unique names', () => {
    const twin = paper({ id: 'twin', title: 'Attention Is All You Need' });
    const file = exportFile('markdown', { papers: [attention, twin, preprint], highlights: [highlight('h', twin.id, 'x')], tables: {} }, { now: NOW });
    expect(file.name).toBe('marginalia-2025-03-04-markdown.zip');
    const files = unzipSync(file.data as Uint8Array);
    expect(Object.keys(files)).toEqual([
      'Attention Is All You Need.md',
      'Attention Is All You Need (2).md',
      'FLAME Frozen LLMs Enable Data-Efficient {Pre-training} for $50 & 100% of_us ~ b.md',
    ]);
    expect(strFromU8(files['Attention Is All You Need (2).md']!)).toContain('> [!quote] Yellow\n> x\n');
  });

  it('zips even when the clock is outside the years a zip can record', () => {
    for (const now of [0, Date.UTC(2150, 0, 1)]) {
      const file = exportFile('markdown', { papers: [attention], highlights: [], tables: {} }, { now });
      expect(Object.keys(unzipSync(file.data as Uint8Array))).toEqual(['Attention Is All You Need.md']);
    }
  });

  it('or into one combined file with a YAML block per paper', () => {
    const file = exportFile('markdown', { papers: [attention, preprint], highlights: [], tables: {} }, { now: NOW, markdownLayout: 'combined' });
    expect(file.name).toBe('marginalia-2025-03-04.md');
    const text = file.data as string;
    expect(text.startsWith('# Marginalia export\n\n2 papers, exported 2025-03-04.\n')).toBe(true);
    expect(text).toContain('## Attention Is All You Need\n\n```yaml\ntitle: "Attention Is All You Need"\n');
    expect(text).toContain('### Note\n\nMulti-head attention');
  });

  it('name files safely on every OS', () => {
    expect(safeBaseName('a/b\\c:d*e?f"g<h>i|j#k^l[m]n')).toBe('a b c d e f g h i j k l m n');
    expect(safeBaseName('  ..hidden.  ')).toBe('hidden');
    expect(safeBaseName('CON')).toBe('CON_');
    expect(safeBaseName('///')).toBe('untitled');
    expect([...safeBaseName('😀'.repeat(200))].length).toBe(100);
    expect(uniqueFileNames(['A', 'a', 'A'], 'md')).toEqual(['A.md', 'a (2).md', 'A (3).md']);
  });
});
