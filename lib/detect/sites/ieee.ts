/**
 * IEEE Xplore (`/document/N`, `/abstract/document/N`; PDFs through `/stamp/stamp.jsp?arnumber=N`).
 * Its head has only Open Graph tags; the record is a JSON object assigned to
 * `xplGlobal.document.metadata` in an inline script, read here as data (parsed, never run).
 */
import { citationSite } from '../citation-site';
import type { CitationMeta } from '../meta';
import type { Location } from '../page-ref';
import { cleanAbstract, cleanAuthors, cleanTitle, cleanUrl, normalizeDoi, yearOf } from '../sanitize';
import { jsonObjectAfter } from '../script-json';
import { WITH_TEST_URLS } from '../types';

const DOCUMENT = /^\/(?:abstract\/)?document\/(\d{1,12})\/?/;
const STAMP = /^\/(?:stamp\/stamp\.jsp|stampPDF\/getPDF\.jsp)$/;

function locate(url: URL): Location | null {
  const arnumber = url.searchParams.get('arnumber') ?? '';
  if (STAMP.test(url.pathname) && /^\d{1,12}$/.test(arnumber)) return { ids: { ieee: arnumber }, kind: 'pdf' };
  const ieee = DOCUMENT.exec(url.pathname)?.[1];
  if (!ieee) return null;
  return { ids: { ieee }, kind: 'abstract', pdfUrl: `https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=${ieee}` };
}

function readMetadata(doc: Document, url: URL): Partial<CitationMeta> {
  const script = Array.from(doc.querySelectorAll('script:not([src])')).find((s) => s.textContent?.includes('xplGlobal.document.metadata'));
  const data = script ? jsonObjectAfter(script.textContent ?? '', 'xplGlobal.document.metadata') : undefined;
  if (!data) return {};
  const authors = Array.isArray(data['authors']) ? data['authors'] : [];
  const out: Partial<CitationMeta> = {
    ids: {},
    title: cleanTitle(data['title']),
    authors: cleanAuthors(authors.slice(0, 1_000).map((a) => (typeof a === 'object' && a ? (a as Record<string, unknown>)['name'] : a))),
    abstract: cleanAbstract(data['abstract']),
    venue: cleanTitle(data['publicationTitle']),
    year: yearOf(String(data['publicationYear'] ?? '')),
    pdfUrl: cleanUrl(data['pdfUrl'], url),
  };
  const doi = normalizeDoi(data['doi']);
  if (doi) out.ids = { doi };
  return out;
}

/** IEEE Xplore documents and their PDF frames. */
export const ieee = citationSite({
  name: 'ieee',
  hosts: ['ieeexplore.ieee.org'],
  testUrls: WITH_TEST_URLS
    ? [
        'https://ieeexplore.ieee.org/document/7780459',
        'https://ieeexplore.ieee.org/abstract/document/7780459/',
        'https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=7780459',
      ]
    : [],
  locate,
  extra: (doc, url) => {
    const data = readMetadata(doc, url);
    // Without the script (a trimmed copy), og:title is "TITLE | IEEE Conference Publication | IEEE Xplore".
    const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
    return { ...data, title: data.title ?? cleanTitle(og?.split(' | ')[0]) };
  },
});
