import { MatchIndex } from '../catalogue/match';
import type { Catalogue } from '../paper';

/** Paths (inside the extension) of the catalogues that ship with it. */
export const BUNDLED_CATALOGUES = ['/catalogues/hf-trending-papers.json'];

/**
 * Returns a function that builds the match index once per service-worker life, on first
 * use. A catalogue file that fails to load is skipped, so one bad file never hides the rest.
 */
export function lazyIndex(load: () => Promise<Catalogue[]>): () => Promise<MatchIndex> {
  let index: Promise<MatchIndex> | undefined;
  return () => (index ??= load().then((catalogues) => MatchIndex.build(catalogues)));
}

/** Loads the bundled catalogues with the given fetch (the worker fetches its own files). */
export async function loadBundledCatalogues(fetchFn: typeof fetch, urlOf: (path: string) => string): Promise<Catalogue[]> {
  const loaded = await Promise.all(
    BUNDLED_CATALOGUES.map(async (path) => {
      try {
        const response = await fetchFn(urlOf(path));
        return (await response.json()) as Catalogue;
      } catch {
        return undefined;
      }
    }),
  );
  return loaded.filter((c): c is Catalogue => c?.format === 'marginalia-catalogue');
}
