/** PubMed Central full texts (`www.ncbi.nlm.nih.gov/pmc/articles/PMCID/`, `pmc.ncbi.nlm.nih.gov/articles/PMCID/`) and their PDFs. */
import { citationSite } from '../citation-site';
import type { Location } from '../page-ref';
import { WITH_TEST_URLS } from '../types';

const PATH = /^(\/pmc)?\/articles\/(PMC\d{1,10})\/?(pdf\/?[\w.-]*)?$/i;

function locate(url: URL): Location | null {
  const m = PATH.exec(url.pathname);
  // The old host serves PMC under /pmc/; the new one at the root.
  if (!m?.[2] || (url.hostname === 'www.ncbi.nlm.nih.gov') !== Boolean(m[1])) return null;
  const pmcid = m[2].toUpperCase();
  if (m[3]) return { ids: { pmcid }, kind: 'pdf' };
  return { ids: { pmcid }, kind: 'html' };
}

/** PubMed Central articles and PDFs. */
export const pmc = citationSite({
  name: 'pmc',
  hosts: ['pmc.ncbi.nlm.nih.gov', 'www.ncbi.nlm.nih.gov'],
  testUrls: WITH_TEST_URLS
    ? [
        'https://pmc.ncbi.nlm.nih.gov/articles/PMC8371605/',
        'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC8371605/',
        'https://pmc.ncbi.nlm.nih.gov/articles/PMC8371605/pdf/41586_2021_Article_3819.pdf',
      ]
    : [],
  locate,
});
