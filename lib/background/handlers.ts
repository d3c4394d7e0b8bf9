import { findPaperFor, mergeAliases } from '../db/library';
import { detectFromUrl } from '../detect';
import { isListingUrl } from '../detect/listings/addresses';
import { resolveListed } from '../detect/listings/links';
import { ContentMessageSchema, PageMessageSchema, type Replies, type Result, type TabMessage, type TabState } from '../messaging';
import type { PaperRef } from '../paper';
import { clearAnchorStatus } from './anchor-store';
import { badgeFor, type Badge } from './badge';
import { completeFromCatalogue, completeFromLibrary } from './complete';
import { createHighlightHandlers, withoutHash } from './highlights';
import { lookupListed } from './lookup';
import { needsMetadata, resolvePage, type ResolveDeps } from './resolve';
import { isContentScript, isExtensionPage, type SenderInfo } from './senders';
import * as tabs from './tab-store';

/** The browser-facing parts of the background, passed in by the entrypoint (and by tests). */
export interface BackgroundDeps extends ResolveDeps {
  extensionId: string;
  extensionOrigin: string;
  setBadge(tabId: number, badge: Badge): Promise<void>;
  /** Runs the detector in a tab the content script does not cover (activeTab); it reports back with pageScanned. */
  injectDetector(tabId: number): Promise<void>;
  tabUrl(tabId: number): Promise<string | undefined>;
  /** Tells the content scripts of open paper and listing tabs (listing marks follow the list live). */
  notifyTabs?(message: TabMessage): Promise<void>;
  /** Injects the highlight toolbar into a tab's top frame when its page first needs it. */
  injectHighlightUi?(tabId: number): Promise<void>;
  /** Injects the listing readers and marks into a tab's top frame (entrypoints/list-marks.ts). */
  injectListMarks?(tabId: number): Promise<void>;
  /** Drops the loaded catalogue indexes: the set of catalogues changed (lib/background/catalogue-set.ts). */
  cataloguesChanged?(): void;
}

/** How long getTabState waits for an injected detector to report. */
const SCAN_WAIT_MS = 3000;

const fail = (error: string): Result<never> => ({ ok: false, error });

/** The background's behaviour, independent of the browser APIs it is wired to. */
export function createBackground(deps: BackgroundDeps) {
  // Waiters for an injected detector's report; in memory only, for a few seconds at most.
  const waiting = new Map<number, Array<(state: TabState) => void>>();
  const highlights = createHighlightHandlers({
    db: deps.db,
    now: deps.now,
    async libraryChanged() {
      await refreshAllBadges();
      await deps.notifyTabs?.({ type: 'libraryChanged' });
    },
    async injectHighlightUi(tabId) {
      if (!deps.injectHighlightUi) throw new Error('The highlight toolbar is not available here.');
      await deps.injectHighlightUi(tabId);
    },
  });

  async function refreshBadge(state: TabState): Promise<void> {
    const entry = state.ref ? await findPaperFor(deps.db, state.ref) : undefined;
    await deps.setBadge(state.tabId, badgeFor(state, entry));
  }

  async function save(state: TabState): Promise<TabState> {
    await tabs.setTabState(state);
    await refreshBadge(state).catch(() => undefined); // The tab may be gone; its state still counts.
    return state;
  }

  async function pageScanned(tabId: number, url: string, scanned: PaperRef | null): Promise<TabState> {
    const ref = await completeFromLibrary(deps.db, scanned);
    if (needsMetadata(ref)) await save({ tabId, url, phase: 'loading-metadata', ref, match: null });
    const resolved = completeFromCatalogue(await resolvePage(deps, tabId, url, ref));
    // A page of a saved paper may name it by new ids (its OpenReview or ACL version): remember them.
    // Only site adapters vouch for ids; the generic reader reads whatever a page claims.
    if (resolved.ref && resolved.ref.site !== 'generic') await mergeAliases(deps.db, resolved.ref).catch(() => undefined);
    const state = await save(resolved);
    waiting.get(tabId)?.forEach((resolve) => resolve(state));
    waiting.delete(tabId);
    return state;
  }

  async function scanOnDemand(tabId: number): Promise<TabState> {
    const url = (await deps.tabUrl(tabId)) ?? '';
    const unknown: TabState = { tabId, url, phase: 'not-paper', ref: null, match: null };
    if (!/^https?:\/\//.test(url)) return unknown;
    const report = new Promise<TabState>((resolve) => {
      waiting.set(tabId, [...(waiting.get(tabId) ?? []), resolve]);
      setTimeout(() => resolve(unknown), SCAN_WAIT_MS);
    });
    try {
      await deps.injectDetector(tabId);
    } catch {
      return { ...unknown, error: 'Marginalia cannot read this page.' };
    }
    return report;
  }

  async function tabState(tabId: number): Promise<TabState> {
    const known = await tabs.getTabState(tabId);
    return known && known.phase !== 'unknown' ? known : scanOnDemand(tabId);
  }

  /**
   * A content script's page address as the browser reports it now. A sender's `url` stays the
   * address its page was loaded at (checked in Chromium): after an in-page navigation
   * (pushState) only the tab's own address is current. The tab's address is taken only on the
   * same origin, which an in-page navigation keeps: a message still in flight from a page the
   * tab has since left keeps its own address.
   */
  async function currentAddress(sender: SenderInfo & { tab: { id: number } }): Promise<string | undefined> {
    const current = await deps.tabUrl(sender.tab.id).catch(() => undefined);
    const origin = (url: string | undefined) => (url && URL.canParse(url) ? new URL(url).origin : null);
    return current && origin(current) === origin(sender.url) ? current : sender.url;
  }

  /** Answers one runtime message; anything unexpected gets an error value, never an exception. */
  async function onMessage(message: unknown, sender: SenderInfo): Promise<Replies[keyof Replies]> {
    try {
      const content = ContentMessageSchema.safeParse(message);
      if (content.success) {
        if (!isContentScript(sender, deps.extensionId)) return fail('Unexpected sender.');
        // The page address comes from the browser, never from the message.
        const page = { ...sender, url: await currentAddress(sender) };
        if (content.data.type === 'lookupPapers') {
          // Listing pages only: others have no marks to ask for. Links are read against the address.
          if (!isListingUrl(page.url ?? '')) return fail('Not a listing page.');
          const items = content.data.items.map((item) => resolveListed(item, page.url ?? ''));
          return { ok: true, value: await lookupListed(deps.db, await deps.index(), items) };
        }
        if (content.data.type === 'loadListMarks') {
          if (!isListingUrl(page.url ?? '')) return fail('Not a listing page.');
          if (!deps.injectListMarks) return fail('Listing marks are not available here.');
          await deps.injectListMarks(page.tab.id);
          return { ok: true, value: null };
        }
        if (content.data.type !== 'pageScanned') return await highlights.onMessage(content.data, page);
        return { ok: true, value: await pageScanned(page.tab.id, page.url!, content.data.ref as PaperRef | null) };
      }
      const page = PageMessageSchema.safeParse(message);
      if (!page.success) return fail('Malformed message.');
      if (!isExtensionPage(sender, deps.extensionId, deps.extensionOrigin)) return fail('Unexpected sender.');
      switch (page.data.type) {
        case 'getTabState':
          return { ok: true, value: await tabState(page.data.tabId) };
        case 'retryMetadata': {
          const known = await tabs.getTabState(page.data.tabId);
          if (!known?.ref) return fail('Nothing to retry on this tab.');
          return { ok: true, value: await pageScanned(known.tabId, known.url, known.ref) };
        }
        case 'libraryChanged':
          await refreshAllBadges();
          void deps.notifyTabs?.({ type: 'libraryChanged' }).catch(() => undefined);
          return { ok: true, value: null };
        case 'cataloguesChanged':
          deps.cataloguesChanged?.();
          return { ok: true, value: null };
      }
    } catch (error) {
      return fail(error instanceof Error ? error.message : 'Something went wrong.');
    }
  }

  /** Recomputes every known tab's badge (after the library changed). */
  async function refreshAllBadges(): Promise<void> {
    await Promise.all((await tabs.allTabStates()).map((s) => refreshBadge(s).catch(() => undefined)));
  }

  /** A tab navigated: its old state no longer applies. The new page's scan will replace it. */
  async function onNavigated(tabId: number, url: string): Promise<void> {
    const known = await tabs.getTabState(tabId);
    // A fragment change (a table-of-contents link) stays on the same page.
    if (known && withoutHash(known.url) !== withoutHash(url)) {
      await tabs.clearTabState(tabId);
      await deps.setBadge(tabId, badgeFor(undefined, undefined)).catch(() => undefined);
    }
  }

  /** A tab finished loading: PDFs get no content script, so they are recognised by URL here. */
  async function onLoaded(tabId: number, url: string): Promise<void> {
    const ref = detectFromUrl(url);
    if (ref?.kind !== 'pdf') return;
    const known = await tabs.getTabState(tabId);
    if (known?.url === url && known.phase === 'paper') return;
    await pageScanned(tabId, url, ref);
  }

  /** A tab closed: forget its state and its highlights report. */
  async function onTabRemoved(tabId: number): Promise<void> {
    await Promise.all([tabs.clearTabState(tabId), clearAnchorStatus(tabId)]);
  }

  return { onMessage, onNavigated, onLoaded, refreshAllBadges, onTabRemoved };
}
