/** SciRate (`scirate.com/arxiv/ID`): community ratings of arXiv papers. */
import { ARXIV_ID_IN_PATH, arxivMirror } from '../arxiv-mirror';
import { abstractAfterHeading, documentTitle, textOf } from '../body-text';
import { cleanAbstract } from '../sanitize';
import { WITH_TEST_URLS } from '../types';

/** SciRate paper pages. */
export const scirate = arxivMirror({
  name: 'scirate',
  hosts: ['scirate.com', 'www.scirate.com'],
  testUrls: WITH_TEST_URLS
    ? ['https://scirate.com/arxiv/2411.11927', 'https://scirate.com/arxiv/hep-th/9711200']
    : [],
  paths: [[new RegExp(`^/arxiv/${ARXIV_ID_IN_PATH}/?$`), 'abstract']],
  read: (doc) => ({
    title: textOf(doc, 'h1.title, .paper h1, h1') ?? documentTitle(doc, [/\s*[|–-]\s*SciRate\s*$/i]),
    abstract: cleanAbstract(doc.querySelector('.abstract')?.textContent) ?? abstractAfterHeading(doc),
  }),
});
