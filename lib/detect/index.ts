/**
 * Paper detection: pure `(url, document) -> PaperRef | null`. Site adapters are tried in
 * order and the generic meta-tag reader comes last, as in Zotero's translator list.
 */
import type { PaperIds, PaperRef } from '../paper';
import { MAX_URL } from './sanitize';
import { acl } from './sites/acl';
import { acm } from './sites/acm';
import { alphaxiv } from './sites/alphaxiv';
import { ar5iv } from './sites/ar5iv';
import { arxiv } from './sites/arxiv';
import { biorxiv } from './sites/biorxiv';
import { cvf } from './sites/cvf';
import { generic } from './sites/generic';
import { huggingface } from './sites/huggingface';
import { ieee } from './sites/ieee';
import { jmlr } from './sites/jmlr';
import { nature } from './sites/nature';
import { neurips } from './sites/neurips';
import { openreview } from './sites/openreview';
import { pmc } from './sites/pmc';
import { pmlr } from './sites/pmlr';
import { pubmed } from './sites/pubmed';
import { sciencedirect } from './sites/sciencedirect';
import { scirate } from './sites/scirate';
import { semanticscholar } from './sites/semanticscholar';
import { springer } from './sites/springer';
import type { SiteAdapter } from './types';

/**
 * Every adapter; `generic` stays last, as the fallback for pages no site adapter claims.
 * Each site adapter claims its own hosts only (tests/unit/detect/adapters.test.ts checks it).
 */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  // arXiv and the sites that mirror its papers
  arxiv, huggingface, alphaxiv, ar5iv, scirate,
  // reviewing and proceedings sites
  openreview, acl, neurips, pmlr, cvf, jmlr,
  // indexes and publishers
  semanticscholar, acm, ieee, springer, nature, sciencedirect, biorxiv, pubmed, pmc,
  generic,
];

// One lookup instead of asking every adapter in turn: a listing page reads hundreds of links.
const BY_HOST = new Map<string, SiteAdapter>(SITE_ADAPTERS.flatMap((site) => site.hosts.map((host) => [host, site] as const)));

/** The site adapter that claims a host (a URL's `hostname`); undefined for hosts only `generic` reads. */
export function siteFor(hostname: string): SiteAdapter | undefined {
  return BY_HOST.get(hostname);
}

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
    // A site adapter that finds nothing still leaves the page's own citation tags to try.
    return siteFor(parsed.hostname)?.detect(parsed, doc) ?? generic.detect(parsed, doc);
  } catch {
    // Detection runs on arbitrary pages: a surprise in one must never break the content script.
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
  if (plain && !BY_HOST.has(plain[1]!.toLowerCase())) return null;
  const parsed = parseUrl(url);
  // What detectFromUrl's clean-up would refuse (see cleanPageUrl) names nothing here either.
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || url.length > MAX_URL) return null;
  return fromUrlAlone(parsed, (site) => (site.idsFromUrl ? site.idsFromUrl(parsed) : site.fromUrl?.(parsed)?.ids));
}
