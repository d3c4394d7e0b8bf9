import { useEffect, useState } from 'react';
import { MatchIndex } from '../catalogue/match';
import type { NewPaper } from '../db/library';
import type { Catalogue, CatalogueEntry } from '../paper';
import { whenIdle } from './idle';

/** The catalogues the page knows, with their match index (for the detail pane's catalogue entry). */
export interface CataloguesView {
  catalogues: Catalogue[];
  index: MatchIndex | null;
  loading: boolean;
  error: string | null;
}

// One promise for every render: a new default at each would re-run the effect, and load again.
const RESOLVED = Promise.resolve();

/**
 * Loads the catalogues once, after `after` (the page's first screen: fetching and parsing
 * them would compete with it); their match index (only the detail pane's catalogue card
 * needs it) is built when the page is idle.
 */
export function useCatalogues(load: () => Promise<Catalogue[]>, after: Promise<unknown> = RESOLVED): CataloguesView {
  const [view, setView] = useState<CataloguesView>({ catalogues: [], index: null, loading: true, error: null });
  useEffect(() => {
    let live = true;
    let cancelBuild = () => undefined as void;
    after.then(load).then(
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
  }, [load, after]);
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
