/**
 * Building PaperRefs for site adapters: ids known from the URL, fields from the page's
 * embedded metadata. The URL's ids always win, since the URL is the page the user asked for.
 */
import type { PageKind, PaperIds, PaperRef } from '../paper';
import { readCitationMeta, readMeta, type CitationMeta, type MetaMap } from './meta';
import { cleanPageUrl, normalizeDoi } from './sanitize';

/** What a site adapter knows from a URL alone. */
export interface Location {
  ids: PaperIds;
  kind: PageKind;
  /** The paper's PDF, when the site's URL scheme gives it. */
  pdfUrl?: string;
}

/** A PaperRef from the URL alone (a PDF, or a page whose document says nothing yet); null for unusable URLs. */
export function urlRef(url: URL, site: string, loc: Location): PaperRef | null {
  const pageUrl = cleanPageUrl(url);
  if (!pageUrl) return null;
  const ref: PaperRef = { ids: { ...loc.ids }, authors: [], url: pageUrl, site, kind: loc.kind };
  const pdfUrl = loc.kind === 'pdf' ? pageUrl : loc.pdfUrl;
  if (pdfUrl) ref.pdfUrl = pdfUrl;
  return ref;
}

/** Copies the bibliographic fields of `meta` onto `ref`; ids from the URL stay. */
export function withMeta(ref: PaperRef, meta: Partial<CitationMeta>): PaperRef {
  ref.ids = { ...meta.ids, ...ref.ids };
  if (meta.title) ref.title = meta.title;
  if (meta.authors?.length) ref.authors = meta.authors;
  if (meta.year) ref.year = meta.year;
  if (meta.venue) ref.venue = meta.venue;
  if (meta.abstract) ref.abstract = meta.abstract;
  // The URL scheme's PDF is the site's own; a meta tag could name any host.
  if (meta.pdfUrl && !ref.pdfUrl) ref.pdfUrl = meta.pdfUrl;
  return ref;
}

/** The page's citation metadata, read once (meta tags are many on publisher pages). */
export function pageMeta(doc: Document, url: URL): { map: MetaMap; meta: CitationMeta } {
  const map = readMeta(doc);
  return { map, meta: readCitationMeta(map, url) };
}

/** A DOI written in a URL path (maybe %-escaped), canonical; undefined when it is none. */
export function doiInPath(raw: string | undefined): string | undefined {
  try {
    return raw ? normalizeDoi(decodeURIComponent(raw)) : undefined;
  } catch {
    return undefined; // A malformed %-escape is no DOI.
  }
}
