/** ScienceDirect (`/science/article/pii/PII`, `/abs/pii/PII`; the PDF link is `…/pii/PII/pdfft`). */
import { citationSite } from '../citation-site';
import type { Location } from '../page-ref';
import { WITH_TEST_URLS } from '../types';

const PATH = /^\/science\/article\/(?:abs\/)?pii\/([SB][\dX]{15,16})(\/pdfft)?\/?$/i;

function locate(url: URL): Location | null {
  const m = PATH.exec(url.pathname);
  if (!m?.[1]) return null;
  const pii = m[1].toUpperCase();
  if (m[2]) return { ids: { pii }, kind: 'pdf' };
  return { ids: { pii }, kind: 'abstract', pdfUrl: `https://www.sciencedirect.com/science/article/pii/${pii}/pdfft` };
}

/** ScienceDirect article pages and their PDF links. */
export const sciencedirect = citationSite({
  name: 'sciencedirect',
  hosts: ['www.sciencedirect.com', 'sciencedirect.com'],
  testUrls: WITH_TEST_URLS
    ? [
        'https://www.sciencedirect.com/science/article/pii/S0004370221000862',
        'https://www.sciencedirect.com/science/article/abs/pii/S0004370221000862',
        'https://www.sciencedirect.com/science/article/pii/S0004370221000862/pdfft?md5=abc&pid=1-s2.0-S0004370221000862-main.pdf',
      ]
    : [],
  locate,
});
