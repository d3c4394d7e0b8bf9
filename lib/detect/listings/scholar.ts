/**
 * Google Scholar results: `.gs_r.gs_or` blocks with the title in `h3.gs_rt` (after markers
 * such as `[PDF]`) and links to the paper and its PDF, which often name an arXiv id or DOI.
 */
import { WITH_TEST_URLS } from '../types';
import { LISTING_ADDRESSES } from './addresses';
import { hrefsOf, keep, selectAll, titleOf } from './read';
import type { ListingExtractor } from './types';

/** Google Scholar result pages (search, "cited by", author profiles' lists are not covered). */
export const scholarListing: ListingExtractor = {
  name: 'scholar',
  testUrls: WITH_TEST_URLS
    ? ['https://scholar.google.com/scholar?q=attention+is+all+you+need', 'https://scholar.google.de/scholar?hl=de&q=bert&cites=123']
    : [],
  matches: LISTING_ADDRESSES.scholar,
  extract: (_url, doc) =>
    keep(
      selectAll(doc, '.gs_r.gs_or').map((result) => {
        const h3 = result.querySelector('h3.gs_rt');
        if (!h3) return undefined;
        // The title link when there is one; `[CITATION]` entries have only text.
        const title = titleOf(h3.querySelector('a')) ?? titleOf(h3)?.replace(/^(\[[A-Z]+\]\s*)+/, '');
        const links = hrefsOf(result.querySelectorAll('.gs_or_ggsm a[href], h3.gs_rt a[href]'), 4);
        return { element: h3, ref: { ids: {}, title, links } };
      }),
    ),
};
