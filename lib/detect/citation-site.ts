/**
 * The shape most paper sites share: the URL names the paper (an id, a DOI, a proceedings
 * key) and the page's head carries `citation_*` / `dc.*` tags; the PDF URL names the same
 * paper. One factory keeps each site's file down to its URL scheme and its quirks.
 */
import type { PaperRef } from '../paper';
import type { CitationMeta, MetaMap } from './meta';
import { pageMeta, urlRef, withMeta, type Location } from './page-ref';
import type { SiteAdapter } from './types';

/** What one site contributes: its hosts, URL scheme and optional page-specific reading. */
export interface CitationSiteSpec {
  name: string;
  hosts: readonly string[];
  testUrls: string[];
  /** The paper a URL of this site names, or null when the URL is not a paper page. */
  locate(url: URL): Location | null;
  /**
   * Whether the head describes the paper the URL names. Single-page sites (OpenReview,
   * Semantic Scholar) change the URL before the head: stale tags must not be read as the new paper.
   */
  fresh?(map: MetaMap, loc: Location): boolean;
  /** Fields the head lacks, read from the body or a site-specific block (they fill, never override). */
  extra?(doc: Document, url: URL, meta: CitationMeta): Partial<CitationMeta>;
  /** A last site-specific touch to the finished ref (a known quirk of the site's tags). */
  finish?(ref: PaperRef, map: MetaMap): PaperRef;
}

function fill(meta: CitationMeta, extra: Partial<CitationMeta>): CitationMeta {
  return {
    ...extra,
    ...meta,
    ids: { ...extra.ids, ...meta.ids },
    authors: meta.authors.length ? meta.authors : (extra.authors ?? []),
  } as CitationMeta;
}

/** A SiteAdapter from a spec: URL ids first, then the head's tags, then the site's extras. */
export function citationSite(spec: CitationSiteSpec): SiteAdapter {
  const fromUrl = (url: URL): PaperRef | null => {
    const loc = spec.locate(url);
    return loc ? urlRef(url, spec.name, loc) : null;
  };
  return {
    name: spec.name,
    testUrls: spec.testUrls,
    hosts: spec.hosts,
    fromUrl,
    idsFromUrl: (url) => spec.locate(url)?.ids ?? null,
    detect(url, doc) {
      const loc = spec.locate(url);
      const ref = loc ? urlRef(url, spec.name, loc) : null;
      if (!loc || !ref || loc.kind === 'pdf') return ref;
      const { map, meta } = pageMeta(doc, url);
      if (spec.fresh && !spec.fresh(map, loc)) return ref;
      const read = withMeta(ref, spec.extra ? fill(meta, spec.extra(doc, url, meta)) : meta);
      return spec.finish ? spec.finish(read, map) : read;
    },
  };
}
