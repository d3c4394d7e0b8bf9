import { describe, expect, it } from 'vitest';
import { parseQuery } from '@/lib/search/query';
import type { LibraryRow } from '@/lib/search/rows';
import { passesFilters, quickMatch, selectRows, sortRows } from '@/lib/search/select';

const row = (id: string, over: Partial<LibraryRow> = {}): LibraryRow => ({
  id, title: `Paper ${id}`, authors: 'A. Author', ids: {}, status: 'to-read', tags: [], addedAt: 0, highlights: 0, site: 'arxiv.org', textHash: 0, ...over,
});

describe('filters', () => {
  const r = row('a', { tags: ['NLP', 'to discuss'], status: 'read', year: 2021, site: 'link.springer.com', catalogue: 'hf-trending' });
  it.each([
    ['tag:nlp', true], ['tag:"to discuss"', true], ['tag:vision', false], ['tag:vision tag:nlp', true],
    ['-tag:nlp', false], ['status:read', true], ['status:to-read', false], ['year:2020..2022', true], ['year:>2021', false],
    ['site:springer', true], ['site:link.springer', true], ['site:arxiv', false],
    ['catalogue:hf', true], ['catalogue:any', true], ['catalogue:none', false], ['tag:nlp status:to-read', false],
  ])('%s → %s', (text, expected) => {
    expect(passesFilters(r, parseQuery(text).filters)).toBe(expected);
  });
});

describe('quickMatch', () => {
  it('matches word beginnings in title, authors, venue and tags', () => {
    const r = row('a', { title: 'Attention Is All You Need', authors: 'Ashish Vaswani', venue: 'NeurIPS', tags: ['transformers'] });
    expect(quickMatch(r, ['att', 'vasw'])).toBe(true);
    expect(quickMatch(r, ['neur', 'trans'])).toBe(true);
    expect(quickMatch(r, ['tention'])).toBe(false);
  });
});

describe('sorting and selection', () => {
  const rows = new Map([
    ['a', row('a', { title: 'beta', year: 2020, addedAt: 1, highlights: 5 })],
    ['b', row('b', { title: 'Alpha', addedAt: 3, highlights: 0 })],
    ['c', row('c', { title: 'gamma', year: 2018, addedAt: 2, highlights: 2 })],
  ]);
  it('sorts by each column both ways, missing values first when ascending', () => {
    const ids = (key: Parameters<typeof sortRows>[1]['key'], dir: 'asc' | 'desc') => sortRows([...rows.values()], { key, dir }).map((r) => r.id);
    expect(ids('title', 'asc')).toEqual(['b', 'a', 'c']);
    expect(ids('year', 'asc')).toEqual(['b', 'c', 'a']);
    expect(ids('highlights', 'desc')).toEqual(['a', 'c', 'b']);
    expect(ids('addedAt', 'desc')).toEqual(['b', 'c', 'a']);
  });
  it('keeps the order of text hits for relevance, newest first without words', () => {
    expect(selectRows(rows, parseQuery('x'), ['c', 'a', 'gone'], { key: 'relevance', dir: 'desc' })).toEqual(['c', 'a']);
    expect(selectRows(rows, parseQuery(''), null, { key: 'relevance', dir: 'desc' })).toEqual(['b', 'c', 'a']);
    expect(selectRows(rows, parseQuery('gam'), null, { key: 'title', dir: 'asc' })).toEqual(['c']);
  });
});
