/**
 * The highlight part of the message protocol (lib/messaging.ts includes these schemas in
 * ContentMessageSchema). Content scripts import only the types, so zod stays out of pages.
 */
import { z } from 'zod';
import { MAX_COMMENT_LENGTH, MAX_QUOTE_LENGTH } from './db/highlights';
import { HIGHLIGHT_COLORS, type Highlight } from './paper';

const id = z.string().min(1).max(64);
const offset = z.number().int().nonnegative().max(1e9);

/** A W3C selector as it crosses a boundary; context is bounded (describe keeps 32 characters). */
export const SelectorSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('TextQuoteSelector'),
      exact: z.string().min(1).max(MAX_QUOTE_LENGTH),
      prefix: z.string().max(256),
      suffix: z.string().max(256),
    })
    .strict(),
  z
    .object({ type: z.literal('TextPositionSelector'), start: offset, end: offset })
    .strict()
    .refine((s) => s.start <= s.end, 'a position selector ends after it starts'),
  z.object({ type: z.literal('PageSelector'), index: z.number().int().nonnegative().max(100_000) }).strict(),
]);

const selectors = z.array(SelectorSchema).min(1).max(4);
const color = z.enum(HIGHLIGHT_COLORS);
const comment = z.string().max(MAX_COMMENT_LENGTH);

/** A whole highlight, as sent back for undo. */
export const HighlightSchema = z
  .object({
    id,
    paperId: id,
    target: z.object({ source: z.string().max(2048), selector: selectors }).strict(),
    color,
    comment,
    createdAt: z.number().int().nonnegative(),
    updatedAt: z.number().int().nonnegative(),
  })
  .strict();

const ids = z.array(id).max(10_000);

/** Highlight messages a content script sends; the page and paper always come from the tab, never from here. */
export const HIGHLIGHT_CONTENT_MESSAGES = [
  z.object({ type: z.literal('getHighlights') }).strict(),
  z.object({ type: z.literal('createHighlight'), selector: selectors, color, comment: comment.optional() }).strict(),
  z.object({ type: z.literal('updateHighlight'), id, color: color.optional(), comment: comment.optional() }).strict(),
  z.object({ type: z.literal('deleteHighlight'), id }).strict(),
  z.object({ type: z.literal('restoreHighlight'), highlight: HighlightSchema }).strict(),
  z.object({ type: z.literal('anchorStatus'), found: ids, orphans: ids, elsewhere: ids }).strict(),
  // The toolbar is injected on first use (lib/content/highlighter/ui.ts).
  z.object({ type: z.literal('loadHighlightUi') }).strict(),
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
