/**
 * Hugging Face daily papers (`/papers`, `/papers/date/…`, `/papers/week|month/…`,
 * `/papers/trending`): one `<article>` card per paper, its title an `h3` linking to `/papers/ID`.
 */
import { WITH_TEST_URLS } from '../types';
import { idsOfFirstLink, keep, selectAll, titleOf } from './read';
import type { ListingExtractor } from './types';

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
  matches: (url) =>
    url.hostname === 'huggingface.co' && /^\/papers(\/(date|week|month)\/[\w-]+|\/trending)?\/?$/.test(url.pathname),
  extract: (url, doc) =>
    keep(
      selectAll(doc, 'article h3').map((h3) => {
        const ids = idsOfFirstLink(h3, 'a[href*="/papers/"]', url.href);
        return ids.arxiv ? { element: h3, ref: { ids, title: titleOf(h3) } } : undefined;
      }),
    ),
};
