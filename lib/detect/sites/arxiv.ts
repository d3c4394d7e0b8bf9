/**
 * arXiv: abstract pages (`/abs/ID`) carry full `citation_*` tags; HTML full texts
 * (`/html/ID`, LaTeXML output) carry none, so they are read from the markup; PDFs are
 * known from the URL alone and the background completes them from the arXiv API.
 */
import type { PaperRef } from '../../paper';
import { ARXIV_HOSTS, arxivIdFromUrl, arxivPdfUrl, type ArxivLocation } from '../arxiv-id';
import { latexmlAuthors, readableText } from '../dom-text';
import { readCitationMeta, readMeta } from '../meta';
import { cleanAbstract, cleanAuthors, cleanPageUrl, cleanTitle } from '../sanitize';
import { WITH_TEST_URLS, type SiteAdapter } from '../types';

function baseRef(url: URL, loc: ArxivLocation): PaperRef | null {
  const pageUrl = cleanPageUrl(url);
  if (!pageUrl) return null;
  const ref: PaperRef = { ids: { arxiv: loc.id }, authors: [], url: pageUrl, site: 'arxiv', kind: loc.kind };
  if (loc.version) ref.version = loc.version;
  ref.pdfUrl = arxivPdfUrl(loc.id, loc.version);
  return ref;
}

function textOf(doc: Document, selector: string): string | undefined {
  const el = doc.querySelector(selector);
  return el ? readableText(el) : undefined;
}

function readAbstractPage(ref: PaperRef, url: URL, doc: Document): PaperRef {
  const meta = readCitationMeta(readMeta(doc), url);
  // The URL's id wins over citation_arxiv_id: it is the page the user asked for.
  ref.ids = { ...meta.ids, arxiv: ref.ids.arxiv };
  // The visible page is the fallback for saved or trimmed copies that lost their head.
  const title = meta.title ?? cleanTitle(textOf(doc, 'h1.title'));
  if (title) ref.title = title;
  ref.authors = meta.authors.length
    ? meta.authors
    : cleanAuthors(Array.from(doc.querySelectorAll('.authors a')).map((a) => a.textContent));
  const abstract = meta.abstract ?? cleanAbstract(textOf(doc, 'blockquote.abstract'));
  if (abstract) ref.abstract = abstract;
  if (meta.year) ref.year = meta.year;
  if (meta.venue) ref.venue = meta.venue;
  return ref;
}

// `<title>` of HTML papers may read `[2403.01234v1] Title` or `Title - arXiv`.
function cleanDocumentTitle(title: string): string {
  return title.replace(/^\s*\[[^\]]{1,40}\]\s*/, '').replace(/\s*[-|–]\s*arXiv(?:\.org)?\s*$/i, '');
}

/** Reads a LaTeXML full text (arXiv HTML, ar5iv) into `ref`: title, authors, abstract. */
export function readHtmlPage(ref: PaperRef, doc: Document): PaperRef {
  const title =
    cleanTitle(textOf(doc, 'h1.ltx_title_document')) ??
    cleanTitle(textOf(doc, 'h1')) ??
    cleanTitle(cleanDocumentTitle(doc.title));
  if (title) ref.title = title;
  ref.authors = cleanAuthors(latexmlAuthors(doc));
  const paragraphs = Array.from(doc.querySelectorAll('.ltx_abstract p')).map((p) => readableText(p));
  const abstract = cleanAbstract(paragraphs.join(' '));
  if (abstract) ref.abstract = abstract;
  return ref;
}

/** arXiv abstract, HTML and PDF pages on arxiv.org and its export mirror. */
export const arxiv: SiteAdapter = {
  name: 'arxiv',
  testUrls: WITH_TEST_URLS
    ? [
        'https://arxiv.org/abs/2411.11927',
        'https://arxiv.org/abs/2305.19466v2',
        'https://www.arxiv.org/abs/2404.02905',
        'https://export.arxiv.org/abs/hep-th/9901001v3',
        'https://arxiv.org/abs/cs/0112017',
        'https://arxiv.org/html/2411.11927v1',
        'https://arxiv.org/html/2404.04125v2/#S2',
        'https://arxiv.org/pdf/2411.11927',
        'https://arxiv.org/pdf/2411.11927v1.pdf',
        'https://arxiv.org/pdf/math.GT/0309136v1',
      ]
    : [],
  hosts: ARXIV_HOSTS,
  detect(url, doc) {
    const loc = arxivIdFromUrl(url);
    const ref = loc ? baseRef(url, loc) : null;
    if (!loc || !ref) return null;
    if (loc.kind === 'abstract') return readAbstractPage(ref, url, doc);
    if (loc.kind === 'html') return readHtmlPage(ref, doc);
    return ref;
  },
  fromUrl(url) {
    const loc = arxivIdFromUrl(url);
    return loc ? baseRef(url, loc) : null;
  },
};
