import { describe, expect, it, vi } from 'vitest';
import { lazyCatalogues, loadCatalogueSet } from '@/lib/background/catalogue-set';
import { MatchIndexBuilder } from '@/lib/catalogue/indexParts';
import { MatchIndex, type MatchQuery } from '@/lib/catalogue/match';
import { importCatalogue } from '@/lib/db/catalogue-import';
import { loadIndexHead, loadIndexPages } from '@/lib/db/catalogue-pages';
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
  it('is saved whole as the builder made it, plus a head and pages of its exact-lookup tables', async () => {
    const row = await importCatalogue(db, chunks(csv(12_000)), { format: 'csv', fileName: 'a.csv' });
    const head = await loadIndexHead(db, row.id);
    expect(head?.keys).toEqual({ capacity: 32_768, count: 12_000, pageSlots: 4096 });
    expect(await db.catalogueIndexPages.where(':id').between([row.id, 'keys', 0], [row.id, 'keys', Infinity]).count()).toBe(8);
    // Main titles serve fuzzy lookups only, which wait for the whole index: not paged.
    expect(await db.catalogueIndexPages.where(':id').between([row.id, 'mains', 0], [row.id, 'mains', Infinity]).count()).toBe(0);
    const builder = new MatchIndexBuilder(5000);
    for (const e of await entries()) builder.add(e);
    expect(await repo.loadCatalogueIndex(db, row.id)).toEqual(builder.finish());
  });

  it('reads the pages asked for in their order, undefined where there is none', async () => {
    const row = await importCatalogue(db, chunks(csv(12_000)), { format: 'csv', fileName: 'a.csv' });
    const stored = (table: 'ids' | 'keys', page: number) => db.catalogueIndexPages.get([row.id, table, page]);
    const read = await loadIndexPages(db, row.id, 'keys', [3, 0, 99, 7]);
    expect(read).toEqual([await stored('keys', 3), await stored('keys', 0), undefined, await stored('keys', 7)]);
    expect(read[0]).toMatchObject({ table: 'keys', page: 3 });
    // The head and the sketches sit in the same store, under pseudo-tables: never a page.
    expect(await loadIndexPages(db, row.id, 'ids', [0])).toEqual([await stored('ids', 0)]);
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

  it('answers ids and exact titles from the pages at once, the rest once loaded, all as the in-memory index', async () => {
    const row = await importCatalogue(db, chunks(csv(12_000)), { format: 'csv', fileName: 'a.csv', name: 'Study' });
    const memory = MatchIndex.build([{ format: 'marginalia-catalogue', formatVersion: 1, id: row.id, name: 'Study', papers: await entries() }]);
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const set = await loadCatalogueSet(db, async () => [], async (d, id) => gate.then(() => repo.loadCatalogueIndex(d, id)));
    expect(set.catalogues[0]?.index).not.toBeInstanceOf(MatchIndex);
    // Exact, id and id-only misses need no full index.
    const quick = [queries[0]!, queries[1]!, queries[5]!];
    expect(await set.matchMany(quick)).toEqual(quick.map((q) => memory.match(q)));
    expect(await set.match(queries[0]!)).toEqual(memory.match(queries[0]!));
    // A batch with fuzzy queries waits for the full load, then answers all.
    let done = false;
    const batch = set.matchMany(queries).then((answers) => ((done = true), answers));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    release();
    expect(await batch).toEqual(queries.map((q) => memory.match(q)));
    await set.whenLoaded();
    expect(set.catalogues[0]?.index).toBeInstanceOf(MatchIndex);
    expect(await set.matchMany(queries)).toEqual(queries.map((q) => memory.match(q)));
  });

  it('starts the full load only for a lookup that needs it', async () => {
    await importCatalogue(db, chunks(csv(300)), { format: 'csv', fileName: 'a.csv' });
    let loads = 0;
    const set = await loadCatalogueSet(db, async () => [], (d, id) => (loads++, repo.loadCatalogueIndex(d, id)));
    // Exact titles, ids, and misses by id alone: answered from the pages, nothing more read.
    await set.matchMany([queries[0]!, queries[1]!, queries[5]!]);
    expect(loads).toBe(0);
    // A fuzzy one needs the whole index.
    expect((await set.match({ title: title(21).replace('Models', 'Modls') }))?.method).toBe('fuzzy');
    expect(loads).toBe(1);
  });

  it('starts over on the next lookup when the full load fails', async () => {
    await importCatalogue(db, chunks(csv(50)), { format: 'csv', fileName: 'a.csv' });
    // The whole-index record is gone (as if deleted under the load); the pages still answer exact lookups.
    await db.catalogueIndexes.clear();
    const lazy = lazyCatalogues(db, async () => [], () => 0);
    const broken = await lazy.get();
    expect((await broken.match({ title: title(3) }))?.entry.title).toBe(title(3));
    await expect(broken.whenLoaded()).rejects.toThrow(/missing/);
    await expect(broken.match({ title: 'Sparse Modls Number' })).rejects.toThrow(/missing/);
    // The worker's next lookup (once its own watch has seen the failure) loads the set afresh.
    await vi.waitFor(async () => expect(await lazy.get()).not.toBe(broken), { timeout: 5_000 });
  });
});
