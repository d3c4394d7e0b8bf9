/**
 * Where the searched words occur in a text, as ranges: the UI wraps each in a <mark>
 * element built from text pieces, so no text is ever rendered as HTML.
 */
import { normaliseTerm } from './normalise';

/** A half-open range [start, end) of a string. */
export type TextRange = readonly [number, number];

// Words as MiniSearch sees them: runs of anything but space and punctuation.
const WORD = /[^\n\r\p{Z}\p{P}]+/gu;

/**
 * Ranges of the words of `text` that begin with one of the terms (as typed; normalised
 * here). Marks the matched beginning, or the whole word when normalising changed its length.
 */
export function matchRanges(text: string, terms: readonly string[]): TextRange[] {
  const wanted = [...new Set(terms.map(normaliseTerm).filter(Boolean))];
  if (wanted.length === 0 || !text) return [];
  const ranges: TextRange[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const norm = normaliseTerm(word);
    let best = 0;
    for (const term of wanted) if (term.length > best && norm.startsWith(term)) best = term.length;
    if (best === 0) continue;
    const start = m.index;
    ranges.push([start, start + (norm.length === word.length ? best : word.length)]);
  }
  return ranges;
}

/** A text cut into plain and marked pieces, in order. */
export function splitByRanges(text: string, ranges: readonly TextRange[]): { text: string; marked: boolean }[] {
  const pieces: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}
