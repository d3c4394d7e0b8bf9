/**
 * Which paper a PDF is, from what is known of it: ids in its address (the site adapters'
 * fromUrl), the arXiv API's answer, a library entry found by those ids, the PDF's own
 * metadata and its first page. The result is what the library needs to file highlights
 * under the same entry as those made on the paper's abstract or HTML page. Pure.
 */
import type { ArxivMetadata } from '../arxiv/atom';
import type { NewPaper } from '../db/library';
import type { LibraryEntry, PaperRef } from '../paper';
import { withoutFragment } from './reader-url';

/** Everything the reader may know about the PDF it shows. */
export interface PdfClues {
  url: string;
  /** detectFromUrl(url): ids from the address, when a site adapter knows its shape. */
  fromUrl: PaperRef | null;
  /** The arXiv API's answer for an arXiv PDF. */
  arxiv?: ArxivMetadata;
  /** The library entry already holding this paper (found by ids). */
  entry?: LibraryEntry;
  /** The PDF's document information: Title and Author. */
  info?: { title?: string; author?: string };
  /** The first page's largest-font text (first-page-title.ts). */
  firstPageTitle?: string;
}

/** A paper's identity as the reader resolved it, and where its title came from. */
export interface PdfPaper {
  paper: NewPaper;
  titleFrom: 'library' | 'arxiv' | 'pdf-info' | 'first-page' | 'file-name' | 'none';
}

/** Document titles that name the file or the tool rather than the paper. */
export function plausibleTitle(title: string | undefined): string | undefined {
  const t = title?.replace(/\s+/g, ' ').trim();
  if (!t || t.length < 4 || t.length > 500) return undefined;
  if (/\.(pdf|dvi|ps|tex|docx?|odt|indd)$/i.test(t)) return undefined;
  if (/^(untitled|no title|title|microsoft word\b|paper|main|manuscript|arxiv:?\s*\d)/i.test(t)) return undefined;
  if (!/\p{L}{3}/u.test(t)) return undefined;
  return t;
}

/** Authors from a PDF's Author field: "A, B and C" or "A; B". */
export function authorsFromInfo(author: string | undefined): string[] {
  if (!author?.trim()) return [];
  return author
    .split(/\s*(?:;|,|\band\b|&)\s*/)
    .map((a) => a.trim())
    .filter((a) => /\p{L}/u.test(a))
    .slice(0, 100);
}

/** The file name of a PDF address without `.pdf`, as a title of last resort. */
export function fileTitle(url: string): string | undefined {
  try {
    const name = decodeURIComponent(new URL(url).pathname.split('/').filter(Boolean).pop() ?? '');
    const bare = name.replace(/\.pdf$/i, '').replace(/[_+]+/g, ' ').trim();
    return bare.length >= 3 ? bare : undefined;
  } catch {
    return undefined;
  }
}

/** The paper of a PDF: what the library and the arXiv API say first, then the PDF itself. */
export function pdfPaper(clues: PdfClues): PdfPaper {
  const pdfUrl = withoutFragment(clues.url);
  const ids = { ...(clues.arxiv?.doi ? { doi: clues.arxiv.doi.toLowerCase() } : {}), ...clues.entry?.ids, ...clues.fromUrl?.ids };
  const candidates: Array<[PdfPaper['titleFrom'], string | undefined]> = [
    ['library', clues.entry?.title],
    ['arxiv', clues.arxiv?.title],
    ['pdf-info', plausibleTitle(clues.info?.title)],
    ['first-page', clues.firstPageTitle],
    // An arXiv id names the paper well enough (addPaper titles it "arXiv:<id>").
    ['file-name', ids.arxiv ? undefined : fileTitle(pdfUrl)],
  ];
  const [titleFrom, title] = candidates.find(([, t]) => t?.trim()) ?? ['none', undefined];
  const authors = clues.entry?.authors.length ? clues.entry.authors : clues.arxiv?.authors.length ? clues.arxiv.authors : authorsFromInfo(clues.info?.author);
  const year = clues.entry?.year ?? clues.arxiv?.year;
  const abstract = clues.entry?.abstract ?? clues.arxiv?.abstract;
  // The paper's page is its abstract page when one is known; otherwise the PDF itself.
  const url = clues.entry?.url ?? (ids.arxiv ? `https://arxiv.org/abs/${ids.arxiv}` : pdfUrl);
  const paper: NewPaper = {
    ids,
    ...(title ? { title: title.trim() } : {}),
    authors,
    ...(year !== undefined ? { year } : {}),
    ...(clues.entry?.venue ? { venue: clues.entry.venue } : {}),
    ...(abstract ? { abstract } : {}),
    url,
    pdfUrl,
  };
  return { paper, titleFrom };
}
