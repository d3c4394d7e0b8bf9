/**
 * Describing a selection as W3C Web Annotation selectors, and finding those selectors
 * again on a page that may have changed: by position, then exact quote, then fuzzy quote.
 */
import type { Selector, TextPositionSelector, TextQuoteSelector } from '../paper';
import { matchQuote } from './match-quote';
import { indexFor, type AnchorRoot, type TextIndex } from './text-index';

/** Characters of context kept either side of a quote. */
export const CONTEXT_LENGTH = 32;

/** A passage as text positions in an index. */
export interface TextSpan {
  start: number;
  end: number;
}

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/**
 * The selectors of a range: a text-quote selector (exact text, 32 characters either side)
 * and a text-position selector over `root`'s text. White space at either edge is left out.
 * Returns [] for a range holding no text.
 */
export function describe(root: AnchorRoot, range: Range): Selector[] {
  const index = indexFor(root);
  let start = index.positionOf(range.startContainer, range.startOffset);
  let end = index.positionOf(range.endContainer, range.endOffset);
  const { text } = index;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  if (start >= end) return [];
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

/** The quote and position selectors of a target, when present. */
export function textSelectors(selectors: readonly Selector[]): { quote?: TextQuoteSelector; position?: TextPositionSelector } {
  return {
    quote: selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector'),
    position: selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector'),
  };
}

/**
 * Where a target's passage is in an index's text, or null when it cannot be found.
 * The stored position wins when the text there is still the quote; otherwise the quote is
 * searched for, exactly then approximately, near the stored position first.
 */
export function locate(index: TextIndex, selectors: readonly Selector[]): TextSpan | null {
  const { quote, position } = textSelectors(selectors);
  const { text } = index;
  if (position && position.start < position.end && position.end <= text.length) {
    if (!quote || text.slice(position.start, position.end) === quote.exact) return { start: position.start, end: position.end };
  }
  if (!quote) return null;
  const found = matchQuote(text, quote, position?.start);
  return found && found.start < found.end ? { start: found.start, end: found.end } : null;
}

/** A Range for the passage the selectors describe in `root`, or null when it is gone. */
export function anchor(root: AnchorRoot, selectors: readonly Selector[]): Range | null {
  const index = indexFor(root);
  const span = locate(index, selectors);
  return span ? index.rangeFor(span.start, span.end) : null;
}
