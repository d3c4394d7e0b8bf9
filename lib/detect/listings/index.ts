/**
 * Listing pages: pure `(url, document) -> ListedPaper[]`, one extractor per site, so that
 * the listing marks (entrypoints/list-marks.ts) can show which listed papers are in your list or a catalogue.
 */
import { arxivListing } from './arxiv';
import { dblpListing } from './dblp';
import { huggingfaceListing } from './huggingface';
import { openreviewListing } from './openreview';
import { scholarListing } from './scholar';
import { semanticscholarListing } from './semanticscholar';
import type { ListedPaper, ListingExtractor } from './types';

/** Every listing extractor; each claims its own URLs only (tests/unit/detect/listings.test.ts). */
export const LISTING_EXTRACTORS: readonly ListingExtractor[] = [
  arxivListing, huggingfaceListing, scholarListing, openreviewListing, semanticscholarListing, dblpListing,
];

/** The extractor for a listing URL, if it is one. */
export function listingFor(url: string): ListingExtractor | undefined {
  try {
    const parsed = new URL(url);
    return LISTING_EXTRACTORS.find((l) => l.matches(parsed));
  } catch {
    return undefined;
  }
}

/** The papers a listing page shows; empty for other pages and for pages that break an extractor. */
export function extractListing(url: string, doc: Document): ListedPaper[] {
  const extractor = listingFor(url);
  try {
    return extractor ? extractor.extract(new URL(url), doc) : [];
  } catch {
    return []; // A surprise in one page must never break the content script.
  }
}
