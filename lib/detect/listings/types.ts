import type { PaperIds } from '../../paper';

/**
 * Most entries of one listing page that get marked. Real listings show up to ~2,000
 * (arXiv's `show=2000`); a page with more is padding, and each entry costs main-thread time.
 */
export const MAX_LISTED = 2_000;

/** Most links of one listed paper sent for the background to read (no reader sends more). */
export const MAX_LINKS = 6;

/**
 * Longest link sent (paper, PDF and DOI links are far shorter). At these caps a hostile page
 * of 2,000 entries with six OpenReview links of 512 characters each costs the background
 * ≈0.25 s to read (measured in Node; 1.3 s with 8 links of 2,048), never the page.
 */
export const MAX_LINK_LENGTH = 512;

/** What a listing says of one paper: enough to find it in the list or a catalogue. */
export interface ListedRef {
  /** Ids the page states outright (a DBLP key); the background adds those its links name. */
  ids: PaperIds;
  title?: string;
  /** The entry's links to the paper, its PDF or DOI, as written in the page (read by `resolveListed`). */
  links?: string[];
}

/** One paper of a listing page: where its mark goes (the title element) and what identifies it. */
export interface ListedPaper {
  element: Element;
  ref: ListedRef;
}

/** One site's listing reader: a pure function of the URL and the document, like SiteAdapter. */
export interface ListingExtractor {
  name: string;
  /** Listing URLs this extractor must accept (and no other extractor may). */
  testUrls: string[];
  matches(url: URL): boolean;
  extract(url: URL, doc: Document): ListedPaper[];
}
