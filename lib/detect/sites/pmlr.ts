/** PMLR (`proceedings.mlr.press/v139/radford21a.html`, PDF `…/v139/radford21a/radford21a.pdf`). */
import { abstractAfterHeading, textOf } from '../body-text';
import { citationSite } from '../citation-site';
import type { Location } from '../page-ref';
import { WITH_TEST_URLS } from '../types';

const PAGE = /^\/(v\d+|r\d+)\/([\w-]+)\.html$/;
const PDF = /^\/(v\d+|r\d+)\/([\w-]+)\/([\w-]+)\.pdf$/;

function locate(url: URL): Location | null {
  const pdf = PDF.exec(url.pathname);
  // Supplementary files live in the same folder under other names (`…-supp.pdf`).
  if (pdf && pdf[2] === pdf[3]) return { ids: { pmlr: `${pdf[1]}/${pdf[2]}` }, kind: 'pdf' };
  const page = PAGE.exec(url.pathname);
  if (!page) return null;
  const [, volume, key] = page;
  return { ids: { pmlr: `${volume}/${key}` }, kind: 'abstract', pdfUrl: `${url.origin}/${volume}/${key}/${key}.pdf` };
}

/** PMLR proceedings pages and PDFs (ICML, AISTATS, COLT, CoRL…). */
export const pmlr = citationSite({
  name: 'pmlr',
  hosts: ['proceedings.mlr.press'],
  testUrls: WITH_TEST_URLS
    ? [
        'https://proceedings.mlr.press/v139/radford21a.html',
        'https://proceedings.mlr.press/v139/radford21a/radford21a.pdf',
        'http://proceedings.mlr.press/v37/ioffe15.html',
      ]
    : [],
  locate,
  extra: (doc) => ({ title: textOf(doc, 'h1'), abstract: textOf(doc, '#abstract') ?? abstractAfterHeading(doc) }),
});
