/**
 * A catalogue's match index as pages too, beside its whole arrays: since schema v5 the
 * exact-lookup tables (ids and title keys), each KeyTable cut into ~48 KB pages, one record
 * each, plus one small head record with their shapes; since 2026-12-08 also the fuzzy
 * stage's tables (main titles; the word index's starts and postings in 16 KB pages) and
 * its word list. A fresh service worker reads the head and the pages its lookups touch
 * (lib/catalogue/pagedIndex.ts); the full load still reads the whole index from its one
 * catalogueIndexes record. The pages sit beside those whole arrays (≈90 MB more on disk at
 * a million entries, 38 MB of it the fuzzy stage's) because reassembling arrays from
 * thousands of page records measured ten times as slow in Chromium as reading them whole from a Blob (2.9 s against 0.23 s for
 * 64 MB), and the full load is what makes later lookups take microseconds.
 * The title sketches (titleSketch.ts) are kept here too, as one record of their own: with
 * them inside, the whole-index record of a million entries grew past what Chromium would
 * write (the put never finished).
 */
import Dexie from 'dexie';
import type { MatchIndexParts } from '../catalogue/indexParts';
import type { TitleSketches } from '../catalogue/titleSketch';
import { type KeyPage, shapeOf, splitPages } from '../catalogue/keyPages';
import type { PagedIndexHead, PagedTable, PageTypes } from '../catalogue/pagedIndex';
import { ARRAY_PAGE_VALUES, decodeValues, encodeValues, splitArray } from '../catalogue/postingPages';
import type { MarginaliaDB } from './database';
import { getEach, readTogether } from './read';
import { fromStored, type Stored, toStored } from './stored-arrays';

/** One page of one key table of one catalogue's index. */
export interface IndexPageRecord extends KeyPage {
  catalogueId: string;
  table: 'ids' | 'keys' | 'mains';
  page: number;
}

/** One page of one of the word index's arrays, its values encoded (postingPages.ts encodeValues). */
export interface IndexArrayPageRecord {
  catalogueId: string;
  table: 'starts' | 'postings';
  page: number;
  count: number;
  bytes: Uint8Array;
}

/** The word index's word list, as saved in its whole record (page 0 of the pseudo-table 'vocabulary'). */
export interface IndexVocabularyRecord {
  catalogueId: string;
  table: 'vocabulary';
  page: 0;
  vocabulary: string;
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
export type CatalogueIndexPageRecord = IndexPageRecord | IndexArrayPageRecord | IndexVocabularyRecord | IndexHeadRecord | IndexSketchRecord;

const KEY_TABLES = ['ids', 'keys', 'mains'] as const;

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
  const { words } = parts;
  const fuzzy = {
    mains: shapeOf(parts.mains),
    starts: { length: words.starts.length, pageValues: ARRAY_PAGE_VALUES },
    postings: { length: words.postings.length, pageValues: ARRAY_PAGE_VALUES },
    buckets: words.buckets,
  };
  const head: PagedIndexHead = { size: parts.size, ids: shapeOf(parts.ids), keys: shapeOf(parts.keys), fuzzy };
  const put = (records: CatalogueIndexPageRecord[]) => db.transaction('rw', db.catalogueIndexPages, () => db.catalogueIndexPages.bulkPut(records));
  for (const table of KEY_TABLES) {
    // Title keys and main titles need the arXiv flag (the exact and main-title conflict rule).
    const pages = splitPages(parts[table], table === 'mains' ? fuzzy.mains : head[table], table === 'ids' ? undefined : parts.flags);
    await put(pages.map((page, n) => ({ ...page, catalogueId: id, table, page: n })));
  }
  for (const table of ['starts', 'postings'] as const) {
    await put(splitArray(words[table]).map((values, n) => ({ catalogueId: id, table, page: n, count: values.length, bytes: encodeValues(values) })));
  }
  await put([{ catalogueId: id, table: 'vocabulary', page: 0, vocabulary: words.vocabulary }]);
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
 * Some pages of one table, in the order asked (undefined where missing or not of that
 * table's kind), in one read-only transaction answered without waiting for its commit
 * (./read.ts): a fresh worker's first lookups wait for these.
 */
export async function loadIndexPages<T extends PagedTable>(db: MarginaliaDB, id: string, table: T, pages: readonly number[]): Promise<(PageTypes[T] | undefined)[]> {
  const store = db.catalogueIndexPages.name;
  const records = await readTogether(db, [store], (tx) =>
    getEach<CatalogueIndexPageRecord>(tx.objectStore(store), pages.map((p) => [id, table, p])),
  );
  return records.map((r) => pageOf(r, table) as PageTypes[T] | undefined);
}

// A page record's page, if it is one of `table` with arrays of the right kind.
function pageOf(record: CatalogueIndexPageRecord | undefined, table: PagedTable): KeyPage | Int32Array | undefined {
  if (record?.table !== table) return undefined;
  if (record.table === 'starts' || record.table === 'postings') {
    return record.bytes instanceof Uint8Array && Number.isInteger(record.count) ? decodeValues(record.bytes, record.count) : undefined;
  }
  return record.table === 'ids' || record.table === 'keys' || record.table === 'mains' ? record : undefined;
}

/** The word list of a catalogue's index (saved since the fuzzy pages were), or undefined. */
export async function loadIndexVocabulary(db: MarginaliaDB, id: string): Promise<string | undefined> {
  const store = db.catalogueIndexPages.name;
  const [record] = await readTogether(db, [store], (tx) => getEach<CatalogueIndexPageRecord>(tx.objectStore(store), [[id, 'vocabulary', 0]]));
  return record?.table === 'vocabulary' && typeof record.vocabulary === 'string' ? record.vocabulary : undefined;
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
