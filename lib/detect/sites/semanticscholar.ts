/**
 * Semantic Scholar paper pages (`/paper/SLUG/ID`, `/paper/ID`) and their PDF mirror
 * (`pdfs.semanticscholar.org/ABCD/REST.pdf`, where ABCD+REST is the same 40-digit id).
 * A single-page app: its JSON-LD and head are read only when they name the URL's paper.
 */
import { arxivIdFromUrl } from '../arxiv-id';
import { citationSite } from '../citation-site';
import { readJsonLdArticle } from '../json-ld';
import { firstMeta } from '../meta';
import type { Location } from '../page-ref';
import { WITH_TEST_URLS } from '../types';

const PAGE = /^\/paper\/(?:[^/]+\/)?([0-9a-f]{40})\/?$/;
const PDF = /^\/([0-9a-f]{4})\/([0-9a-f]{36})\.pdf$/;

function locate(url: URL): Location | null {
  if (url.hostname === 'pdfs.semanticscholar.org') {
    const pdf = PDF.exec(url.pathname);
    return pdf ? { ids: { s2: `${pdf[1]}${pdf[2]}` }, kind: 'pdf' } : null;
  }
  const page = PAGE.exec(url.pathname);
  return page?.[1] ? { ids: { s2: page[1] }, kind: 'abstract' } : null;
}

/** Semantic Scholar papers; search pages are listings (listings/semanticscholar.ts). */
export const semanticscholar = citationSite({
  name: 'semanticscholar',
  hosts: ['www.semanticscholar.org', 'semanticscholar.org', 'pdfs.semanticscholar.org'],
  testUrls: WITH_TEST_URLS
    ? [
        'https://www.semanticscholar.org/paper/Attention-is-All-you-Need-Vaswani-Shazeer/204e3073870fae3d05bcbc2f6a8e263d9b72e776',
        'https://www.semanticscholar.org/paper/204e3073870fae3d05bcbc2f6a8e263d9b72e776',
        'https://pdfs.semanticscholar.org/204e/3073870fae3d05bcbc2f6a8e263d9b72e776.pdf',
      ]
    : [],
  locate,
  fresh(map, loc) {
    const canonical = firstMeta(map, ['og:url']);
    return !canonical || canonical.includes(loc.ids.s2 ?? '-');
  },
  extra: (doc) => readJsonLdArticle(doc),
  // Semantic Scholar links an arXiv paper's PDF on arXiv: that names the preprint too.
  finish(ref) {
    const arxiv = ref.pdfUrl ? arxivIdFromUrl(ref.pdfUrl) : null;
    if (arxiv && !ref.ids.arxiv) ref.ids = { ...ref.ids, arxiv: arxiv.id };
    return ref;
  },
});
