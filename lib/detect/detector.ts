/**
 * Detection over a given set of site adapters. The background and the on-demand detector use
 * every adapter (./index.ts); each content script only those of the sites it runs on
 * (./families/), since its code is compiled again on every page it enters.
 */
import type { PaperRef } from '../paper';
import { generic } from './sites/generic';
import type { SiteAdapter } from './types';

/** Detection with one set of adapters. */
export interface Detector {
  /** The paper a page is about, or null for non-paper pages, malformed URLs and pages that break an adapter. */
  detect(url: string, doc: Document): PaperRef | null;
  /** The adapter that claims a host (a URL's `hostname`); undefined for hosts only `generic` reads. */
  siteFor(hostname: string): SiteAdapter | undefined;
}

/** A detector over `sites` (site adapters claiming distinct hosts), with `generic` as the fallback. */
export function createDetector(sites: readonly SiteAdapter[]): Detector {
  // One lookup instead of asking every adapter in turn: a listing page reads hundreds of links.
  const byHost = new Map<string, SiteAdapter>(sites.flatMap((site) => site.hosts.map((host) => [host, site] as const)));
  const siteFor = (hostname: string) => byHost.get(hostname);
  return {
    siteFor,
    detect(url, doc) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        return null;
      }
      try {
        // A site adapter that finds nothing still leaves the page's own citation tags to try.
        return siteFor(parsed.hostname)?.detect(parsed, doc) ?? generic.detect(parsed, doc);
      } catch {
        // Detection runs on arbitrary pages: a surprise in one must never break the content script.
        return null;
      }
    },
  };
}
