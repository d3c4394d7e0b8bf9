/**
 * Semantic Scholar search results (`/search?q=…`): `.cl-paper-row` blocks with a title link
 * to `/paper/SLUG/ID` and, for many, a link to arXiv or the publisher. A single-page app:
 * results arrive after load and the listing marks read the page again when the DOM changes.
 */
import { WITH_TEST_URLS } from '../types';
import { LISTING_ADDRESSES } from './addresses';
import { hrefsOf, keep, selectAll, titleOf } from './read';
import type { ListingExtractor } from './types';

/** Semantic Scholar search listings. */
export const semanticscholarListing: ListingExtractor = {
  name: 'semanticscholar',
  testUrls: WITH_TEST_URLS ? ['https://www.semanticscholar.org/search?q=attention%20is%20all%20you%20need&sort=relevance'] : [],
  matches: LISTING_ADDRESSES.semanticscholar,
  extract: (_url, doc) =>
    keep(
      selectAll(doc, '.cl-paper-row').map((row) => {
        const titleEl = row.querySelector('.cl-paper-title') ?? row.querySelector('a[href^="/paper/"]');
        if (!titleEl) return undefined;
        const links = hrefsOf(row.querySelectorAll('a[href^="/paper/"], a[href*="arxiv.org/"], a[href*="doi.org/"]'), 6);
        return { element: titleEl, ref: { ids: {}, title: titleOf(titleEl), links } };
      }),
    ),
};
