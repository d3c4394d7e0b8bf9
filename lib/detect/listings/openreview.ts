/**
 * OpenReview venue and search pages (`/group?id=ICLR.cc/2024/Conference`, `/search?term=…`):
 * notes whose `h4` links to `/forum?id=ID`. The page renders them after load, tab by tab;
 * the listing marks read it again when the DOM changes.
 */
import { WITH_TEST_URLS } from '../types';
import { LISTING_ADDRESSES } from './addresses';
import { hrefsOf, keep, selectAll, titleOf } from './read';
import type { ListingExtractor } from './types';

// A note's forum link with its id, as ./links.ts reads it in the background (relative or on
// openreview.net): other links would be looked up by title alone, which the old check refused.
const FORUM_ID = /^(?:https:\/\/openreview\.net)?\/forum\?(?:[^#]*&)?id=[\w-]{4,40}(?:[&#]|$)/;

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
