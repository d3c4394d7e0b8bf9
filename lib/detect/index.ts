/**
 * Paper detection with every site adapter: pure `(url, document) -> PaperRef | null`. The
 * adapter claiming the page's host reads it, and the generic meta-tag reader takes the rest,
 * as Zotero's translators do. Content scripts detect with their own sites' adapters only
 * (./detector.ts, ./families/).
 */
import type { PaperIds, PaperRef } from '../paper';
import { MAX_URL } from './sanitize';
import { createDetector } from './detector';
import { ARXIV_SITES } from './families/arxiv';
import { PUBLISHER_SITES } from './families/publishers';
import { REVIEW_SITES } from './families/reviews';
import { generic } from './sites/generic';
import type { SiteAdapter } from './types';

/**
 * Every adapter; `generic` stays last, as the fallback for pages no site adapter claims.
 * Each site adapter claims its own hosts only (tests/unit/detect/adapters.test.ts checks it).
 */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [...ARXIV_SITES, ...REVIEW_SITES, ...PUBLISHER_SITES, generic];

const ALL = createDetector(SITE_ADAPTERS);

/** The site adapter that claims a host (a URL's `hostname`); undefined for hosts only `generic` reads. */
export const siteFor = ALL.siteFor;

/** The paper a page is about, or null for non-paper pages, malformed URLs and pages that break an adapter. */
export const detect = ALL.detect;

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

// Runs `read` with the adapter that reads papers from this URL alone; null when none does,
// and for malformed URLs and adapters that throw.
function fromUrlAlone<T>(parsed: URL | null, read: (site: SiteAdapter, url: URL) => T | null | undefined): T | null {
  if (!parsed) return null;
  try {
    const site = siteFor(parsed.hostname);
    return (site?.fromUrl && read(site, parsed)) ?? null;
  } catch {
    return null;
  }
}

/** The paper a URL alone names (PDFs, whose document carries no metadata); null when the URL says nothing. */
export function detectFromUrl(url: string): PaperRef | null {
  return fromUrlAlone(parseUrl(url), (site, parsed) => site.fromUrl?.(parsed));
}

// The host of a URL whose authority is plain (letters, digits, dots, hyphens: no user info,
// port, escapes or non-ASCII), as the URL parser would give it once lower-cased. Most links
// are written so, and a host no adapter claims is known without building a URL.
const PLAIN_HOST = /^https?:\/\/([a-z0-9.-]+)(?=[/?#]|$)/i;

/**
 * The ids `detectFromUrl(url)` would give, without building the reference around them:
 * listing pages read hundreds of links, and cleaning each URL twice was a third of the cost.
 */
export function idsFromUrl(url: string): PaperIds | null {
  const plain = PLAIN_HOST.exec(url);
  if (plain && !siteFor(plain[1]!.toLowerCase())) return null;
  const parsed = parseUrl(url);
  // What detectFromUrl's clean-up would refuse (see cleanPageUrl) names nothing here either.
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || url.length > MAX_URL) return null;
  return fromUrlAlone(parsed, (site) => (site.idsFromUrl ? site.idsFromUrl(parsed) : site.fromUrl?.(parsed)?.ids));
}
