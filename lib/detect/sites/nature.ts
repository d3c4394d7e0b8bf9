/** Nature (`www.nature.com/articles/ID`, PDF `…/ID.pdf`): the article id is the DOI's suffix under 10.1038. */
import { citationSite } from '../citation-site';
import type { Location } from '../page-ref';
import { WITH_TEST_URLS } from '../types';

const PATH = /^\/articles\/([a-z0-9][\w.-]*?)(\.pdf)?\/?$/i;

function locate(url: URL): Location | null {
  const m = PATH.exec(url.pathname);
  if (!m?.[1]) return null;
  const doi = `10.1038/${m[1].toLowerCase()}`;
  if (m[2]) return { ids: { doi }, kind: 'pdf' };
  return { ids: { doi }, kind: 'abstract', pdfUrl: `https://www.nature.com/articles/${m[1]}.pdf` };
}

/** Nature and the Nature journals' article pages and PDFs. */
export const nature = citationSite({
  name: 'nature',
  hosts: ['www.nature.com', 'nature.com'],
  testUrls: WITH_TEST_URLS
    ? [
        'https://www.nature.com/articles/s41586-021-03819-2',
        'https://www.nature.com/articles/s41586-021-03819-2.pdf',
        'https://www.nature.com/articles/nature14539',
      ]
    : [],
  locate,
});
