/**
 * DBLP person, venue, table-of-contents and search pages: `li.entry` items with the title in
 * `cite span.title`, electronic-edition links (DOI, arXiv…) heading the `nav.publ` menus, and
 * the DBLP key in the item's id — CoRR keys (`journals/corr/abs-1706-03762`) spell the arXiv id.
 */
import type { PaperIds } from '../../paper';
import { parseArxivId } from '../arxiv-id';
import { WITH_TEST_URLS } from '../types';
import { LISTING_ADDRESSES } from './addresses';
import { hrefsOf, keep, selectAll, titleOf } from './read';
import type { ListingExtractor } from './types';

const CORR_KEY = /^journals\/corr\/abs-(\d{4})-(\d{4,5})$/;

function idsOfKey(key: string): PaperIds {
  const m = CORR_KEY.exec(key);
  const arxiv = m ? parseArxivId(`${m[1]}.${m[2]}`) : null;
  return arxiv ? { arxiv: arxiv.id } : {};
}

/** DBLP listings on its main host and mirrors. */
export const dblpListing: ListingExtractor = {
  name: 'dblp',
  testUrls: WITH_TEST_URLS
    ? [
        'https://dblp.org/pid/96/4410.html',
        'https://dblp.org/db/conf/nips/nips2017.html',
        'https://dblp.org/search?q=attention+is+all+you+need',
        'https://dblp.uni-trier.de/db/journals/corr/corr1706.html',
      ]
    : [],
  matches: LISTING_ADDRESSES.dblp,
  extract: (_url, doc) =>
    keep(
      selectAll(doc, 'li.entry').map((li) => {
        const titleEl = li.querySelector('cite > .title');
        if (!titleEl) return undefined;
        // A CoRR key spells the arXiv id, which is all its links (the arXiv DOI and page)
        // would say again: only other entries send their links.
        const ids = idsOfKey(li.id);
        // The menus' head links are the electronic editions; export and share menus name no paper.
        const links = ids.arxiv ? [] : hrefsOf(li.querySelectorAll('nav.publ .head > a[href], nav.publ .ee > a[href]'), 6);
        // DBLP ends every title with a full stop.
        const title = titleOf(titleEl);
        return { element: titleEl, ref: { ids, title: title?.endsWith('.') ? title.slice(0, -1) : title, links } };
      }),
    ),
};
