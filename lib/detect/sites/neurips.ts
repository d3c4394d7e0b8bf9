/**
 * NeurIPS proceedings (`papers.nips.cc`, `proceedings.neurips.cc`): abstract pages
 * `/paper_files/paper/YEAR/hash/HASH-Abstract….html` and PDFs `…/file/HASH-Paper….pdf`.
 * The 32-digit hash names the paper in both.
 */
import { abstractAfterHeading, textOf } from '../body-text';
import { citationSite } from '../citation-site';
import type { Location } from '../page-ref';
import { WITH_TEST_URLS } from '../types';

const PATH = /^\/paper(?:_files\/paper)?\/(\d{4})\/(hash|file)\/([0-9a-f]{32})-(Abstract|Paper)([\w-]*)\.(html|pdf)$/;

function locate(url: URL): Location | null {
  const m = PATH.exec(url.pathname);
  if (!m) return null;
  const [, year, folder, hash = '', , suffix, ext] = m;
  if (folder === 'file' && ext === 'pdf') return { ids: { neurips: hash }, kind: 'pdf' };
  if (folder !== 'hash' || ext !== 'html') return null;
  const pdfUrl = `${url.origin}/paper_files/paper/${year}/file/${hash}-Paper${suffix}.pdf`;
  return { ids: { neurips: hash }, kind: 'abstract', pdfUrl };
}

/** NeurIPS (formerly NIPS) proceedings pages and PDFs. */
export const neurips = citationSite({
  name: 'neurips',
  hosts: ['papers.nips.cc', 'papers.neurips.cc', 'proceedings.neurips.cc'],
  testUrls: WITH_TEST_URLS
    ? [
        'https://papers.nips.cc/paper_files/paper/2017/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract.html',
        'https://proceedings.neurips.cc/paper_files/paper/2017/file/3f5ee243547dee91fbd053c1c4a845aa-Paper.pdf',
        'https://proceedings.neurips.cc/paper_files/paper/2023/hash/4e85362c02172c0c6567ce593122d31c-Abstract-Conference.html',
        'https://proceedings.neurips.cc/paper/2020/hash/1457c0d6bfcb4967418bfb8ac142f64a-Abstract.html',
      ]
    : [],
  locate,
  // Pages without Highwire tags show the title in the first h4 and the abstract under an "Abstract" h4.
  extra: (doc) => ({ title: textOf(doc, '.container-fluid h4, h4'), abstract: abstractAfterHeading(doc, 'h4') }),
});
