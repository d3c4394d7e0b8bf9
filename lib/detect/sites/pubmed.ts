/** PubMed (`pubmed.ncbi.nlm.nih.gov/PMID/`): abstracts only, with `citation_*` tags and `;`-separated authors. */
import { citationSite } from '../citation-site';
import type { Location } from '../page-ref';
import { WITH_TEST_URLS } from '../types';

const PATH = /^\/(\d{1,9})\/?$/;

function locate(url: URL): Location | null {
  const pmid = PATH.exec(url.pathname)?.[1];
  return pmid ? { ids: { pmid }, kind: 'abstract' } : null;
}

/** PubMed records. */
export const pubmed = citationSite({
  name: 'pubmed',
  hosts: ['pubmed.ncbi.nlm.nih.gov'],
  testUrls: WITH_TEST_URLS
    ? ['https://pubmed.ncbi.nlm.nih.gov/34265844/', 'https://pubmed.ncbi.nlm.nih.gov/34265844']
    : [],
  locate,
});
