/**
 * Marks on listing pages: every listed paper that is in your list (with its status) or in a
 * catalogue gets a chip. One batched lookup per page (and per batch of entries that appear
 * later on single-page sites), re-asked when the background says the library changed.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extractListing, listingFor } from '../detect/listings';
import { MAX_LISTED, type ListedPaper } from '../detect/listings/types';
import type { ContentMessage, Replies } from '../messaging';
import { listMark } from './list-timing';
import { isMarkHost, renderMark } from './mark-chip';

// Single-page listings render in bursts; one scan after the burst is enough.
const SCAN_DELAY_MS = 300;

async function lookup(ctx: ContentScriptContext, papers: ListedPaper[]): Promise<void> {
  if (papers.length === 0) return;
  listMark('send', 'start');
  const message: ContentMessage = { type: 'lookupPapers', items: papers.map((p) => p.ref) };
  const sent = browser.runtime.sendMessage(message);
  listMark('send', 'end');
  const reply = (await sent.catch(() => undefined)) as Replies['lookupPapers'] | undefined;
  if (!reply?.ok || ctx.isInvalid) return;
  listMark('render', 'start');
  reply.value.forEach((answer, i) => {
    const paper = papers[i];
    if (paper?.element.isConnected) renderMark(paper.element, answer);
  });
  listMark('render', 'end');
}

/** Starts marking listed papers on this page, now and as the page or the library changes. */
export function startListMarks(ctx: ContentScriptContext): void {
  const tracked = new Map<Element, ListedPaper>();
  let timer: number | undefined;

  const scan = (): void => {
    timer = undefined;
    watch();
    for (const element of tracked.keys()) if (!element.isConnected) tracked.delete(element);
    const room = MAX_LISTED - tracked.size;
    // A page that keeps adding entries past the cap is not read again and again.
    if (room <= 0 || !listingFor(location.href)) return;
    listMark('extract', 'start');
    const fresh = extractListing(location.href, document).filter((p) => !tracked.has(p.element)).slice(0, room);
    for (const paper of fresh) tracked.set(paper.element, paper);
    listMark('extract', 'end');
    void lookup(ctx, fresh);
  };
  const schedule = (): void => {
    if (timer === undefined) timer = ctx.setTimeout(scan, SCAN_DELAY_MS);
  };

  const observer = new MutationObserver((records) => {
    // Our own chips coming and going are no news about the listing.
    if (records.some((r) => Array.from(r.addedNodes).some((n) => !isMarkHost(n)))) schedule();
  });
  // Only listing addresses are watched: a paper page (MathJax typesetting an arXiv HTML paper
  // adds thousands of nodes) would otherwise pay for a callback on every change, for nothing.
  let watching = false;
  const watch = (): void => {
    const listing = listingFor(location.href) !== undefined;
    if (listing && !watching) observer.observe(document.body, { childList: true, subtree: true });
    if (!listing && watching) observer.disconnect();
    watching = listing;
  };
  ctx.onInvalidated(() => observer.disconnect());
  // The scan (after SCAN_DELAY_MS) starts or stops watching: WXT reports a navigation before
  // the address changes, so `location` is only right by then.
  ctx.addEventListener(window, 'wxt:locationchange', schedule);

  const onMessage = (message: unknown, sender: { id?: string }): void => {
    // Only the background may say the library changed; pages cannot message content scripts.
    if (sender.id !== browser.runtime.id || (message as { type?: unknown })?.type !== 'libraryChanged') return;
    void lookup(ctx, [...tracked.values()].filter((p) => p.element.isConnected));
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  scan();
}
