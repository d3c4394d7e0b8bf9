/**
 * Which addresses are listing pages, apart from how each site's listing is read (./arxiv.ts
 * and the others). The content script that runs on every paper page needs only this test:
 * the readers and the marks are loaded on listing pages alone (entrypoints/list-marks.ts).
 */
import { ARXIV_HOSTS } from '../arxiv-id';

const DBLP_HOSTS = ['dblp.org', 'www.dblp.org', 'dblp.uni-trier.de', 'dblp.dagstuhl.de'];

/** Each listing site's address test (its reader in ./<site>.ts claims the same URLs). */
export const LISTING_ADDRESSES = {
  arxiv: (url: URL) => ARXIV_HOSTS.includes(url.hostname) && /^\/(list|search|catchup)(\/|$)/.test(url.pathname),
  huggingface: (url: URL) =>
    url.hostname === 'huggingface.co' && /^\/papers(\/(date|week|month)\/[\w-]+|\/trending)?\/?$/.test(url.pathname),
  scholar: (url: URL) => /^scholar\.google\.[a-z.]{2,6}$/.test(url.hostname) && url.pathname === '/scholar',
  openreview: (url: URL) =>
    (url.hostname === 'openreview.net' || url.hostname === 'www.openreview.net') && /^\/(group|search)\/?$/.test(url.pathname),
  semanticscholar: (url: URL) => url.hostname === 'www.semanticscholar.org' && url.pathname === '/search',
  dblp: (url: URL) => DBLP_HOSTS.includes(url.hostname),
} as const;

/** Whether an address is a listing page of a site we mark (false for malformed ones). */
export function isListingUrl(href: string): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  return Object.values(LISTING_ADDRESSES).some((matches) => matches(url));
}
