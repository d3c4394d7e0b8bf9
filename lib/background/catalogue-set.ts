/**
 * The service worker's view of the catalogues: the bundled ones (small files, indexed in
 * memory) and the imported ones (their saved indexes loaded from IndexedDB, entries read
 * on demand), only those enabled. Loaded on first use and dropped when the library page
 * says the set changed, so a fresh worker never re-normalises a million titles.
 */
import { CatalogueSet, inMemoryCatalogue, type IndexedCatalogue } from '../catalogue/catalogue-set';
import { MatchIndex } from '../catalogue/match';
import { catalogueEntriesAt, disabledBundled, listCatalogues, loadCatalogueIndex, purgeLeftovers } from '../db/catalogues';
import type { MarginaliaDB } from '../db/database';
import type { Catalogue } from '../paper';

/** Builds the enabled catalogues' matcher: bundled first (they win ties), then imported by age. */
export async function loadCatalogueSet(db: MarginaliaDB, loadBundled: () => Promise<Catalogue[]>): Promise<CatalogueSet> {
  const [bundled, off, imported] = await Promise.all([loadBundled(), disabledBundled(db), listCatalogues(db)]);
  const sets: IndexedCatalogue[] = bundled
    .filter((c) => !off.includes(c.id))
    .map((c) => inMemoryCatalogue(c.id, c.name, MatchIndex.build([c]), c.papers));
  const loaded = await Promise.all(
    imported.filter((c) => c.enabled).map(async (c) => {
      const parts = await loadCatalogueIndex(db, c.id);
      if (!parts) return undefined; // Only an interrupted write could leave this; skip rather than fail every lookup.
      const index = MatchIndex.fromParts(parts, [{ id: c.id, name: c.name }]);
      return { id: c.id, name: c.name, index, fetch: (numbers: number[]) => catalogueEntriesAt(db, c.id, numbers) };
    }),
  );
  return new CatalogueSet([...sets, ...loaded.filter((c): c is IndexedCatalogue => c !== undefined)]);
}

/** The worker's catalogue set, loaded once and reloaded after `invalidate`. */
export interface LazyCatalogues {
  get(): Promise<CatalogueSet>;
  invalidate(): void;
}

/** Loads the set on first use; the first load also purges what interrupted imports left behind. */
export function lazyCatalogues(db: MarginaliaDB, loadBundled: () => Promise<Catalogue[]>, now: () => number): LazyCatalogues {
  let current: Promise<CatalogueSet> | undefined;
  let purged = false;
  return {
    get() {
      if (!purged) {
        purged = true;
        void purgeLeftovers(db, now()).catch(() => undefined);
      }
      current ??= loadCatalogueSet(db, loadBundled).catch((error: unknown) => {
        current = undefined; // A failed load is retried by the next lookup.
        throw error;
      });
      return current;
    },
    invalidate() {
      current = undefined;
    },
  };
}
