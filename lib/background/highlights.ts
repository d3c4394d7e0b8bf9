/**
 * The background's side of highlighting on pages. Content scripts ask; the paper is always
 * the one the background recorded for the sender's tab (from the page's detection, checked
 * against the tab's current address), never anything the message names.
 */
import type { MarginaliaDB } from '../db/database';
import { getHighlight, highlightPaper } from '../db/highlight-paper';
import { deleteHighlight, highlightsOf, restoreHighlight, updateHighlight } from '../db/highlights';
import { findPaperFor } from '../db/library';
import type { HighlightContentMessage, HighlightReplies } from '../highlight-messages';
import type { Replies, Result, TabState } from '../messaging';
import type { Highlight, LibraryEntry, PaperRef } from '../paper';
import { setAnchorStatus } from './anchor-store';
import * as tabs from './tab-store';

/** What the highlight handlers need, passed in by createBackground (and by tests). */
export interface HighlightDeps {
  db: MarginaliaDB;
  now: () => number;
  /** A paper was added to the list: badges and listing marks must follow. */
  libraryChanged(): Promise<void>;
  /** Injects the anchoring and toolbar script into a tab's top frame (entrypoints/highlight-ui.ts). */
  injectHighlightUi(tabId: number): Promise<void>;
}

/** A content script of a tab, as checked by isContentScript. */
export interface TabSender {
  tab: { id: number };
  url?: string;
}

/** A page address without its fragment: following a link to #S2 is still the same page. */
export const withoutHash = (url: string) => url.replace(/#.*$/, '');

const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** Handlers for the highlight messages of content scripts. */
export function createHighlightHandlers(deps: HighlightDeps) {
  const { db } = deps;

  /** The tab's state, if it describes the page the sender is on now. */
  async function pageOf(sender: TabSender): Promise<TabState | null> {
    const state = await tabs.getTabState(sender.tab.id);
    return state && withoutHash(state.url) === withoutHash(sender.url ?? '') ? state : null;
  }

  async function paperOf(sender: TabSender): Promise<{ ref: PaperRef; entry: LibraryEntry | undefined }> {
    const state = await pageOf(sender);
    if (!state?.ref || state.phase === 'loading-metadata') throw new Error('Marginalia has not recognised a paper on this page.');
    return { ref: state.ref, entry: await findPaperFor(db, state.ref) };
  }

  /** A highlight of the sender's paper; anything else is refused. */
  async function own(sender: TabSender, id: string): Promise<Highlight> {
    const { entry } = await paperOf(sender);
    const highlight = await getHighlight(db, id);
    if (!entry || !highlight || highlight.paperId !== entry.id) throw new Error('This highlight does not belong to this paper.');
    return highlight;
  }

  async function getAll(sender: TabSender): Promise<HighlightReplies['getHighlights']> {
    const state = await pageOf(sender);
    if (!state || state.phase === 'unknown' || state.phase === 'loading-metadata') return { page: 'pending', highlights: [] };
    if (!state.ref) return { page: 'not-paper', highlights: [] };
    const entry = await findPaperFor(db, state.ref);
    return { page: 'paper', highlights: entry ? await highlightsOf(db, entry.id) : [] };
  }

  /** Answers one (already validated) highlight message from a content script. */
  async function onMessage(message: HighlightContentMessage, sender: TabSender): Promise<Replies[HighlightContentMessage['type']]> {
    switch (message.type) {
      case 'getHighlights':
        return ok(await getAll(sender));
      case 'createHighlight': {
        const { ref } = await paperOf(sender);
        const source = withoutHash(sender.url ?? ref.url);
        const made = await highlightPaper(db, ref, { source, selector: message.selector, color: message.color, comment: message.comment }, deps.now());
        if (made.addedPaper) await deps.libraryChanged().catch(() => undefined);
        return ok({ highlight: made.highlight, addedPaper: made.addedPaper });
      }
      case 'updateHighlight': {
        await own(sender, message.id);
        return ok(await updateHighlight(db, message.id, { color: message.color, comment: message.comment }, deps.now()));
      }
      case 'deleteHighlight': {
        await own(sender, message.id);
        return ok((await deleteHighlight(db, message.id)) ?? null);
      }
      case 'restoreHighlight': {
        const { entry } = await paperOf(sender);
        const highlight = message.highlight as Highlight;
        const existing = await getHighlight(db, highlight.id);
        if (!entry || highlight.paperId !== entry.id || (existing && existing.paperId !== entry.id)) {
          throw new Error('This highlight does not belong to this paper.');
        }
        await restoreHighlight(db, highlight);
        return ok(highlight);
      }
      case 'loadHighlightUi': {
        const state = await pageOf(sender);
        if (!state?.ref) throw new Error('Marginalia has not recognised a paper on this page.');
        await deps.injectHighlightUi(sender.tab.id);
        return ok(null);
      }
      case 'anchorStatus': {
        if (!(await pageOf(sender))) throw new Error('Marginalia has not recognised this page yet.');
        const { found, orphans, elsewhere } = message;
        await setAnchorStatus({ tabId: sender.tab.id, url: withoutHash(sender.url ?? ''), found, orphans, elsewhere });
        return ok(null);
      }
    }
  }

  return { onMessage };
}
