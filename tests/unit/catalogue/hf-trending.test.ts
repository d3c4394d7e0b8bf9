import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import bundled from '../../../public/catalogues/hf-trending-papers.json';
import { parseTrendingPage } from '@/lib/catalogue/hf-trending';
import { extractLinks, trimUrl } from '@/lib/catalogue/links';
import type { Catalogue } from '@/lib/paper';

const catalogue = bundled as Catalogue;
const byTitle = (start: string) => catalogue.papers.find((p) => p.title.startsWith(start))!;

describe('bundled catalogue', () => {
  it('has the 94 papers of the saved page, each with a unique stable id', () => {
    expect(catalogue.format).toBe('marginalia-catalogue');
    expect(catalogue.papers).toHaveLength(94);
    expect(new Set(catalogue.papers.map((p) => p.id)).size).toBe(94);
    expect(catalogue.papers[0]!.title).toBe(
      'FLAME: Frozen Large Language Models Enable Data-Efficient Language-Image Pre-training',
    );
    for (const paper of catalogue.papers) {
      expect(paper.id).toMatch(/^hf-trending:[0-9a-f]{8}$/);
      expect(paper.abstract!.length).toBeGreaterThan(100);
    }
  });

  it('keeps code links without the sentence period', () => {
    expect(byTitle('FLAME').links).toEqual([{ url: 'https://github.com/MIV-XJTU/FLAME', kind: 'code' }]);
    const links = catalogue.papers.flatMap((p) => p.links);
    expect(links).toHaveLength(22);
    for (const link of links) expect(link.url).not.toMatch(/[.,;:]$/);
  });

  it('classifies a github.io page as a project page', () => {
    const links = catalogue.papers.flatMap((p) => p.links);
    expect(links).toContainEqual({ url: 'https://glee-vision.github.io', kind: 'project' });
  });

  it('is what the conversion script makes of the saved page (when ../shared is present)', () => {
    let text: string;
    try {
      text = readFileSync('../shared/catalogue/hf-trending-papers.txt', 'utf8');
    } catch {
      return; // The project must build and test without ../shared.
    }
    const fresh = parseTrendingPage(text, { id: catalogue.id, name: catalogue.name, source: catalogue.source });
    expect(fresh).toEqual(catalogue);
  });
});

describe('parseTrendingPage', () => {
  const chrome = 'new\n\nGet\n\nSubscribe\n\nby\n\nMar 11\n\n';
  it('refuses a title without an abstract, naming the line', () => {
    expect(() => parseTrendingPage(`${chrome}A title\n\nAn abstract\n\nOrphan title\n`, { id: 'x', name: 'X' })).toThrow(
      /Line 15/,
    );
  });
  it('refuses duplicate titles', () => {
    expect(() => parseTrendingPage(`${chrome}A title\n\nAbs\n\nA  TITLE.\n\nAbs`, { id: 'x', name: 'X' })).toThrow(/duplicate/);
  });
});

describe('links', () => {
  it.each([
    ['https://github.com/a/b.', 'https://github.com/a/b'],
    ['https://github.com/a/b).', 'https://github.com/a/b'],
    ['https://en.wikipedia.org/wiki/X_(y)', 'https://en.wikipedia.org/wiki/X_(y)'],
    ['https://x.org/a,', 'https://x.org/a'],
  ])('trims %s', (raw, url) => expect(trimUrl(raw)).toBe(url));

  it('finds several links in prose, in order', () => {
    const links = extractLinks('Code: https://github.com/a/b. Project page: https://a.org/p; also https://github.com/a/b');
    expect(links).toEqual([
      { url: 'https://github.com/a/b', kind: 'code' },
      { url: 'https://a.org/p', kind: 'project' },
    ]);
  });
});
