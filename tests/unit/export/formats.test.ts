import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { cslName, toCslItems } from '@/lib/export/csl';
import { exportFile } from '@/lib/export/formats';
import { markdownLink } from '@/lib/export/links';
import { attention, highlight, paper, preprint } from './sample';

const NOW = Date.UTC(2025, 2, 4);
const snapshot = { papers: [attention, preprint], highlights: [highlight('h1', attention.id, 'x')], tables: {} };

describe('CSL-JSON', () => {
  it('writes typed items with the BibTeX keys, names split, arXiv as number', () => {
    const [a, b] = toCslItems([attention, preprint]);
    expect(a).toMatchObject({
      id: 'vaswani2017attention', type: 'paper-conference', title: attention.title, 'container-title': 'NeurIPS',
      issued: { 'date-parts': [[2017]] }, DOI: '10.48550/arxiv.1706.03762', number: 'arXiv:1706.03762', keyword: 'transformers, to discuss',
      note: attention.note, author: [{ family: 'Vaswani', given: 'Ashish' }, { family: 'Shazeer', given: 'Noam' }, { family: 'Parmar', given: 'Niki' }],
    });
    expect(b).toMatchObject({ type: 'article', publisher: 'arXiv', archive: 'arXiv', number: 'arXiv:2411.11927' });
    expect(b).not.toHaveProperty('container-title');
    expect(cslName('Ludwig van Beethoven')).toEqual({ family: 'van Beethoven', given: 'Ludwig' });
    expect(cslName('Plato')).toEqual({ literal: 'Plato' });
  });
});

describe('CSV', () => {
  it('has a header, one row per paper, and is read back by a CSV parser', () => {
    const file = exportFile('csv', snapshot, { now: NOW });
    const text = file.data as string;
    expect(text.startsWith('\uFEFFtitle,authors,year')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ title: attention.title, authors: 'Ashish Vaswani; Noam Shazeer; Niki Parmar', note: attention.note, highlights: '1', arxiv: '1706.03762' });
    expect(rows[1]!.title).toBe(preprint.title);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const evil = paper({ id: 'e', title: '=HYPERLINK("http://evil","click")', note: '+1', tags: ['@x'] });
    const rows = Papa.parse<string[]>((exportFile('csv', { papers: [evil], highlights: [], tables: {} }, { now: NOW }).data as string).slice(1)).data;
    expect(rows[1]![0]).toBe('\'=HYPERLINK("http://evil","click")');
  });
});

describe('W3C Web Annotations', () => {
  it('is an AnnotationCollection of Annotations with selectors, comment body and colour', () => {
    const hs = [
      highlight('3f0c8f0e-2b7a-4c61-9a55-0d3c1b2a4e5f', attention.id, 'quote', { comment: 'why', color: 'blue', page: 0 }),
      highlight('h2', attention.id, 'plain'),
    ];
    const doc = JSON.parse(exportFile('annotations', { ...snapshot, highlights: hs }, { now: NOW }).data as string);
    expect(doc).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 2 });
    const [a, b] = doc.first.items;
    expect(a).toMatchObject({
      id: 'urn:uuid:3f0c8f0e-2b7a-4c61-9a55-0d3c1b2a4e5f', type: 'Annotation', motivation: 'commenting',
      body: { type: 'TextualBody', value: 'why', purpose: 'commenting' },
      target: { source: 'https://arxiv.org/abs/1706.03762', styleClass: 'marginalia-blue' },
      stylesheet: { type: 'CssStylesheet' },
    });
    expect(a.stylesheet.value).toMatch(/^\.marginalia-blue \{ background-color: /);
    expect(a.target.selector[0]).toEqual({
      type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3778', value: 'page=1',
      refinedBy: { type: 'TextQuoteSelector', exact: 'quote', prefix: 'before ', suffix: ' after' },
    });
    expect(b).toMatchObject({ id: 'urn:marginalia:highlight:h2', motivation: 'highlighting' });
    expect(b).not.toHaveProperty('body');
    expect(b.target.selector.map((s: { type: string }) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
  });
});

describe('file names and links', () => {
  it('names every download after the date', () => {
    const names = (['bibtex', 'csl-json', 'csv', 'annotations', 'backup'] as const).map((f) => exportFile(f, snapshot, { now: NOW }).name);
    expect(names).toEqual([
      'marginalia-2025-03-04.bib', 'marginalia-2025-03-04.csl.json', 'marginalia-2025-03-04.csv',
      'marginalia-2025-03-04-annotations.jsonld', 'marginalia-2025-03-04-backup.json',
    ]);
  });

  it('makes Markdown links that brackets in titles cannot break', () => {
    expect(markdownLink(attention)).toBe('[Attention Is All You Need](https://arxiv.org/abs/1706.03762)');
    expect(markdownLink(paper({ id: 'x', title: 'A [b] \\ c', url: 'https://x.org/a (b)' }))).toBe('[A \\[b\\] \\\\ c](<https://x.org/a (b)>)');
  });
});
