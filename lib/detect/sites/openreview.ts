/**
 * OpenReview forum and PDF pages (`/forum?id=ID`, `/pdf?id=ID`). The site is a single-page
 * app: the content script detects again when the URL changes, and a head still describing
 * the previous forum is recognised by its PDF link and ignored.
 */
import { citationSite } from '../citation-site';
import { firstMeta } from '../meta';
import type { Location } from '../page-ref';
import { WITH_TEST_URLS } from '../types';

const ID = /^[A-Za-z0-9_-]{4,40}$/;

function locate(url: URL): Location | null {
  const id = url.searchParams.get('id') ?? '';
  if (!ID.test(id)) return null;
  const pdfUrl = `https://openreview.net/pdf?id=${id}`;
  if (url.pathname === '/forum') return { ids: { openreview: id }, kind: 'abstract', pdfUrl };
  if (url.pathname === '/pdf') return { ids: { openreview: id }, kind: 'pdf' };
  return null;
}

/** OpenReview papers; venue pages (`/group?id=…`) are listings (listings/openreview.ts). */
export const openreview = citationSite({
  name: 'openreview',
  hosts: ['openreview.net', 'www.openreview.net'],
  testUrls: WITH_TEST_URLS
    ? [
        'https://openreview.net/forum?id=YicbFdNTTy',
        'https://openreview.net/forum?id=Drg8DHYOPX&noteId=abc123',
        'https://openreview.net/pdf?id=YicbFdNTTy',
      ]
    : [],
  locate,
  fresh(map, loc) {
    const pdf = firstMeta(map, ['citation_pdf_url']);
    return !pdf || pdf.includes(`id=${loc.ids.openreview}`);
  },
});
