/**
 * The highlight part of the message protocol (lib/messaging.ts includes these schemas in
 * ContentMessageSchema). Content scripts import only the types, so zod stays out of pages.
 */
import * as z from 'zod/mini';
import { MAX_COMMENT_LENGTH, MAX_QUOTE_LENGTH } from './db/highlights';
import { HIGHLIGHT_COLORS, type Highlight } from './paper';

// zod's mini build, as in lib/messaging.ts (which says why).
const id = z.string().check(z.minLength(1), z.maxLength(64));
const count = z.int().check(z.nonnegative());
const offset = z.int().check(z.nonnegative(), z.maximum(1e9));
const bounded = (max: number) => z.string().check(z.maxLength(max));

/** A W3C selector as it crosses a boundary; context is bounded (describe keeps 32 characters). */
export const SelectorSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('TextQuoteSelector'),
    exact: z.string().check(z.minLength(1), z.maxLength(MAX_QUOTE_LENGTH)),
    prefix: bounded(256),
    suffix: bounded(256),
  }),
  z
    .strictObject({ type: z.literal('TextPositionSelector'), start: offset, end: offset })
    .check(z.refine((s) => s.start <= s.end, 'a position selector ends after it starts')),
  z.strictObject({ type: z.literal('PageSelector'), index: z.int().check(z.nonnegative(), z.maximum(100_000)) }),
]);

const selectors = z.array(SelectorSchema).check(z.minLength(1), z.maxLength(4));
const color = z.enum(HIGHLIGHT_COLORS);
const comment = bounded(MAX_COMMENT_LENGTH);

/** A whole highlight, as sent back for undo. */
export const HighlightSchema = z.strictObject({
  id,
  paperId: id,
  target: z.strictObject({ source: bounded(2048), selector: selectors }),
  color,
  comment,
  createdAt: count,
  updatedAt: count,
});

const ids = z.array(id).check(z.maxLength(10_000));

/** Highlight messages a content script sends; the page and paper always come from the tab, never from here. */
export const HIGHLIGHT_CONTENT_MESSAGES = [
  z.strictObject({ type: z.literal('getHighlights') }),
  z.strictObject({ type: z.literal('createHighlight'), selector: selectors, color, comment: z.optional(comment) }),
  z.strictObject({ type: z.literal('updateHighlight'), id, color: z.optional(color), comment: z.optional(comment) }),
  z.strictObject({ type: z.literal('deleteHighlight'), id }),
  z.strictObject({ type: z.literal('restoreHighlight'), highlight: HighlightSchema }),
  z.strictObject({ type: z.literal('anchorStatus'), found: ids, orphans: ids, elsewhere: ids }),
  // The toolbar is injected on first use (lib/content/highlighter/ui.ts).
  z.strictObject({ type: z.literal('loadHighlightUi') }),
] as const;

/** One highlight message from a content script. */
export type HighlightContentMessage = z.infer<(typeof HIGHLIGHT_CONTENT_MESSAGES)[number]>;

/** Which of a paper's highlights the page shows, as last reported by its content script. */
export interface AnchorStatus {
  tabId: number;
  /** The page (without its fragment) the report is about. */
  url: string;
  found: string[];
  /** Made on this page but not found on it any more: listed as "not found on this page". */
  orphans: string[];
  /** Made on another page of the paper (abstract page, PDF) and not found here. */
  elsewhere: string[];
}

/** Replies to highlight messages. */
export interface HighlightReplies {
  /** `pending`: the page has not been recognised yet (ask again soon); `not-paper`: no highlighting here. */
  getHighlights: { page: 'pending' | 'not-paper' | 'paper'; highlights: Highlight[] };
  createHighlight: { highlight: Highlight; addedPaper: boolean };
  updateHighlight: Highlight;
  deleteHighlight: Highlight | null;
  restoreHighlight: Highlight;
  anchorStatus: null;
  loadHighlightUi: null;
}

/** Messages the extension sends to a page's content script (background and popup). */
export type HighlightTabMessage =
  | { type: 'highlightSelection' }
  | { type: 'scrollToHighlight'; id: string };
