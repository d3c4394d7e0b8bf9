/**
 * Hugging Face daily papers (`/papers`, `/papers/date/…`, `/papers/week|month/…`,
 * `/papers/trending`): one `<article>` card per paper, its title an `h3` linking to `/papers/ID`.
 */
import { WITH_TEST_URLS } from '../types';
import { LISTING_ADDRESSES } from './addresses';
import { firstHref, keep, selectAll, titleOf } from './read';
import type { ListingExtractor } from './types';

// A paper's page, `/papers/2411.11927` (relative or on huggingface.co), as ./links.ts reads it:
// Hugging Face names papers by arXiv id, and other links would be looked up by title alone.
const PAPER_LINK = /^(?:https:\/\/huggingface\.co)?\/papers\/\d{4}\.\d{4,5}(?:v\d+)?(?:[?#]|$)/;

/** Hugging Face daily and trending paper listings. */
export const huggingfaceListing: ListingExtractor = {
  name: 'huggingface',
  testUrls: WITH_TEST_URLS
    ? [
        'https://huggingface.co/papers',
        'https://huggingface.co/papers?date=2024-11-19',
        'https://huggingface.co/papers/date/2024-11-19',
        'https://huggingface.co/papers/week/2024-W47',
        'https://huggingface.co/papers/trending',
      ]
    : [],
  matches: LISTING_ADDRESSES.huggingface,
  extract: (_url, doc) =>
    keep(
      selectAll(doc, 'article h3').map((h3) => {
        // Only cards of papers (their link names an arXiv id); the background reads the id.
        const href = firstHref(h3, 'a[href*="/papers/"]');
        return href && PAPER_LINK.test(href) ? { element: h3, ref: { ids: {}, title: titleOf(h3), links: [href] } } : undefined;
      }),
    ),
};
