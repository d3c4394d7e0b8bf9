/**
 * Anchoring, pure DOM (no extension API): describe a selection as selectors, find them
 * again on a changed page, and draw highlights as marks. Shared by pages and the PDF reader.
 */
export { anchor, CONTEXT_LENGTH, describe, locate, textSelectors, type TextSpan } from './anchor';
export { HIGHLIGHT_CSS, highlightRange, highlightSpans, MARK_ATTRIBUTE, marksOf, removeHighlight, styleMark, type Placement } from './highlight';
export { matchExact, matchFuzzy, matchQuote, maxErrorsFor, MAX_ERROR_RATE, type Quote, type QuoteMatch } from './match-quote';
export { indexFor, TextIndex, textNodesOf, type AnchorRoot } from './text-index';
