/**
 * Paper detection: pure `(url, document) -> PaperRef | null`. Site adapters are tried in
 * order and the generic meta-tag reader comes last, as in Zotero's translator list.
 */
import type { PaperRef } from '../paper';
import { arxiv } from './sites/arxiv';
import { generic } from './sites/generic';
import type { SiteAdapter } from './types';

/** Every adapter, most specific first; `generic` must stay last because it matches every URL. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [arxiv, generic];

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The paper a page is about, or null for non-paper pages, malformed URLs and pages that break an adapter. */
export function detect(url: string, doc: Document): PaperRef | null {
  const parsed = parseUrl(url);
  if (!parsed) return null;
  try {
    const site = SITE_ADAPTERS.find((a) => a !== generic && a.matches(parsed));
    // A site adapter that finds nothing still leaves the page's own citation tags to try.
    return site?.detect(parsed, doc) ?? generic.detect(parsed, doc);
  } catch {
    // Detection runs on arbitrary pages: a surprise in one must never break the content script.
    return null;
  }
}

/** The paper a URL alone names (PDFs, whose document carries no metadata); null when the URL says nothing. */
export function detectFromUrl(url: string): PaperRef | null {
  const parsed = parseUrl(url);
  if (!parsed) return null;
  try {
    const site = SITE_ADAPTERS.find((a) => a.fromUrl && a.matches(parsed));
    return site?.fromUrl?.(parsed) ?? null;
  } catch {
    return null;
  }
}
