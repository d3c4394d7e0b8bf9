/** JMLR (`jmlr.org/papers/v15/srivastava14a.html`, PDF `…/papers/volume15/srivastava14a/srivastava14a.pdf`). */
import { abstractAfterHeading, textOf } from '../body-text';
import { citationSite } from '../citation-site';
import type { Location } from '../page-ref';
import { WITH_TEST_URLS } from '../types';

const PAGE = /^\/papers\/v(\d+)\/([\w-]+)\.html$/;
const PDF = /^\/papers\/volume(\d+)\/([\w-]+)\/([\w-]+)\.pdf$/;

function locate(url: URL): Location | null {
  const pdf = PDF.exec(url.pathname);
  if (pdf && pdf[2] === pdf[3]) return { ids: { jmlr: `v${pdf[1]}/${pdf[2]}` }, kind: 'pdf' };
  const page = PAGE.exec(url.pathname);
  if (!page) return null;
  const [, volume, key] = page;
  return { ids: { jmlr: `v${volume}/${key}` }, kind: 'abstract', pdfUrl: `https://jmlr.org/papers/volume${volume}/${key}/${key}.pdf` };
}

/** JMLR paper pages and PDFs. */
export const jmlr = citationSite({
  name: 'jmlr',
  hosts: ['jmlr.org', 'www.jmlr.org'],
  testUrls: WITH_TEST_URLS
    ? [
        'https://jmlr.org/papers/v15/srivastava14a.html',
        'https://www.jmlr.org/papers/volume15/srivastava14a/srivastava14a.pdf',
        'https://jmlr.org/papers/v21/20-074.html',
      ]
    : [],
  locate,
  extra: (doc) => ({ title: textOf(doc, '#content h2, h2'), abstract: abstractAfterHeading(doc, 'h3, h2') }),
});
