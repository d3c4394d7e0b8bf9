import type Dexie from 'dexie';
import { entriesIntoBlocks } from './catalogue-blocks';

/** One released version of the database schema: Dexie store definitions plus an optional upgrade. */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: import('dexie').Transaction) => Promise<void> | void;
}

/**
 * The schema's whole history, oldest first. Never edit a released entry: add a new
 * version, a fixture `tests/fixtures/db/vN.json` and its upgrade test (DESIGN.md rule 6).
 */
export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // Primary key id; multi-entry index on aliases is how any page finds its paper.
      papers: '&id, *aliases, status, *tags, addedAt, updatedAt',
      // arXiv API answers, so that one id is fetched once.
      arxivMeta: '&id, fetchedAt',
    },
  },
  {
    version: 2,
    stores: {
      // Highlights per paper; `target.source` is the page they were made on.
      highlights: '&id, paperId, target.source, updatedAt',
    },
  },
  {
    version: 3,
    stores: {
      // Small user settings by key (tag colours…); carried by backups as an optional table.
      settings: '&key',
      // Derived, never the user's data: the library page's saved search index and rows
      // (lib/db/search-store.ts). Dropping it only costs a rebuild.
      searchIndex: '&id',
      // Which papers changed since that index was saved, written in the same transaction as
      // every change to papers or highlights (lib/db/journal.ts), so no change is ever missed.
      changes: '&paperId',
    },
  },
  {
    version: 4,
    stores: {
      // Imported catalogues (lib/db/catalogues.ts), one row each; `state` hides one being
      // imported or deleted from every reader until its last small transaction. Not named
      // `catalogues`: backups carry a table of that name, and these are re-importable
      // reference data far too large for a backup.
      importedCatalogues: '&id, state',
      // Their papers, keyed by catalogue and entry number: the number is what the match
      // index stores, and one key range deletes a whole catalogue.
      catalogueEntries: '[catalogueId+n]',
      // Each catalogue's match index (typed arrays), so a new service worker loads it
      // instead of re-normalising every title. Derived: rebuilt by re-importing.
      catalogueIndexes: '&catalogueId',
    },
  },
  {
    version: 5,
    stores: {
      // The exact-lookup tables of each catalogue's match index (ids, title keys) cut into
      // ~48 KB pages, plus one 'head' record with their shapes (lib/db/catalogue-pages.ts):
      // a fresh service worker answers an exact lookup from the page its probe needs instead
      // of loading the whole index first. Derived, beside catalogueIndexes (unchanged).
      // Catalogues saved by v4 have no pages and load whole as before (paged when next
      // updated or re-imported); no data moves here.
      catalogueIndexPages: '[catalogueId+table+page]',
    },
  },
  {
    version: 6,
    stores: {
      // Catalogue entries move into blocks of ENTRY_BLOCK consecutive entries, one record
      // each, their abstracts into blocks of their own (lib/db/catalogue-blocks.ts): Chromium
      // spends ≈60 µs of the page's main thread per IndexedDB request whatever its size,
      // which made a 1,000,000-entry import spend most of its 140 s on requests. Lookups
      // read one block per candidate, abstracts only when the page has one.
      catalogueEntries: null,
      catalogueEntryBlocks: '[catalogueId+block]',
      catalogueAbstractBlocks: '[catalogueId+block]',
    },
    upgrade: (tx) => entriesIntoBlocks(tx),
  },
];

/** The newest schema version. */
export const LATEST_VERSION = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!.version;

/**
 * Declares the schema history on a Dexie instance, up to `upTo` (tests open old versions):
 * each version with an upgrade, the version before it (whose stores the upgrade reads, even
 * from a database older than them) and the last one, each with every store declared up to
 * it. Dexie reads the schema a database has from the database itself, so it needs no other
 * version, and it re-reads every declared version at each declaration: declaring all six
 * took 6–10 ms on a cold start (each service worker start, each popup), these two 4.5–5 ms.
 */
export function declareSchema(db: Dexie, upTo = LATEST_VERSION): void {
  const steps = SCHEMA_HISTORY.filter((step) => step.version <= upTo);
  const stores: Record<string, string | null> = {};
  steps.forEach((step, i) => {
    Object.assign(stores, step.stores);
    if (!step.upgrade && !steps[i + 1]?.upgrade && i < steps.length - 1) return;
    const declared = db.version(step.version).stores({ ...stores });
    if (step.upgrade) declared.upgrade(step.upgrade);
  });
}
