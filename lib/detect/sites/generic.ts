/**
 * The fallback for every page no site adapter claims: publishers, proceedings and
 * repositories that embed `citation_*` / `dc.*` / `prism.*` / `og:*` tags.
 */
import type { PaperRef } from '../../paper';
import { readCitationMeta, readMeta } from '../meta';
import { cleanPageUrl } from '../sanitize';
import type { SiteAdapter } from '../types';

/** Reads embedded bibliographic meta tags; a page is a paper only if it names a citation or Dublin Core title. */
export const generic: SiteAdapter = {
  name: 'generic',
  testUrls: ['https://www.example.org/doi/10.1145/3589334.3645420', 'https://aclanthology.org/2023.acl-long.1/'],
  // It is the fallback: any page may carry citation tags.
  matches: () => true,
  detect(url, doc) {
    const meta = readCitationMeta(readMeta(doc), url);
    // Blogs and news pages have og:title too; only a citation/DC title says "this is a paper".
    const pageUrl = cleanPageUrl(url);
    if (!meta.title || !pageUrl) return null;
    // A generic page cannot tell a landing page from a full text, hence `other`.
    const ref: PaperRef = { ...meta, url: pageUrl, site: 'generic', kind: 'other' };
    return ref;
  },
};
