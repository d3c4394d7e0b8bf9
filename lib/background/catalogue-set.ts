/**
 * The service worker's view of the catalogues: the bundled ones (small files, indexed in
 * memory) and the imported ones (their saved indexes loaded from IndexedDB, entries read
 * on demand), only those enabled. Loaded on first use and dropped when the library page
 * says the set changed, so a fresh worker never re-normalises a million titles. An
 * imported catalogue's full index (~145 MB at a million entries) loads in the background
 * once the worker has had no lookup for FULL_LOAD_IDLE_MS (or for a listing page's batch),
 * and lookups are answered meanwhile from the saved pages they touch (issue #8: first
 * lookup after a worker start under 50 ms).
 */
import { CatalogueSet, inMemoryCatalogue, type IndexedCatalogue } from '../catalogue/catalogue-set';
import type { MatchIndexParts } from '../catalogue/indexParts';
import { MatchIndex } from '../catalogue/match';
import { PagedIndex } from '../catalogue/pagedIndex';
import { loadIndexHead, loadIndexPages, loadIndexVocabulary } from '../db/catalogue-pages';
import { catalogueEntriesAt } from '../db/catalogue-blocks';
import { type CatalogueRecord, loadCatalogueIndex, matchingSetup, purgeLeftovers } from '../db/catalogues';
import type { MarginaliaDB } from '../db/database';
import type { Catalogue } from '../paper';

/** Reads a catalogue's whole saved index; tests pass one that holds the load back. */
export type IndexLoader = (db: MarginaliaDB, id: string) => Promise<MatchIndexParts | undefined>;

/**
 * Builds the enabled catalogues' matcher: bundled first (they win ties), then imported by
 * age. Resolves once each imported catalogue can answer exact lookups; their full indexes
 * may still be loading (`CatalogueSet.whenLoaded`).
 */
export async function loadCatalogueSet(db: MarginaliaDB, loadBundled: () => Promise<Catalogue[]>, loadIndex: IndexLoader = loadCatalogueIndex): Promise<CatalogueSet> {
  const [bundled, { imported, disabledBundled }] = await Promise.all([loadBundled(), matchingSetup(db)]);
  const sets: IndexedCatalogue[] = bundled
    .filter((c) => !disabledBundled.includes(c.id))
    .map((c) => inMemoryCatalogue(c.id, c.name, MatchIndex.build([c]), c.papers));
  const loaded = await Promise.all(imported.filter((c) => c.enabled).map((c) => storedCatalogue(db, c, loadIndex)));
  return new CatalogueSet([...sets, ...loaded.filter((c): c is IndexedCatalogue => c !== undefined)]);
}

// One imported catalogue: answering from its pages at once when it has them (the full
// index swapped in when loaded), else (saved by schema v4) after the full load.
async function storedCatalogue(db: MarginaliaDB, c: CatalogueRecord, loadIndex: IndexLoader): Promise<IndexedCatalogue | undefined> {
  const fetch: IndexedCatalogue['fetch'] = (numbers, abstracts) => catalogueEntriesAt(db, c.id, numbers, abstracts);
  const fromParts = (parts: MatchIndexParts | undefined): MatchIndex | undefined => parts && MatchIndex.fromParts(parts, [{ id: c.id, name: c.name }]);
  // The head comes with the catalogue's row; catalogues imported before it did read it apart.
  const head = c.head ?? (await loadIndexHead(db, c.id));
  if (!head) {
    // Saved by schema v4 (no pages): wait for the whole index, as before. No parts at all
    // only an interrupted write could leave: skip it rather than fail every lookup.
    const index = fromParts(await loadIndex(db, c.id));
    return index && { id: c.id, name: c.name, index, fetch };
  }
  const vocabulary = async (): Promise<string> => {
    const words = await loadIndexVocabulary(db, c.id);
    if (words === undefined) throw new Error(`The index of catalogue "${c.name}" is incomplete.`);
    return words;
  };
  const paged = new PagedIndex(head, (table, pages) => loadIndexPages(db, c.id, table, pages), vocabulary, c, async () => {
    const index = fromParts(await loadIndex(db, c.id));
    if (!index) throw new Error(`The index of catalogue "${c.name}" is missing.`);
    catalogue.index = index; // Before anyone awaiting the load resumes.
    return index;
  });
  const catalogue: IndexedCatalogue = { id: c.id, name: c.name, index: paged, fetch };
  return catalogue;
}

/**
 * How long the worker must go without a lookup before the full indexes load. Their reads
 * (~145 MB at a million entries) slow a lookup made meanwhile from ≈10 ms to ≈0.2 s in
 * Chromium (0.5 s before its Blobs were read in turn: lib/db/stored-arrays.ts; measured by
 * scripts/bench/cataloguesInWorker.ts), and single lookups do well on pages; a listing
 * page's batch starts the load itself (CatalogueSet).
 */
export const FULL_LOAD_IDLE_MS = 1000;

/** The worker's catalogue set, loaded once and reloaded after `invalidate`. */
export interface LazyCatalogues {
  get(): Promise<CatalogueSet>;
  invalidate(): void;
}

/** Loads the set on first use; the first load also purges what interrupted imports left behind. */
export function lazyCatalogues(db: MarginaliaDB, loadBundled: () => Promise<Catalogue[]>, now: () => number): LazyCatalogues {
  let current: Promise<CatalogueSet> | undefined;
  let purged = false;
  let idle: ReturnType<typeof setTimeout> | undefined;
  return {
    get() {
      if (!purged) {
        purged = true;
        void purgeLeftovers(db, now()).catch(() => undefined);
      }
      if (!current) {
        current = loadCatalogueSet(db, loadBundled).catch((error: unknown) => {
          current = undefined; // A failed load is retried by the next lookup.
          throw error;
        });
      }
      // Each lookup puts off the full loads (FULL_LOAD_IDLE_MS); then, unless the set was
      // dropped meanwhile, they begin, and if one fails the next lookup starts over instead
      // of keeping a broken set.
      const loading = current;
      clearTimeout(idle);
      idle = setTimeout(() => {
        void loading
          .then((set) => (current === loading ? set.whenLoaded() : undefined))
          .catch(() => {
            if (current === loading) current = undefined;
          });
      }, FULL_LOAD_IDLE_MS);
      return current;
    },
    invalidate() {
      current = undefined;
    },
  };
}
