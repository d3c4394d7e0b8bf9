/**
 * The reader's address: `reader.html?url=<pdf url>`. The PDF address may arrive
 * percent-encoded (from the popup and the context menu) or raw (from the automatic
 * redirect, whose rule pastes the request URL as it is), so both are read.
 */

/** The extension page of the reader, relative to the extension root. */
export const READER_PATH = '/reader.html';

/**
 * Fragment added to a PDF address by the reader's "Open original" link: the automatic
 * redirect lets such a request through (lib/reader/redirect-rules.ts), so it cannot loop.
 */
export const ORIGINAL_MARKER = 'marginalia-original';

const isWeb = (url: string) => /^https?:\/\//i.test(url);

/** The reader's URL for a PDF, under `base` (the extension root, from runtime.getURL('/')). */
export function readerUrl(base: string, pdfUrl: string): string {
  return `${base.replace(/\/+$/, '')}${READER_PATH}?url=${encodeURIComponent(pdfUrl)}`;
}

/**
 * The PDF address of a reader URL's query string (`location.search`), or null when it
 * names none or something other than an http(s) address.
 */
export function pdfUrlFrom(search: string): string | null {
  const m = /^\??url=(.*)$/s.exec(search);
  if (!m?.[1]) return null;
  let url = m[1];
  // Raw addresses keep their own query (`openreview.net/pdf?id=…&…`); encoded ones are decoded once.
  if (!isWeb(url)) {
    try {
      url = decodeURIComponent(url);
    } catch {
      return null;
    }
  }
  if (!isWeb(url)) return null;
  try {
    return new URL(url).href;
  } catch {
    return null;
  }
}

/** The first page to show from a reader URL's fragment (`#page=3`, 1-based as in PDF viewers), 0-based. */
export function pageFromHash(hash: string): number | null {
  const m = /(?:^#|&)page=(\d{1,6})\b/.exec(hash);
  return m ? Math.max(0, Number(m[1]) - 1) : null;
}

/** A PDF address without its fragment: the highlight source and the identity of the file. */
export function withoutFragment(url: string): string {
  return url.replace(/#.*$/s, '');
}

/** The address of the original PDF for the browser's own viewer, marked so that auto-open lets it through. */
export function originalUrl(pdfUrl: string): string {
  return `${withoutFragment(pdfUrl)}#${ORIGINAL_MARKER}`;
}
