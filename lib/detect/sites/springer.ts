/** Springer Link (`link.springer.com/article|chapter/DOI`, PDFs at `/content/pdf/DOI.pdf`). */
import { citationSite } from '../citation-site';
import { doiInPath as doiOf, type Location } from '../page-ref';
import { WITH_TEST_URLS } from '../types';

const PAGE = /^\/(?:article|chapter|referenceworkentry|book)\/(10\.\d{4,9}\/[^?#]+)$/;
const PDF = /^\/content\/pdf\/(10\.\d{4,9}\/[^?#]+)\.pdf$/;

function locate(url: URL): Location | null {
  const pdf = doiOf(PDF.exec(url.pathname)?.[1]);
  if (pdf) return { ids: { doi: pdf }, kind: 'pdf' };
  const raw = PAGE.exec(url.pathname)?.[1];
  const doi = doiOf(raw);
  // The URL keeps the DOI as the site spells it; the id is the canonical lower case.
  return doi ? { ids: { doi }, kind: 'abstract', pdfUrl: `https://link.springer.com/content/pdf/${raw}.pdf` } : null;
}

/** Springer Link articles, chapters and their PDFs. */
export const springer = citationSite({
  name: 'springer',
  hosts: ['link.springer.com'],
  testUrls: WITH_TEST_URLS
    ? [
        'https://link.springer.com/article/10.1023/A:1010933404324',
        'https://link.springer.com/chapter/10.1007/978-3-030-58452-8_13',
        'https://link.springer.com/content/pdf/10.1023/A:1010933404324.pdf',
      ]
    : [],
  locate,
});
