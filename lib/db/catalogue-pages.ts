/**
 * The exact-lookup tables of a catalogue's match index (ids and title keys) as pages too,
 * since schema v5: each KeyTable cut into ~48 KB pages, one record each, plus one small
 * head record with their shapes. A fresh service worker reads the head and the page(s)
 * one probe run touches to answer an exact lookup; the full load still reads the whole
 * index from its one catalogueIndexes record. The pages sit beside those whole arrays
 * (≈48 MB more on disk at a million entries) because reassembling the tables from ~1,000
 * page records measured about twice as slow in Chromium as reading them whole, and the
 * full load is what fuzzy lookups wait for. Main titles are not paged: only fuzzy lookups use them.
 * The title sketches (titleSketch.ts) are kept here too, as one record of their own: with
 * them inside, the whole-index record of a million entries grew past what Chromium would
 * write (the put never finished).
 */
import Dexie from 'dexie';
import type { MatchIndexParts } from '../catalogue/indexParts';
import type { TitleSketches } from '../catalogue/titleSketch';
import { type KeyPage, shapeOf, splitPages } from '../catalogue/keyPages';
import type { PagedIndexHead } from '../catalogue/pagedIndex';
import type { MarginaliaDB } from './database';
import { getEach, readTogether } from './read';
import { fromStored, type Stored, toStored } from './stored-arrays';

/** The paged tables of a match index. */
export type PagedTable = 'ids' | 'keys';

/** One page of one table of one catalogue's index. */
export interface IndexPageRecord extends KeyPage {
  catalogueId: string;
  table: PagedTable;
  page: number;
}

/** The head of a catalogue's paged tables (page 0 of the pseudo-table 'head'). */
export interface IndexHeadRecord {
  catalogueId: string;
  table: 'head';
  page: 0;
  head: PagedIndexHead;
}

/** A catalogue's title sketches (page 0 of the pseudo-table 'sketches'). */
export interface IndexSketchRecord {
  catalogueId: string;
  table: 'sketches';
  page: 0;
  /** As Blobs (./stored-arrays.ts); typed arrays in records saved before them. */
  sketches: TitleSketches | Stored<TitleSketches>;
}

/** A row of the catalogueIndexPages table. */
export type CatalogueIndexPageRecord = IndexPageRecord | IndexHeadRecord | IndexSketchRecord;

const TABLES: readonly PagedTable[] = ['ids', 'keys'];

/** Every page record of a catalogue (head included), as one key range. Two-part bounds:
 * a key may not hold the same array (Dexie.maxKey) twice, IndexedDB takes it for a cycle. */
export const pageRange = (db: MarginaliaDB, id: string) =>
  db.catalogueIndexPages.where(':id').between([id, Dexie.minKey], [id, Dexie.maxKey], true, true);

/**
 * Saves a catalogue's index: its pages table by table (one transaction each, so only one
 * table's page copies exist at a time), then the whole parts and the head in one. Called
 * while the catalogue is still hidden ('importing'): a failure or cancel purges it all
 * (purgeCatalogue deletes the page range with the rest). The head is also copied into the
 * catalogue's row, which a fresh worker reads anyway: one round trip less before its
 * first lookup (the head page stays for catalogues saved before the copy).
 */
export async function saveIndexWithPages(db: MarginaliaDB, id: string, parts: MatchIndexParts): Promise<void> {
  const head: PagedIndexHead = { size: parts.size, ids: shapeOf(parts.ids), keys: shapeOf(parts.keys) };
  for (const table of TABLES) {
    // Only title keys need the arXiv flag (quickExact's conflict rule).
    const pages = splitPages(parts[table], head[table], table === 'keys' ? parts.flags : undefined);
    await db.transaction('rw', db.catalogueIndexPages, async () => {
      await db.catalogueIndexPages.bulkPut(pages.map((page, n) => ({ ...page, catalogueId: id, table, page: n })));
    });
  }
  const { sketches, ...whole } = parts;
  if (sketches) await db.catalogueIndexPages.put({ catalogueId: id, table: 'sketches', page: 0, sketches: toStored(sketches) });
  await db.transaction('rw', db.catalogueIndexes, db.catalogueIndexPages, db.importedCatalogues, async () => {
    await db.catalogueIndexes.put({ catalogueId: id, parts: toStored(whole) });
    await db.catalogueIndexPages.put({ catalogueId: id, table: 'head', page: 0, head });
    await db.importedCatalogues.update(id, { head });
  });
}

/** A catalogue's paged-tables head, or undefined (saved by schema v4: no pages). */
export async function loadIndexHead(db: MarginaliaDB, id: string): Promise<PagedIndexHead | undefined> {
  const record = await db.catalogueIndexPages.get([id, 'head', 0]);
  return record?.table === 'head' ? record.head : undefined;
}

/**
 * Some pages of one table, in the order asked (undefined where missing), in one read-only
 * transaction answered without waiting for its commit (./read.ts): a fresh worker's first
 * exact lookup waits for these.
 */
export async function loadIndexPages(db: MarginaliaDB, id: string, table: PagedTable, pages: readonly number[]): Promise<(KeyPage | undefined)[]> {
  const store = db.catalogueIndexPages.name;
  const records = await readTogether(db, [store], (tx) =>
    getEach<CatalogueIndexPageRecord>(tx.objectStore(store), pages.map((p) => [id, table, p])),
  );
  return records.map((r) => (r && (r.table === 'ids' || r.table === 'keys') ? r : undefined));
}

/**
 * A catalogue's whole saved index with its title sketches (none for indexes saved before
 * them): both records in one read, then their arrays read from their Blobs (./stored-arrays.ts).
 */
export async function loadWholeIndex(db: MarginaliaDB, id: string): Promise<MatchIndexParts | undefined> {
  const [record, sketch] = await db.transaction('r', db.catalogueIndexes, db.catalogueIndexPages, () =>
    Promise.all([db.catalogueIndexes.get(id), db.catalogueIndexPages.get([id, 'sketches', 0])]),
  );
  if (!record) return undefined;
  const [parts, sketches] = await Promise.all([
    fromStored<Omit<MatchIndexParts, 'sketches'>>(record.parts),
    sketch?.table === 'sketches' ? fromStored<TitleSketches>(sketch.sketches) : undefined,
  ]);
  return sketches ? { ...parts, sketches } : parts;
}
