import type { Catalogue } from '../paper';

/** Paths (inside the extension) of the catalogues that ship with it. */
export const BUNDLED_CATALOGUES = ['/catalogues/hf-trending-papers.json'];

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
