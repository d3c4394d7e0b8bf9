/**
 * Whether the reader may download from a PDF's site. The paper sites are granted at install
 * (lib/sites.ts); any other https site is an optional permission, asked for on a click
 * (browsers grant optional permissions only in answer to a user gesture).
 */
import { browser } from 'wxt/browser';

/** The match pattern covering a PDF's site, e.g. `https://example.org/*`. */
export function originPattern(pdfUrl: string): string {
  const { protocol, host } = new URL(pdfUrl);
  return `${protocol}//${host}/*`;
}

/** Whether the extension may already fetch from the PDF's site. */
export async function hasHostAccess(pdfUrl: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(pdfUrl)] });
  } catch {
    return false; // A pattern the browser refuses cannot be granted either.
  }
}

/** Asks the user to let the reader download from the PDF's site (call from a click handler). */
export async function requestHostAccess(pdfUrl: string): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: [originPattern(pdfUrl)] });
  } catch {
    return false;
  }
}
