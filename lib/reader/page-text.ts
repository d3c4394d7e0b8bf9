/**
 * A PDF page's text as highlights count it. pdf.js gives a page's text as items (runs of
 * text, some ending a line); its text layer draws one span per item and a <br> per line end.
 * The page text is the items' strings with one space per line end, and the text layer is
 * given a matching space before every <br>, so that text positions computed from the items
 * (search, tests) and from the DOM (anchoring) agree, and quotes read "end of line next".
 */
import type { PageSelector, Selector } from '../paper';

/** What page-text needs of a pdf.js text item (marked-content items have no `str`). */
export interface TextItemLike {
  str?: string;
  hasEOL?: boolean;
}

/** The separator standing for a line end in page text. */
export const LINE_END = ' ';

/** A page's text from its text items, as the text layer (after addLineEnds) holds it. */
export function pageText(items: readonly TextItemLike[]): string {
  let text = '';
  for (const item of items) {
    if (item.str === undefined) continue;
    text += item.str;
    if (item.hasEOL) text += LINE_END;
  }
  return text;
}

/**
 * Puts a space text node before every line-end <br> of a rendered text layer. The node is
 * laid out in the layer's own (empty) flow, so it shows nothing and moves no span.
 */
export function addLineEnds(textLayer: Element): void {
  for (const br of textLayer.querySelectorAll('br')) {
    br.before(br.ownerDocument.createTextNode(LINE_END));
  }
}

/** The page a highlight is on (0-based), or null for highlights made outside a PDF. */
export function pageIndexOf(selectors: readonly Selector[]): number | null {
  const page = selectors.find((s): s is PageSelector => s.type === 'PageSelector');
  return page ? page.index : null;
}

/** A page's text selectors with the page selector in front: the target of a PDF highlight. */
export function onPage(index: number, selectors: readonly Selector[]): Selector[] {
  if (selectors.length === 0) return [];
  return [{ type: 'PageSelector', index }, ...selectors.filter((s) => s.type !== 'PageSelector')];
}
