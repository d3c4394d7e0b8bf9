/**
 * The one message protocol between content scripts, extension pages and the background.
 * Every message is validated with these schemas where it is received (DESIGN.md rule 3);
 * content scripts import only the types, so zod never enters the page.
 */
import { z } from 'zod';
import type { CatalogueMatch } from './catalogue/match';
import type { PaperRef } from './paper';

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
]);

/** Messages extension pages (popup, library, reader) send. */
export const PageMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('getTabState'), tabId: z.number().int().nonnegative() }).strict(),
  z.object({ type: z.literal('retryMetadata'), tabId: z.number().int().nonnegative() }).strict(),
  z.object({ type: z.literal('libraryChanged') }).strict(),
]);

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

/** Failures cross boundaries as values, because Error does not serialise. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Replies, per message type. */
export interface Replies {
  pageScanned: Result<TabState>;
  getTabState: Result<TabState>;
  retryMetadata: Result<TabState>;
  libraryChanged: Result<null>;
}
