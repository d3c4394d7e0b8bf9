/**
 * Sites that show arXiv papers under their own URLs (Hugging Face, alphaXiv, ar5iv,
 * SciRate): the arXiv id in the URL is the paper's identity, the page adds what it shows.
 * A page that shows nothing readable still yields the id; the background completes it
 * from the arXiv API as it does for arXiv PDFs.
 */
import type { PageKind, PaperRef } from '../paper';
import { arxivPdfUrl, parseArxivId } from './arxiv-id';
import type { CitationMeta } from './meta';
import { pageMeta, urlRef, withMeta } from './page-ref';
import type { SiteAdapter } from './types';

/** An arXiv id as written in mirror URLs (new or old style, optional version). */
export const ARXIV_ID_IN_PATH = '(\\d{4}\\.\\d{4,5}(?:v\\d+)?|[a-z-]+(?:\\.[A-Z]{2})?/\\d{7}(?:v\\d+)?)';

/** One mirror: hosts, the paths that name a paper (group 1: the id) and how to read its page. */
export interface MirrorSpec {
  name: string;
  hosts: readonly string[];
  testUrls: string[];
  paths: ReadonlyArray<readonly [RegExp, PageKind]>;
  read(doc: Document, url: URL, meta: CitationMeta): Partial<CitationMeta>;
}

/** A SiteAdapter for an arXiv mirror. */
export function arxivMirror(spec: MirrorSpec): SiteAdapter {
  const locate = (url: URL): { ref: PaperRef; kind: PageKind } | null => {
    if (!spec.hosts.includes(url.hostname)) return null;
    for (const [pattern, kind] of spec.paths) {
      const m = pattern.exec(url.pathname);
      const parsed = m?.[1] ? parseArxivId(m[1]) : null;
      if (!parsed) continue;
      const ref = urlRef(url, spec.name, { ids: { arxiv: parsed.id }, kind, pdfUrl: arxivPdfUrl(parsed.id, parsed.version) });
      if (ref && parsed.version) ref.version = parsed.version;
      return ref ? { ref, kind } : null;
    }
    return null;
  };
  return {
    name: spec.name,
    testUrls: spec.testUrls,
    hosts: spec.hosts,
    fromUrl: (url) => locate(url)?.ref ?? null,
    detect(url, doc) {
      const found = locate(url);
      if (!found || found.kind === 'pdf') return found?.ref ?? null;
      const { meta } = pageMeta(doc, url);
      const read = spec.read(doc, url, meta);
      // Citation tags, where a mirror has them, beat what is scraped from its body; but a
      // mirror's og:description is a teaser ("Join the discussion…"), not the abstract.
      return withMeta(found.ref, {
        ids: {},
        title: meta.title ?? read.title,
        authors: meta.authors.length ? meta.authors : (read.authors ?? []),
        abstract: read.abstract ?? meta.abstract,
        year: meta.year,
      });
    },
  };
}
