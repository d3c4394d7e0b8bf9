/** Hugging Face paper pages (`huggingface.co/papers/ID`): an arXiv id in the URL, the title in an h1. */
import { ARXIV_ID_IN_PATH, arxivMirror } from '../arxiv-mirror';
import { abstractAfterHeading, documentTitle, textOf } from '../body-text';
import { WITH_TEST_URLS } from '../types';

/** Hugging Face papers; the daily listing (`/papers`) is handled by listings/huggingface.ts. */
export const huggingface = arxivMirror({
  name: 'huggingface',
  hosts: ['huggingface.co'],
  testUrls: WITH_TEST_URLS
    ? ['https://huggingface.co/papers/2411.11927', 'https://huggingface.co/papers/2305.19466#community']
    : [],
  paths: [[new RegExp(`^/papers/${ARXIV_ID_IN_PATH}/?$`), 'abstract']],
  read: (doc) => ({
    // `<title>` reads "Paper page - TITLE"; the h1 is the same title without the prefix.
    title: textOf(doc, 'main h1, h1') ?? documentTitle(doc, [/^\s*Paper page\s*-\s*/i]),
    abstract: abstractAfterHeading(doc),
  }),
});
