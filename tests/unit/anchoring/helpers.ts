/** Fixture loading and selection helpers for the anchoring tests. */
import { htmlDocument, readFixture } from '../detect/load-fixture';

/** The FLAME arXiv HTML page as saved. */
export const FLAME = 'pages/arxiv-html-2411.11927v1.html';

/**
 * A fixture (path under tests/fixtures) loaded as the test's document. Not a DOMParser
 * document of its own: happy-dom's createRange() always belongs to the window's document.
 */
export function page(path: string): Document {
  const parsed = htmlDocument(readFixture(path));
  document.body.replaceWith(document.importNode(parsed.body, true));
  return document;
}

/** A Range over `phrase` inside the one text node that contains it (as a user selection would be). */
export function selectInText(doc: Document, phrase: string, after?: Node): Range {
  const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  if (after) walker.currentNode = after;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(phrase);
    if (at >= 0) {
      const range = doc.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + phrase.length);
      return range;
    }
  }
  throw new Error(`"${phrase}" is not in one text node of the page`);
}

/** A Range from the start of text `from` to the end of the next text `to` in a later text node. */
export function selectAcross(doc: Document, from: string, to: string): Range {
  const a = selectInText(doc, from);
  const b = selectInText(doc, to, a.startContainer);
  const range = doc.createRange();
  range.setStart(a.startContainer, a.startOffset);
  range.setEnd(b.endContainer, b.endOffset);
  return range;
}

/** Text of a range with white space collapsed, for comparing what was found. */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
