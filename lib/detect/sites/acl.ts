/** ACL Anthology (`aclanthology.org/ID/`, `/ID.pdf`): new ids `2023.acl-long.1`, old ids `N19-1423`. */
import { citationSite } from '../citation-site';
import type { Location } from '../page-ref';
import { WITH_TEST_URLS } from '../types';

// A trailing `v2` names a revision of the PDF, not another paper.
const PAGE = /^\/(\d{4}\.[a-z\d-]+\.\d+|[A-Z]\d{2}-\d{4})(?:v\d+)?(\/|\.pdf)?$/;

function locate(url: URL): Location | null {
  const m = PAGE.exec(url.pathname);
  if (!m?.[1]) return null;
  const acl = m[1];
  if (m[2] === '.pdf') return { ids: { acl }, kind: 'pdf' };
  return { ids: { acl }, kind: 'abstract', pdfUrl: `https://aclanthology.org/${acl}.pdf` };
}

/** ACL Anthology paper pages and PDFs. */
export const acl = citationSite({
  name: 'acl',
  hosts: ['aclanthology.org', 'www.aclanthology.org'],
  testUrls: WITH_TEST_URLS ? [
    'https://aclanthology.org/N19-1423/',
    'https://aclanthology.org/N19-1423.pdf',
    'https://aclanthology.org/2023.acl-long.1/',
    'https://aclanthology.org/2022.findings-emnlp.12v2.pdf',
  ] : [],
  locate,
});
