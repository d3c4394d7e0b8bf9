import { useEffect, useState } from 'react';
import { MatchIndex } from '../catalogue/match';
import type { NewPaper } from '../db/library';
import type { Catalogue, CatalogueEntry } from '../paper';

/** The catalogues the page knows, with their match index (for the detail pane's catalogue entry). */
export interface CataloguesView {
  catalogues: Catalogue[];
  index: MatchIndex | null;
  loading: boolean;
  error: string | null;
}

/** Runs `work` when the page is idle (soon anyway), so that it does not delay what the page shows first. */
function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: 2_000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 0);
  return () => clearTimeout(handle);
}

/** Loads the catalogues once; their match index (only the detail pane's catalogue card needs it) is built when the page is idle. */
export function useCatalogues(load: () => Promise<Catalogue[]>): CataloguesView {
  const [view, setView] = useState<CataloguesView>({ catalogues: [], index: null, loading: true, error: null });
  useEffect(() => {
    let live = true;
    let cancelBuild = () => undefined as void;
    load().then(
      (catalogues) => {
        if (!live) return;
        setView({ catalogues, index: null, loading: false, error: null });
        // Building the index of the bundled catalogue takes tens of ms: not before the first rows.
        if (catalogues.length) cancelBuild = whenIdle(() => live && setView((v) => ({ ...v, index: MatchIndex.build(catalogues) })));
      },
      (e: Error) => live && setView({ catalogues: [], index: null, loading: false, error: `The catalogue could not be loaded: ${e.message}` }),
    );
    return () => {
      live = false;
      cancelBuild();
    };
  }, [load]);
  return view;
}

/** What adding a catalogue entry to the list stores: its page is the arXiv page, else its own or the catalogue's page. */
export function paperFromCatalogue(entry: CatalogueEntry, catalogue: Pick<Catalogue, 'source'>): NewPaper {
  const arxiv = entry.ids?.arxiv;
  const page = entry.links.find((l) => l.kind !== 'code')?.url;
  const url = arxiv ? `https://arxiv.org/abs/${arxiv}` : (page ?? catalogue.source ?? entry.links[0]?.url ?? '');
  return {
    ids: entry.ids ?? {},
    title: entry.title,
    authors: entry.authors ?? [],
    ...(entry.year !== undefined ? { year: entry.year } : {}),
    ...(entry.abstract ? { abstract: entry.abstract } : {}),
    url,
  };
}
