/** ar5iv (`ar5iv.labs.arxiv.org/html/ID`, `ar5iv.org`): arXiv papers as LaTeXML HTML, read like arXiv's own HTML. */
import type { PaperRef } from '../../paper';
import { ARXIV_ID_IN_PATH, arxivMirror } from '../arxiv-mirror';
import { readHtmlPage } from './arxiv';
import { WITH_TEST_URLS } from '../types';

/** ar5iv full texts. */
export const ar5iv = arxivMirror({
  name: 'ar5iv',
  hosts: ['ar5iv.labs.arxiv.org', 'ar5iv.org', 'www.ar5iv.org'],
  testUrls: WITH_TEST_URLS
    ? [
        'https://ar5iv.labs.arxiv.org/html/1706.03762',
        'https://ar5iv.labs.arxiv.org/html/1706.03762v5#S3',
        'https://ar5iv.org/abs/1706.03762',
        'https://ar5iv.org/html/hep-th/9711200',
      ]
    : [],
  paths: [[new RegExp(`^/(?:html|abs)/${ARXIV_ID_IN_PATH}/?$`), 'html']],
  read(doc, url) {
    const ref = readHtmlPage({ ids: {}, authors: [], url: url.href, site: 'ar5iv', kind: 'html' } satisfies PaperRef, doc);
    return { title: ref.title, authors: ref.authors, abstract: ref.abstract };
  },
});
