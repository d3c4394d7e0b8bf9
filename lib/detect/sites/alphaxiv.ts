/** alphaXiv (`alphaxiv.org/abs/ID`, `/overview/ID`, `/pdf/ID`): discussion pages over arXiv papers. */
import { ARXIV_ID_IN_PATH, arxivMirror } from '../arxiv-mirror';
import { abstractAfterHeading, documentTitle, textOf } from '../body-text';
import { WITH_TEST_URLS } from '../types';

/** alphaXiv paper and PDF pages. */
export const alphaxiv = arxivMirror({
  name: 'alphaxiv',
  hosts: ['www.alphaxiv.org', 'alphaxiv.org'],
  testUrls: WITH_TEST_URLS
    ? [
        'https://www.alphaxiv.org/abs/2411.11927',
        'https://alphaxiv.org/abs/2404.02905v2',
        'https://www.alphaxiv.org/overview/2305.19466',
        'https://www.alphaxiv.org/pdf/2411.11927v1',
      ]
    : [],
  paths: [
    [new RegExp(`^/(?:abs|overview)/${ARXIV_ID_IN_PATH}/?$`), 'abstract'],
    [new RegExp(`^/pdf/${ARXIV_ID_IN_PATH}(?:\\.pdf)?/?$`), 'pdf'],
  ],
  read: (doc) => ({
    title: documentTitle(doc, [/\s*[|–-]\s*alphaXiv\s*$/i]) ?? textOf(doc, 'h1'),
    abstract: abstractAfterHeading(doc),
  }),
});
