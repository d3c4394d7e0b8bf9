import { describe, expect, it, vi } from 'vitest';
import { FULL_LOAD_IDLE_MS, lazyCatalogues, loadCatalogueSet } from '@/lib/background/catalogue-set';
import { PAGED_QUERIES } from '@/lib/catalogue/catalogue-set';
import { MatchIndexBuilder } from '@/lib/catalogue/indexParts';
import { MatchIndex, type MatchQuery } from '@/lib/catalogue/match';
import { importCatalogue } from '@/lib/db/catalogue-import';
import { loadIndexHead, loadIndexPages, loadIndexVocabulary } from '@/lib/db/catalogue-pages';
import * as repo from '@/lib/db/catalogues';
import type { MarginaliaDB } from '@/lib/db/database';
import type { CatalogueEntry } from '@/lib/paper';
import { storedEntries } from './stored-entries';
import { fromStored } from '@/lib/db/stored-arrays';
import type { TitleSketches } from '@/lib/catalogue/titleSketch';
import { withFreshDatabase } from '@/tests/unit/fresh-database';

let db: MarginaliaDB;
withFreshDatabase('catalogue-pages', (opened) => (db = opened));

const WORDS = ['Sparse', 'Dense', 'Robust', 'Efficient', 'Causal', 'Graph', 'Vision', 'Speech', 'Diffusion', 'Attention'];
const title = (i: number): string => `${WORDS[i % 10]} ${WORDS[(i >> 3) % 10]} ${WORDS[(i >> 6) % 10]} Models Number ${i}${i % 5 ? '' : ': A Study'}`;
// 12,000 entries: the title-key table has 32,768 slots, eight 4,096-slot pages.
function csv(rows: number): string {
  const lines = ['title,id'];
  for (let i = 0; i < rows; i++) lines.push(`"${title(i)}",${i % 2 ? `2401.${String(i).padStart(5, '0')}` : ''}`);
  return lines.join('\n');
}
async function* chunks(text: string, size = 50_000, after?: (i: number) => void): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) {
    after?.(i);
    yield text.slice(i, i + size);
  }
}
const pages = () => db.catalogueIndexPages.count();
const entries = (): Promise<CatalogueEntry[]> => storedEntries(db);

describe('the paged index in IndexedDB', () => {
  it('is saved whole as the builder made it, plus a head and pages of every table lookups read', async () => {
    const row = await importCatalogue(db, chunks(csv(12_000)), { format: 'csv', fileName: 'a.csv' });
    const head = await loadIndexHead(db, row.id);
    expect(head?.keys).toEqual({ capacity: 32_768, count: 12_000, pageSlots: 4096 });
    const count = (table: string) => db.catalogueIndexPages.where(':id').between([row.id, table, 0], [row.id, table, Infinity]).count();
    expect(await count('keys')).toBe(8);
    const builder = new MatchIndexBuilder(5000);
    for (const e of await entries()) builder.add(e);
    const parts = builder.finish();
    expect(await repo.loadCatalogueIndex(db, row.id)).toEqual(parts);
    // The fuzzy stage's tables too: main titles (2,400 titles have a subtitle), the word
    // index's arrays in 4,096-value pages, and its word list.
    expect(head?.fuzzy).toEqual({
      mains: { capacity: 8192, count: 2400, pageSlots: 4096 },
      starts: { length: parts.words.starts.length, pageValues: 4096 },
      postings: { length: parts.words.postings.length, pageValues: 4096 },
      buckets: parts.words.buckets,
    });
    expect(await count('mains')).toBe(2);
    expect(await count('starts')).toBe(Math.ceil(parts.words.starts.length / 4096));
    expect(await count('postings')).toBe(Math.ceil(parts.words.postings.length / 4096));
    expect(await loadIndexVocabulary(db, row.id)).toBe(parts.words.vocabulary);
    const [postings] = await loadIndexPages(db, row.id, 'postings', [1]);
    expect(postings).toEqual(parts.words.postings.slice(4096, 8192));
  });

  it('reads the pages asked for in their order, undefined where there is none', async () => {
    const row = await importCatalogue(db, chunks(csv(12_000)), { format: 'csv', fileName: 'a.csv' });
    const stored = (table: 'ids' | 'keys', page: number) => db.catalogueIndexPages.get([row.id, table, page]);
    const read = await loadIndexPages(db, row.id, 'keys', [3, 0, 99, 7]);
    expect(read).toEqual([await stored('keys', 3), await stored('keys', 0), undefined, await stored('keys', 7)]);
    expect(read[0]).toMatchObject({ table: 'keys', page: 3 });
    // The head and the sketches sit in the same store, under pseudo-tables: never a page.
    expect(await loadIndexPages(db, row.id, 'ids', [0])).toEqual([await stored('ids', 0)]);
    // A record of another kind under a table's name is not taken for a page.
    await db.catalogueIndexPages.put({ catalogueId: row.id, table: 'postings', page: 0, count: 3, bytes: 'junk' as never });
    await db.catalogueIndexPages.put({ catalogueId: row.id, table: 'postings', page: 2, count: 4096, bytes: new Uint8Array([1, 2, 3]) });
    expect(await loadIndexPages(db, row.id, 'postings', [0, 1, 2])).toEqual([undefined, expect.any(Int32Array), undefined]);
    expect(await loadIndexPages(db, 'imported:none', 'keys', [0])).toEqual([undefined]);
  });

  it('keeps the whole index as Blobs, and loads one saved as typed arrays before them', async () => {
    const row = await importCatalogue(db, chunks(csv(2_000)), { format: 'csv', fileName: 'a.csv' });
    const record = await db.catalogueIndexes.get(row.id);
    expect(record?.parts.flags).toMatchObject({ stored: 'blob', type: 'Uint8Array' });
    const parts = await repo.loadCatalogueIndex(db, row.id);
    expect(parts?.keys.hashes).toBeInstanceOf(Uint32Array);
    // As written before: the arrays themselves in the records.
    const { sketches, ...whole } = parts!;
    await db.catalogueIndexes.put({ catalogueId: row.id, parts: whole });
    await db.catalogueIndexPages.put({ catalogueId: row.id, table: 'sketches', page: 0, sketches: sketches! });
    expect(await repo.loadCatalogueIndex(db, row.id)).toEqual(parts);
  });

  it('keeps the title sketches in a record of their own, and loads an index saved before them', async () => {
    const row = await importCatalogue(db, chunks(csv(2_000)), { format: 'csv', fileName: 'a.csv' });
    // Inside the whole-index record they pushed a million-entry index past what Chromium writes.
    expect((await db.catalogueIndexes.get(row.id))?.parts).not.toHaveProperty('sketches');
    const sketch = await db.catalogueIndexPages.get([row.id, 'sketches', 0]);
    expect(sketch?.table === 'sketches' && (await fromStored<TitleSketches>(sketch.sketches)).lengths.length).toBe(2_000);
    expect((await repo.loadCatalogueIndex(db, row.id))?.sketches?.bits.length).toBe(2_000 * 4);
    await db.catalogueIndexPages.delete([row.id, 'sketches', 0]);
    const parts = await repo.loadCatalogueIndex(db, row.id);
    expect(parts?.sketches).toBeUndefined();
    // Without sketches the index reads more candidates but answers the same.
    const index = MatchIndex.fromParts(parts!, [{ id: row.id, name: 'a' }]);
    expect(index.quickExact({ title: title(7) })?.method).toBe('title');
  });

  it('leaves no pages after a cancel, a delete, an update or a purge of a left-over import', async () => {
    const controller = new AbortController();
    const work = importCatalogue(db, chunks(csv(12_000), 50_000, (i) => i > 300_000 && controller.abort()), { format: 'csv', fileName: 'x.csv', signal: controller.signal });
    await expect(work).rejects.toThrow(/cancelled/);
    expect(await pages()).toBe(0);
    const old = await importCatalogue(db, chunks(csv(100)), { format: 'csv', fileName: 'v1.csv' });
    const before = await pages();
    const fresh = await importCatalogue(db, chunks(csv(100)), { format: 'csv', fileName: 'v2.csv', replaces: old.id });
    expect(await pages()).toBe(before);
    expect(await loadIndexHead(db, old.id)).toBeUndefined();
    await repo.deleteCatalogue(db, fresh.id);
    expect(await pages()).toBe(0);
    // An import whose page closed after saving its index: purged with its pages.
    await repo.beginCatalogueImport(db, { id: 'imported:left', name: 'x', fileName: 'x.csv', format: 'csv', enabled: true, importedAt: 0, updatedAt: 0 });
    const builder = new MatchIndexBuilder();
    builder.add({ id: 'a', title: 'A Title', links: [] });
    await repo.saveCatalogueIndex(db, 'imported:left', builder.finish());
    expect(await pages()).toBeGreaterThan(0);
    expect(await repo.purgeLeftovers(db, repo.STALE_IMPORT_MS + 1)).toBe(1);
    expect(await pages()).toBe(0);
  });

  it('copies the head into the catalogue row, so that a fresh worker reads it with the list', async () => {
    const row = await importCatalogue(db, chunks(csv(12_000)), { format: 'csv', fileName: 'a.csv' });
    const [listed] = await repo.listCatalogues(db);
    expect(listed?.head).toEqual(await loadIndexHead(db, row.id));
    // Answers from the pages without the head page (the row's copy is used)…
    await db.catalogueIndexPages.delete([row.id, 'head', 0]);
    const never = new Promise<undefined>(() => undefined);
    const set = await loadCatalogueSet(db, async () => [], () => never);
    expect(set.catalogues[0]?.index).not.toBeInstanceOf(MatchIndex);
    expect((await set.match({ title: title(7) }))?.entry.title).toBe(title(7));
    // …and a row imported before the copy still finds its head page.
    const older = await importCatalogue(db, chunks(csv(100)), { format: 'csv', fileName: 'b.csv' });
    await db.importedCatalogues.update(older.id, { head: undefined });
    const both = await loadCatalogueSet(db, async () => [], () => never);
    expect(both.catalogues.map((c) => c.index instanceof MatchIndex)).toEqual([false, false]);
  });

  it('still loads an index saved whole by schema v4 (no pages), after its full load', async () => {
    const row = await importCatalogue(db, chunks(csv(300)), { format: 'csv', fileName: 'a.csv' });
    // What v4 saved: the whole index only (no pages, no head in the catalogue's row).
    await db.catalogueIndexPages.clear();
    await db.importedCatalogues.update(row.id, { head: undefined });
    const set = await loadCatalogueSet(db, async () => []);
    expect(set.catalogues[0]?.index).toBeInstanceOf(MatchIndex);
    expect((await set.match({ title: title(7).toLowerCase() }))?.entry.title).toBe(title(7));
  });
});

describe('a catalogue set while the full index loads', () => {
  const queries: MatchQuery[] = [
    { title: title(10) }, // exact title
    { ids: { arxiv: '2401.00011v2' } }, // id
    { title: title(15).replace(': A Study', '') }, // subtitle dropped: fuzzy
    { title: title(21).replace('Models', 'Modls') }, // typo: fuzzy
    { title: 'Nothing Like It In The Catalogue' },
    { ids: { doi: '10.1/absent' } },
  ];

  it('answers every lookup from the pages at once, as the in-memory index, while the full load waits', async () => {
    const row = await importCatalogue(db, chunks(csv(12_000)), { format: 'csv', fileName: 'a.csv', name: 'Study' });
    const memory = MatchIndex.build([{ format: 'marginalia-catalogue', formatVersion: 1, id: row.id, name: 'Study', papers: await entries() }]);
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let loads = 0;
    const set = await loadCatalogueSet(db, async () => [], async (d, id) => (loads++, gate.then(() => repo.loadCatalogueIndex(d, id))));
    expect(set.catalogues[0]?.index).not.toBeInstanceOf(MatchIndex);
    const want = queries.map((q) => memory.match(q));
    expect(want.map((m) => m?.method ?? null)).toEqual(['title', 'id', 'fuzzy', 'fuzzy', null, null]);
    expect(await set.matchMany(queries)).toEqual(want);
    for (const [i, q] of queries.entries()) expect(await set.match(q)).toEqual(want[i]);
    // No lookup started the full load: the worker does, when it has a moment (lazyCatalogues).
    expect(loads).toBe(0);
    const loaded = set.whenLoaded();
    release();
    await loaded;
    expect(set.catalogues[0]?.index).toBeInstanceOf(MatchIndex);
    expect(await set.matchMany(queries)).toEqual(want);
  });

  it('waits for the full index for a listing-sized batch of fuzzy queries', async () => {
    await importCatalogue(db, chunks(csv(2_000)), { format: 'csv', fileName: 'a.csv' });
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let loads = 0;
    const set = await loadCatalogueSet(db, async () => [], async (d, id) => (loads++, gate.then(() => repo.loadCatalogueIndex(d, id))));
    const typos = Array.from({ length: PAGED_QUERIES + 1 }, (_, i) => ({ title: title(i * 7).replace('Models', 'Modls') }));
    let done = false;
    const batch = set.matchMany(typos).then((answers) => ((done = true), answers));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(done).toBe(false);
    expect(loads).toBe(1);
    release();
    expect((await batch).map((m) => m?.entry.title)).toEqual(typos.map((_, i) => title(i * 7)));
  });

  it('loads the full index in a worker once it has been idle a moment', async () => {
    await importCatalogue(db, chunks(csv(300)), { format: 'csv', fileName: 'a.csv' });
    const lazy = lazyCatalogues(db, async () => [], () => 0);
    const set = await lazy.get();
    expect((await set.match(queries[3]!))?.method).toBe('fuzzy');
    // Right after a lookup, nothing more is read: the next lookup may come at once.
    expect(set.catalogues[0]?.index).not.toBeInstanceOf(MatchIndex);
    await vi.waitFor(() => expect(set.catalogues[0]?.index).toBeInstanceOf(MatchIndex), { timeout: FULL_LOAD_IDLE_MS * 5 });
    expect(await lazy.get()).toBe(set);
  });

  it('answers fuzzy lookups after the full load for an index saved before its fuzzy pages', async () => {
    const row = await importCatalogue(db, chunks(csv(300)), { format: 'csv', fileName: 'a.csv' });
    // What was saved before: pages of the exact tables only, and a head without the fuzzy part.
    const head = (await loadIndexHead(db, row.id))!;
    delete head.fuzzy;
    await db.importedCatalogues.update(row.id, { head });
    for (const table of ['mains', 'starts', 'postings', 'vocabulary']) await db.catalogueIndexPages.where(':id').between([row.id, table, 0], [row.id, table, Infinity]).delete();
    expect(await db.catalogueIndexPages.get([row.id, 'sketches', 0])).toBeDefined();
    let loads = 0;
    const set = await loadCatalogueSet(db, async () => [], (d, id) => (loads++, repo.loadCatalogueIndex(d, id)));
    await set.matchMany([queries[0]!, queries[1]!, queries[5]!]);
    expect(loads).toBe(0);
    expect((await set.match(queries[3]!))?.method).toBe('fuzzy');
    expect(loads).toBe(1);
  });

  it('starts over on the next lookup when the full load fails', async () => {
    await importCatalogue(db, chunks(csv(50)), { format: 'csv', fileName: 'a.csv' });
    // The whole-index record is gone (as if deleted under the load); the pages still answer exact lookups.
    await db.catalogueIndexes.clear();
    const lazy = lazyCatalogues(db, async () => [], () => 0);
    const broken = await lazy.get();
    expect((await broken.match({ title: title(3) }))?.entry.title).toBe(title(3));
    expect((await broken.match({ title: title(21).replace('Models', 'Modls') }))?.entry.title).toBe(title(21));
    await expect(broken.whenLoaded()).rejects.toThrow(/missing/);
    // Once the worker's own full load (begun when idle) has failed, the next lookup loads the set afresh.
    await new Promise((resolve) => setTimeout(resolve, FULL_LOAD_IDLE_MS * 2));
    expect(await lazy.get()).not.toBe(broken);
  });
});
