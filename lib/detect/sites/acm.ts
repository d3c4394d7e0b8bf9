/** ACM Digital Library (`dl.acm.org/doi/DOI`, `/doi/abs|full|fullHtml/DOI`, PDFs at `/doi/pdf|epdf/DOI`); Dublin Core head. */
import { citationSite } from '../citation-site';
import { doiInPath, type Location } from '../page-ref';
import { WITH_TEST_URLS } from '../types';

const PATH = /^\/doi\/(?:(abs|full|fullHtml|pdf|epdf|book|proceedings)\/)?(10\.\d{4,9}\/.+)$/;

function locate(url: URL): Location | null {
  const m = PATH.exec(url.pathname);
  const doi = doiInPath(m?.[2]);
  if (!m || !doi) return null;
  if (m[1] === 'pdf' || m[1] === 'epdf') return { ids: { doi }, kind: 'pdf' };
  return { ids: { doi }, kind: 'abstract', pdfUrl: `https://dl.acm.org/doi/pdf/${doi}` };
}

/** ACM DL article pages and PDFs. */
export const acm = citationSite({
  name: 'acm',
  hosts: ['dl.acm.org'],
  testUrls: WITH_TEST_URLS
    ? [
        'https://dl.acm.org/doi/10.1145/3442188.3445922',
        'https://dl.acm.org/doi/abs/10.1145/3442188.3445922',
        'https://dl.acm.org/doi/pdf/10.1145/3442188.3445922',
      ]
    : [],
  locate,
});
