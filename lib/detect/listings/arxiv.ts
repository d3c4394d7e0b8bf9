/**
 * arXiv listings: `/list/…` (new, recent, pastweek, month archives) and `/catchup`, whose
 * entries are `<dt>` (links) + `<dd>` (title, authors) pairs, and `/search/…`, whose results
 * are `li.arxiv-result`.
 */
import { WITH_TEST_URLS } from '../types';
import { LISTING_ADDRESSES } from './addresses';
import { firstHref, keep, selectAll, titleOf } from './read';
import { MAX_LISTED, type ListedPaper, type ListingExtractor } from './types';

// An entry's title and its abstract page's link (the background reads the id out of it).
function listed(href: string | undefined, titleEl: Element): ListedPaper['ref'] {
  return { ids: {}, title: titleOf(titleEl), links: href === undefined ? [] : [href] };
}

// One pass over each list's children pairs every <dt> with its <dd> (sibling pointers cost
// linear time per step in some DOMs, and a list may hold thousands of entries).
function listEntries(doc: Document): Array<ListedPaper | undefined> {
  const out: Array<ListedPaper | undefined> = [];
  for (const dl of selectAll(doc, 'dl', 50)) {
    let dt: Element | undefined;
    const children = dl.children;
    // Indexed: an HTMLCollection's iterator costs a bindings call per step in Chromium.
    for (let c = 0; c < children.length; c++) {
      const child = children[c]!;
      if (child.localName === 'dt') dt = child;
      if (child.localName !== 'dd' || !dt) continue;
      const titleEl = child.querySelector('.list-title');
      out.push(titleEl ? { element: titleEl, ref: listed(firstHref(dt, 'a[href*="/abs/"]'), titleEl) } : undefined);
      dt = undefined;
      if (out.length >= MAX_LISTED * 2) return out;
    }
  }
  return out;
}

function searchResults(doc: Document): Array<ListedPaper | undefined> {
  return selectAll(doc, 'li.arxiv-result').map((li) => {
    const titleEl = li.querySelector('p.title');
    return titleEl ? { element: titleEl, ref: listed(firstHref(li, '.list-title a[href*="/abs/"]'), titleEl) } : undefined;
  });
}

/** arXiv list, catch-up and search pages. */
export const arxivListing: ListingExtractor = {
  name: 'arxiv',
  testUrls: WITH_TEST_URLS
    ? [
        'https://arxiv.org/list/cs.LG/recent',
        'https://arxiv.org/list/cs.CL/new',
        'https://arxiv.org/list/hep-th/2024-01?skip=0&show=2000',
        'https://arxiv.org/search/?query=transformers&searchtype=all',
        'https://arxiv.org/search/cs?query=diffusion&searchtype=title',
        'https://arxiv.org/catchup/cs.LG/2025-03-10',
      ]
    : [],
  matches: LISTING_ADDRESSES.arxiv,
  extract: (url, doc) => keep(url.pathname.startsWith('/search') ? searchResults(doc) : listEntries(doc)),
};
