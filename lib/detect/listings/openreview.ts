/**
 * OpenReview venue and search pages (`/group?id=ICLR.cc/2024/Conference`, `/search?term=…`):
 * notes whose `h4` links to `/forum?id=ID`. The page renders them after load, tab by tab;
 * the content script re-reads it when the DOM changes.
 */
import { WITH_TEST_URLS } from '../types';
import { LISTING_ADDRESSES } from './addresses';
import { hrefsOf, keep, selectAll, titleOf } from './read';
import type { ListingExtractor } from './types';

// The forum id of a note's link, as lib/detect/listings/read.ts reads it.
const FORUM_ID = /[?&]id=[\w-]{4,40}(?:[&#]|$)/;

/** OpenReview venue (group) and search listings. */
export const openreviewListing: ListingExtractor = {
  name: 'openreview',
  testUrls: WITH_TEST_URLS
    ? [
        'https://openreview.net/group?id=ICLR.cc/2024/Conference',
        'https://openreview.net/group?id=NeurIPS.cc/2023/Conference#tab-accept-oral',
        'https://openreview.net/search?term=transformers',
      ]
    : [],
  matches: LISTING_ADDRESSES.openreview,
  extract: (_url, doc) =>
    keep(
      selectAll(doc, '.note > h4').map((h4) => {
        const link = h4.querySelector('a[href*="forum?id="]');
        // Only notes whose link carries a forum id; the background reads it out.
        const links = link ? hrefsOf([link]).filter((href) => FORUM_ID.test(href)) : [];
        return link && links.length ? { element: h4, ref: { ids: {}, title: titleOf(link), links } } : undefined;
      }),
    ),
};
