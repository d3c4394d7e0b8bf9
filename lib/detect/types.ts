import type { PaperIds, PaperRef } from '../paper';

/** One site's paper detector: pure functions of the URL and the document, never throwing on odd pages. */
export interface SiteAdapter {
  name: string;
  /** URLs this adapter must accept (they double as negatives for every other adapter) */
  testUrls: string[];
  /**
   * The hosts whose pages this adapter reads (a URL's `hostname`, lower case); empty for the
   * generic reader, which takes every page no other adapter claims. Detection picks the
   * adapter by host with one map lookup: listing pages ask for hundreds of links.
   */
  hosts: readonly string[];
  detect(url: URL, doc: Document): PaperRef | null;
  /** A paper read from the URL alone, for PDFs and other pages whose document has no metadata. */
  fromUrl?(url: URL): PaperRef | null;
  /** The ids of `fromUrl`'s answer without building the rest of it (a listing reads hundreds of links). */
  idsFromUrl?(url: URL): PaperIds | null;
}

/**
 * Whether adapters carry their test URLs. They are test data: production bundles (where
 * Vite sets `import.meta.env.PROD`) leave them out, which keeps kilobytes out of every page.
 */
export const WITH_TEST_URLS: boolean = !import.meta.env?.PROD;
