/**
 * The one message protocol between content scripts, extension pages and the background.
 * Every message is validated with these schemas where it is received (DESIGN.md rule 3);
 * content scripts import only the types, so zod never enters the page.
 */
import * as z from 'zod/mini';
import type { CatalogueMatch } from './catalogue/match';
import { MAX_LINK_LENGTH, MAX_LINKS, MAX_LISTED } from './detect/listings/types';
import { HIGHLIGHT_CONTENT_MESSAGES, type HighlightReplies, type HighlightTabMessage } from './highlight-messages';
import type { PaperRef, ReadingStatus } from './paper';

// zod's mini build: the same checks as the classic API, without its chainable methods, whose
// copies per schema cost the service worker ≈15 ms at every start (these schemas are built
// before it can answer its first message), and with a fraction of its code.
const text = (max: number) => z.string().check(z.maxLength(max));
const optionalText = (max: number) => z.optional(text(max));
const httpUrl = z.string().check(
  z.maxLength(2048),
  z.refine((u) => /^https?:\/\//i.test(u), 'not an http(s) URL'),
);
const ids = z.strictObject({
  arxiv: optionalText(64),
  doi: optionalText(256),
  openreview: optionalText(128),
  acl: optionalText(128),
  s2: optionalText(64),
  pmid: optionalText(32),
  pmcid: optionalText(32),
  ieee: optionalText(32),
  pii: optionalText(64),
  neurips: optionalText(64),
  pmlr: optionalText(200),
  cvf: optionalText(300),
  jmlr: optionalText(100),
});

/** Schema of a PaperRef as it crosses a boundary: bounded sizes, no unknown keys. */
export const PaperRefSchema = z.strictObject({
  ids,
  version: optionalText(8),
  title: optionalText(1000),
  authors: z.array(text(300)).check(z.maxLength(500)),
  year: z.optional(z.int().check(z.minimum(1000), z.maximum(3000))),
  venue: optionalText(500),
  abstract: optionalText(20000),
  pdfUrl: z.optional(httpUrl),
  url: httpUrl,
  site: text(64),
  kind: z.enum(['abstract', 'html', 'pdf', 'other']),
});

const tabId = z.int().check(z.nonnegative());

/** Messages a content script sends. */
export const ContentMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('pageScanned'), ref: z.nullable(PaperRefSchema) }),
  // One batched question per listing page (never one per link), bounded against pages of fake entries.
  z.strictObject({
    type: z.literal('lookupPapers'),
    items: z
      .array(
        z.strictObject({
          ids,
          title: optionalText(1000),
          links: z.optional(z.array(text(MAX_LINK_LENGTH)).check(z.maxLength(MAX_LINKS))),
        }),
      )
      .check(z.maxLength(MAX_LISTED)),
  }),
  // The content script found itself on a listing page: the background injects the marks' code.
  z.strictObject({ type: z.literal('loadListMarks') }),
  ...HIGHLIGHT_CONTENT_MESSAGES,
]);

/** Messages extension pages (popup, library, reader) send. */
export const PageMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('getTabState'), tabId }),
  z.strictObject({ type: z.literal('retryMetadata'), tabId }),
  z.strictObject({ type: z.literal('libraryChanged') }),
  // The library page imported, updated, enabled, disabled, renamed or deleted a catalogue.
  z.strictObject({ type: z.literal('cataloguesChanged') }),
]);

/** Messages the background sends to content scripts (validated there by shape and sender). */
export type TabMessage = { type: 'libraryChanged' } | HighlightTabMessage;

/** A message sent by a content script. */
export type ContentMessage = z.infer<typeof ContentMessageSchema>;
/** A message sent by an extension page. */
export type PageMessage = z.infer<typeof PageMessageSchema>;

/** Where a tab stands: what the popup shows and the badge summarises. */
export type TabPhase =
  | 'unknown' // nothing scanned yet (the popup may scan it)
  | 'not-paper'
  | 'paper'
  | 'loading-metadata' // a PDF whose metadata is being fetched from the arXiv API
  | 'metadata-unavailable'; // that fetch failed (offline, timeout, garbage)

/** Per-tab state kept by the background in storage.session. */
export interface TabState {
  tabId: number;
  url: string;
  phase: TabPhase;
  ref: PaperRef | null;
  match: CatalogueMatch | null;
  /** Why metadata is unavailable, in words for the user. */
  error?: string;
}

/** What the background knows of one listed paper: in your list (with its status) and/or in a catalogue. */
export interface ListLookup {
  inList: boolean;
  status?: ReadingStatus;
  catalogueName?: string;
}

/** Failures cross boundaries as values, because Error does not serialise. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Replies to the highlight messages (lib/highlight-messages.ts). */
type HighlightResults = { [K in keyof HighlightReplies]: Result<HighlightReplies[K]> };

/** Replies, per message type. */
export interface Replies extends HighlightResults {
  pageScanned: Result<TabState>;
  lookupPapers: Result<ListLookup[]>;
  loadListMarks: Result<null>;
  getTabState: Result<TabState>;
  retryMetadata: Result<TabState>;
  libraryChanged: Result<null>;
  cataloguesChanged: Result<null>;
}
