/**
 * The fallback for every page no site adapter claims: publishers, proceedings and
 * repositories that embed `citation_*` / `dc.*` / `prism.*` / `og:*` tags.
 */
import type { PaperRef } from '../../paper';
import { firstMeta, readCitationMeta, readMeta } from '../meta';
import { cleanPageUrl, cleanTitle } from '../sanitize';
import { WITH_TEST_URLS, type SiteAdapter } from '../types';

/** Reads embedded bibliographic meta tags; a page is a paper only if it names a citation or Dublin Core title, or a DOI and an og:title. */
export const generic: SiteAdapter = {
  name: 'generic',
  testUrls: WITH_TEST_URLS
    ? ['https://www.example.org/doi/10.1145/3589334.3645420', 'https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0000001']
    : [],
  // No hosts: it is the fallback, since any page may carry citation tags.
  hosts: [],
  detect(url, doc) {
    const map = readMeta(doc);
    const meta = readCitationMeta(map, url);
    // Blogs and news pages have og:title too; only a citation/DC title, or a DOI beside
    // og:title (PRISM-only publisher pages), says "this is a paper".
    if (!meta.title && meta.ids.doi) {
      const og = cleanTitle(firstMeta(map, ['og:title']));
      if (og) meta.title = og;
    }
    const pageUrl = cleanPageUrl(url);
    if (!meta.title || !pageUrl) return null;
    // A generic page cannot tell a landing page from a full text, hence `other`.
    const ref: PaperRef = { ...meta, url: pageUrl, site: 'generic', kind: 'other' };
    return ref;
  },
};
