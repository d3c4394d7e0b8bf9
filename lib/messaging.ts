/**
 * The one message protocol between content scripts, extension pages and the background.
 * Every message is validated with these schemas where it is received (DESIGN.md rule 3);
 * content scripts import only the types, so zod never enters the page.
 */
import { z } from 'zod';
import type { CatalogueMatch } from './catalogue/match';
import { MAX_LINK_LENGTH, MAX_LINKS, MAX_LISTED } from './detect/listings/types';
import { HIGHLIGHT_CONTENT_MESSAGES, type HighlightReplies, type HighlightTabMessage } from './highlight-messages';
import type { PaperRef, ReadingStatus } from './paper';

const text = (max: number) => z.string().max(max);
const httpUrl = z
  .string()
  .max(2048)
  .refine((u) => /^https?:\/\//i.test(u), 'not an http(s) URL');

/** Schema of a PaperRef as it crosses a boundary: bounded sizes, no unknown keys. */
export const PaperRefSchema = z
  .object({
    ids: z
      .object({
        arxiv: text(64).optional(),
        doi: text(256).optional(),
        openreview: text(128).optional(),
        acl: text(128).optional(),
        s2: text(64).optional(),
        pmid: text(32).optional(),
        pmcid: text(32).optional(),
        ieee: text(32).optional(),
        pii: text(64).optional(),
        neurips: text(64).optional(),
        pmlr: text(200).optional(),
        cvf: text(300).optional(),
        jmlr: text(100).optional(),
      })
      .strict(),
    version: text(8).optional(),
    title: text(1000).optional(),
    authors: z.array(text(300)).max(500),
    year: z.number().int().min(1000).max(3000).optional(),
    venue: text(500).optional(),
    abstract: text(20000).optional(),
    pdfUrl: httpUrl.optional(),
    url: httpUrl,
    site: text(64),
    kind: z.enum(['abstract', 'html', 'pdf', 'other']),
  })
  .strict();

/** Messages a content script sends. */
export const ContentMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('pageScanned'), ref: PaperRefSchema.nullable() }).strict(),
  // One batched question per listing page (never one per link), bounded against pages of fake entries.
  z
    .object({
      type: z.literal('lookupPapers'),
      items: z
        .array(
          z
            .object({ ids: PaperRefSchema.shape.ids, title: text(1000).optional(), links: z.array(text(MAX_LINK_LENGTH)).max(MAX_LINKS).optional() })
            .strict(),
        )
        .max(MAX_LISTED),
    })
    .strict(),
  // The content script found itself on a listing page: the background injects the marks' code.
  z.object({ type: z.literal('loadListMarks') }).strict(),
  ...HIGHLIGHT_CONTENT_MESSAGES,
]);

/** Messages extension pages (popup, library, reader) send. */
export const PageMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('getTabState'), tabId: z.number().int().nonnegative() }).strict(),
  z.object({ type: z.literal('retryMetadata'), tabId: z.number().int().nonnegative() }).strict(),
  z.object({ type: z.literal('libraryChanged') }).strict(),
  // The library page imported, updated, enabled, disabled, renamed or deleted a catalogue.
  z.object({ type: z.literal('cataloguesChanged') }).strict(),
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
