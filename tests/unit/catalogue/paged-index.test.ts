import { describe, expect, it } from 'vitest';
import bundled from '../../../public/catalogues/hf-trending-papers.json';
import { MatchIndexBuilder } from '@/lib/catalogue/indexParts';
import { type KeyPage, PagedKeyTable, shapeOf, splitPages } from '@/lib/catalogue/keyPages';
import { check32, hash32, KeyTable } from '@/lib/catalogue/keyTable';
import { MatchIndex, type MatchQuery } from '@/lib/catalogue/match';
import { mainTitle } from '@/lib/catalogue/normalize';
import { CatalogueSet, PAGED_QUERIES } from '@/lib/catalogue/catalogue-set';
import { PagedIndex, type PagedIndexHead, type PagedTable } from '@/lib/catalogue/pagedIndex';
import { splitArray } from '@/lib/catalogue/postingPages';
import type { Catalogue, CatalogueEntry } from '@/lib/paper';

const catalogue = bundled as Catalogue;
// Every other entry gets an arXiv id, every third a DOI: ids, conflicts and id order all get exercised.
const papers: CatalogueEntry[] = catalogue.papers.map((p, i) => ({
  ...p,
  ids: { ...(i % 2 ? { arxiv: `2401.${String(10000 + i)}` } : {}), ...(i % 3 === 0 ? { doi: `10.1000/x${i}` } : {}) },
}));

// Pages served from memory, counting the reads, as IndexedDB would serve them.
function pagesOf(pages: KeyPage[]) {
  const reads: number[][] = [];
  const read = async (wanted: number[]) => {
    reads.push(wanted);
    return wanted.map((p) => structuredClone(pages[p]));
  };
  return { read, reads };
}

// Keys whose home slot is `slot` in a table of this capacity (found by trying names).
function keysAt(slot: number, capacity: number, count: number, prefix = 'k'): string[] {
  const found: string[] = [];
  for (let i = 0; found.length < count; i++) if ((hash32(`${prefix}${i}`) & (capacity - 1)) === slot) found.push(`${prefix}${i}`);
  return found;
}

describe('a paged KeyTable', () => {
  it('finds what KeyTable.lookupExact finds, reading only the pages a probe run touches', async () => {
    const table = new KeyTable();
    for (let i = 0; i < 3000; i++) table.add(`key-${i % 2500}`, i); // some keys twice
    const data = table.toData();
    const shape = shapeOf(data, 64);
    const { read, reads } = pagesOf(splitPages(data, shape));
    const paged = new PagedKeyTable(shape, read);
    const keys = ['key-7', 'key-2499', 'key-10', 'absent', 'key-2500', ''];
    expect(await paged.lookupExactMany(keys)).toEqual(keys.map((k) => table.lookupExact(k).map((entry) => ({ entry, flag: 0 }))));
    expect(reads.flat().length).toBeLessThanOrEqual(keys.length * 2);
    // The pages cover the table exactly, in order.
    expect(Int32Array.from(splitPages(data, shape).flatMap((p) => [...p.slots]))).toEqual(data.slots);
  });

  it('follows a probe run across a page boundary, and from the last page round to the first', async () => {
    const table = new KeyTable(64); // capacity 128, pages of 16 slots
    const capacity = table.toData().slots.length;
    const crossing = keysAt(15, capacity, 4); // home slot 15: the run spills into page 1
    const wrapping = keysAt(capacity - 1, capacity, 3, 'w'); // the last slot: spills into page 0
    [...crossing, ...wrapping].forEach((k, i) => table.add(k, i));
    const data = table.toData();
    const shape = shapeOf(data, 16);
    const { read, reads } = pagesOf(splitPages(data, shape));
    const paged = new PagedKeyTable(shape, read);
    const last = [crossing[3]!, wrapping[2]!];
    expect(await paged.lookupExactMany(last)).toEqual([[{ entry: 3, flag: 0 }], [{ entry: 6, flag: 0 }]]);
    expect(reads).toEqual([[0, 7], [1]]); // home pages first, then the one page 0's run spilled into
    expect(await paged.lookupExactMany(crossing)).toEqual(crossing.map((k) => table.lookupExact(k).map((entry) => ({ entry, flag: 0 }))));
    expect(reads).toHaveLength(2); // pages already read are kept
  });

  it('tells apart keys whose first hash collides, by the second', async () => {
    const seen = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; !pair; i++) {
      const key = `title-${i}`;
      const other = seen.get(hash32(key));
      if (other !== undefined && check32(other) !== check32(key)) pair = [other, key];
      seen.set(hash32(key), key);
    }
    const [a, b] = pair;
    const table = new KeyTable();
    table.add(a, 0);
    table.add('filler', 1);
    const data = table.toData();
    const paged = new PagedKeyTable(shapeOf(data, 8), pagesOf(splitPages(data, shapeOf(data, 8))).read);
    expect(table.lookup(b)).toEqual([0]); // the first hash alone would take b for a
    expect(await paged.lookupExactMany([a, b])).toEqual([[{ entry: 0, flag: 0 }], []]);
    table.add(b, 2);
    const both = table.toData();
    const again = new PagedKeyTable(shapeOf(both, 8), pagesOf(splitPages(both, shapeOf(both, 8))).read);
    expect(await again.lookupExactMany([a, b])).toEqual([[{ entry: 0, flag: 0 }], [{ entry: 2, flag: 0 }]]);
  });
});

describe('exact lookups from pages', () => {
  const builder = new MatchIndexBuilder();
  for (const p of papers) builder.add(p);
  const parts = structuredClone(builder.finish());
  const memory = MatchIndex.fromParts(parts, [catalogue], (e) => papers[e]);
  // Small pages, so that many probe runs cross a boundary at this catalogue's size.
  const head: PagedIndexHead = { size: parts.size, ids: shapeOf(parts.ids, 16), keys: shapeOf(parts.keys, 16) };
  const stored = { ids: splitPages(parts.ids, head.ids), keys: splitPages(parts.keys, head.keys, parts.flags) };
  const never = () => new Promise<MatchIndex>(() => undefined);
  const paged = new PagedIndex(head, async (table, pages) => pages.map((p) => structuredClone(stored[table as 'ids' | 'keys'][p])) as never, async () => '', catalogue, never);

  it('decides exactly like MatchIndex.quickExact: ids, titles, main titles, conflicts, absent keys', async () => {
    const queries: MatchQuery[] = papers.flatMap((p, i) => [
      { title: p.title.toUpperCase() },
      { title: mainTitle(p.title) },
      { title: p.title, ids: { arxiv: '2501.00001' } }, // another paper's arXiv id: the flag rules out entries with one
      ...(p.ids?.arxiv ? [{ ids: { arxiv: `${p.ids.arxiv}v2` } }, { ids: { arxiv: p.ids.arxiv, doi: `10.1000/x${i + 1}` }, title: 'x' }] : []),
      ...(p.ids?.doi ? [{ ids: { doi: `https://doi.org/${p.ids.doi.toUpperCase()}` } }, { ids: { arxiv: '2502.00001', doi: p.ids.doi }, title: p.title }] : []),
      { title: `${p.title} and more` },
    ]);
    queries.push({}, { title: '  ' }, { ids: { arxiv: '9999.99999' } }, { ids: { openreview: 'absent' }, title: 'No Such Paper At All' });
    const want = queries.map((q) => memory.quickExact(q));
    expect(want.filter(Boolean).length).toBeGreaterThan(papers.length);
    expect(await paged.quickExactMany(queries)).toEqual(want);
    const hit = want.find((h) => h?.method === 'title')!;
    expect(paged.answer(hit.entry, 'title', (e) => papers[e])).toEqual(memory.answer(hit.entry, 'title', (e) => papers[e]));
  });
});

describe('fuzzy lookups from pages', () => {
  const builder = new MatchIndexBuilder();
  for (const p of papers) builder.add(p);
  const parts = structuredClone(builder.finish());
  const memory = MatchIndex.fromParts(parts, [catalogue], (e) => papers[e]);
  // Small pages, so that runs and posting lists cross page boundaries at this size.
  const words = parts.words;
  const head: PagedIndexHead = {
    size: parts.size,
    ids: shapeOf(parts.ids, 16),
    keys: shapeOf(parts.keys, 16),
    fuzzy: { mains: shapeOf(parts.mains, 16), starts: { length: words.starts.length, pageValues: 16 }, postings: { length: words.postings.length, pageValues: 8 }, buckets: words.buckets },
  };
  const stored: Record<PagedTable, unknown[]> = {
    ids: splitPages(parts.ids, head.ids),
    keys: splitPages(parts.keys, head.keys, parts.flags),
    mains: splitPages(parts.mains, head.fuzzy!.mains, parts.flags),
    starts: splitArray(words.starts, 16),
    postings: splitArray(words.postings, 8),
  };
  // A typo in the longest word: a letter swapped with the next.
  const typo = (title: string): string => {
    const longest = title.split(' ').reduce((a, b) => (b.length > a.length ? b : a));
    return title.replace(longest, longest[0]! + longest[2]! + longest[1]! + longest.slice(3));
  };
  const queries: MatchQuery[] = papers.flatMap((p, i) => [
    { title: typo(p.title) },
    { title: mainTitle(p.title) },
    { title: `${p.title}: Extended Version` },
    { title: p.title.split(' ').slice(0, -1).join(' ') },
    { title: typo(p.title), abstract: p.abstract },
    { title: typo(p.title), ids: { arxiv: `2502.${String(10000 + i)}` } },
  ]);
  queries.push({ title: 'Nothing Like It In Any Catalogue' }, { title: 'Learning' }, { title: 'Quantum Chromodynamics on the Lattice at Finite Density' });

  function pagedSet() {
    const reads: { table: string; pages: number[] }[] = [];
    let loads = 0;
    const read = async (table: PagedTable, pages: number[]) => {
      reads.push({ table, pages });
      return pages.map((p) => structuredClone(stored[table][p]));
    };
    const index = new PagedIndex(head, read as never, async () => words.vocabulary, catalogue, () => (loads++, new Promise<MatchIndex>(() => undefined)));
    const fetch = async (numbers: number[]) => new Map(numbers.flatMap((e) => (papers[e] ? [[e, papers[e]] as const] : [])));
    return { set: new CatalogueSet([{ id: catalogue.id, name: catalogue.name, index, fetch }]), reads, loads: () => loads };
  }

  it('decides every query exactly as the index in memory, without the full load', async () => {
    const { set, loads } = pagedSet();
    const want = queries.map((q) => memory.match(q));
    expect(want.filter((m) => m?.method === 'fuzzy').length).toBeGreaterThan(papers.length * 2);
    expect(want.filter((m) => m === null).length).toBeGreaterThan(papers.length);
    // In batches as small as a page's own lookups: a listing's batch would await the full index.
    const answers = [];
    for (let i = 0; i < queries.length; i += PAGED_QUERIES) answers.push(...(await set.matchMany(queries.slice(i, i + PAGED_QUERIES))));
    expect(answers).toEqual(want);
    expect(loads()).toBe(0);
  });

  it('reads a few pages per lookup, each at most once', async () => {
    const { set, reads } = pagedSet();
    for (const q of queries.slice(0, 60)) expect(await set.match(q)).toEqual(memory.match(q));
    const seen = reads.flatMap((r) => r.pages.map((p) => `${r.table}:${p}`));
    expect(new Set(seen).size).toBe(seen.length);
    // One query alone: a handful of rounds of reads (vocabulary, then bounds, corrections' bounds, postings).
    const fresh = pagedSet();
    await fresh.set.match(queries[0]!);
    expect(fresh.reads.length).toBeGreaterThan(0);
    expect(fresh.reads.length).toBeLessThanOrEqual(12);
  });
});
