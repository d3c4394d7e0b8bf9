import { arxivMetadata } from '../arxiv/metadata';
import type { ArxivMetadata } from '../arxiv/atom';
import type { CatalogueMatch, MatchQuery } from '../catalogue/match';
import type { MarginaliaDB } from '../db/database';
import type { TabState } from '../messaging';
import type { PaperRef } from '../paper';

/** Anything that matches catalogues: a MatchIndex (sync) or a CatalogueSet (entries in IndexedDB). */
export interface Matcher {
  match(query: MatchQuery): CatalogueMatch | null | Promise<CatalogueMatch | null>;
  /** Batched matching for listing pages, where available; `abstracts: false` lets answers come without them. */
  matchMany?(queries: readonly MatchQuery[], abstracts?: boolean): Promise<(CatalogueMatch | null)[]>;
}

/** What resolving a detected paper needs; passed in so that tests can hand in their own. */
export interface ResolveDeps {
  db: MarginaliaDB;
  index: () => Promise<Matcher>;
  fetch: typeof fetch;
  now: () => number;
}

/** Fills what the page lacked from the arXiv API answer; what the page said wins. */
export function withArxivMetadata(ref: PaperRef, meta: ArxivMetadata): PaperRef {
  return {
    ...ref,
    ids: { ...(meta.doi ? { doi: meta.doi.toLowerCase() } : {}), ...ref.ids },
    title: ref.title ?? meta.title,
    authors: ref.authors.length ? ref.authors : meta.authors,
    abstract: ref.abstract ?? meta.abstract,
    year: ref.year ?? meta.year,
    pdfUrl: ref.pdfUrl ?? meta.pdfUrl,
  };
}

/** Whether resolving this ref needs the arXiv API before anything can be shown (a bare PDF). */
export function needsMetadata(ref: PaperRef | null): boolean {
  return !!ref && !ref.title && !!ref.ids.arxiv;
}

/**
 * Resolves a detected page into the tab's state: completes a bare arXiv PDF from the
 * API, then matches the catalogue. A versioned page that does not match is retried with
 * the paper's latest title, since an old version can carry an older title.
 */
export async function resolvePage(deps: ResolveDeps, tabId: number, url: string, ref: PaperRef | null): Promise<TabState> {
  if (!ref) return { tabId, url, phase: 'not-paper', ref: null, match: null };
  const index = await deps.index();
  const arxivId = ref.ids.arxiv;
  if (needsMetadata(ref) && arxivId) {
    const meta = await arxivMetadata(deps.db, arxivId, deps.fetch, deps.now);
    if (!meta.ok) {
      return { tabId, url, phase: 'metadata-unavailable', ref, match: await index.match({ ids: ref.ids }), error: meta.error };
    }
    ref = withArxivMetadata(ref, meta.value);
  }
  let match = await index.match({ ids: ref.ids, title: ref.title, abstract: ref.abstract });
  if (!match && ref.version && arxivId) {
    const latest = await arxivMetadata(deps.db, arxivId, deps.fetch, deps.now);
    if (latest.ok && latest.value.title !== ref.title) {
      match = await index.match({ ids: ref.ids, title: latest.value.title, abstract: latest.value.abstract });
    }
  }
  return { tabId, url, phase: 'paper', ref, match };
}
