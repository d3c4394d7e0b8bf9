/**
 * Gathering what a PDF says about itself for identity.ts: its document information (Title,
 * Author) and the largest text near the top of its first page. Failures leave a clue out.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { firstPageTitle } from './first-page-title';

/** The PDF's own clues to its paper. */
export interface OwnClues {
  info?: { title?: string; author?: string };
  firstPageTitle?: string;
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** Reads the document information and the first page's title. */
export async function ownClues(doc: PDFDocumentProxy): Promise<OwnClues> {
  const clues: OwnClues = {};
  try {
    const { info } = await doc.getMetadata();
    const fields = info as Record<string, unknown>;
    clues.info = { title: text(fields.Title), author: text(fields.Author) };
  } catch {
    // No information dictionary: the first page still speaks.
  }
  try {
    const page = await doc.getPage(1);
    const [, , , top] = page.view;
    const { items } = await page.getTextContent();
    clues.firstPageTitle = firstPageTitle(items.filter((i) => 'str' in i), top ?? 792);
  } catch {
    // A damaged first page: no title from it.
  }
  return clues;
}
