/**
 * Highlighting in pages: wires the selection, clicks on marks, the keyboard command and
 * context menu (relayed by the background) and the popup's "show me" to the controller.
 * Highlights are loaded and re-anchored on every visit and after in-page navigation; the
 * anchoring code itself comes with the lazily loaded UI (./ui.ts), only on pages that have
 * highlights or where the user selects text.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { MARK_ATTRIBUTE } from '../../anchoring/mark-attribute';
import type { TabMessage } from '../../messaging';
import { ask } from './channel';
import type { HighlightController } from './controller';
import { highlightUi, loadHighlightUi } from './load-ui';
import type { PageHighlights } from './page-highlights';

// The background learns the page from the content script's first report; until then it says "pending".
const RETRY_MS = 250;
const TRIES = 20;

/** The current selection if it is page text (not a form field, not our toolbar). */
function selectedRange(): Range | null {
  const selection = getSelection();
  if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
  const range = selection.getRangeAt(0);
  const node = range.commonAncestorContainer;
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!element || !document.body.contains(element) || element.closest('input, textarea, [contenteditable]:not([contenteditable="false"])')) return null;
  return range;
}

/** Starts highlighting on this page. */
export function startHighlighter(ctx: ContentScriptContext): void {
  // Anchoring and the toolbar are loaded on first need (see ./ui.ts); until then there is
  // nothing on the page to keep, close or scroll to.
  let page: PageHighlights | null = null;
  const withPage = async (): Promise<PageHighlights | null> => {
    if (page) return page;
    const ui = await loadHighlightUi();
    if (!ui || ctx.isInvalid) return null;
    return (page ??= ui.pageHighlights(document.body, () => location.href, (report) => void ask({ type: 'anchorStatus', ...report })));
  };
  let controller: HighlightController | null = null;
  const withController = async (use: (c: HighlightController) => unknown): Promise<void> => {
    const p = await withPage();
    const ui = highlightUi();
    if (p && ui) controller ??= ui.highlightController({ page: p, ask, copy: (text) => navigator.clipboard.writeText(text) });
    if (controller && !ctx.isInvalid) use(controller);
  };
  const inToolbar = (e: Event) => highlightUi()?.inToolbar(e) ?? false;
  let active = false; // Only paper pages get highlights.
  let loading = 0;

  const load = async (attempt = 0): Promise<void> => {
    const mine = ++loading;
    const reply = await ask({ type: 'getHighlights' });
    if (!reply.ok || ctx.isInvalid || mine !== loading) return;
    if (reply.value.page === 'pending') {
      if (attempt < TRIES) ctx.setTimeout(() => void load(attempt + 1), RETRY_MS);
      return;
    }
    active = reply.value.page === 'paper';
    const { highlights } = reply.value;
    // Most pages have no highlights: they never load the anchoring code.
    if (!page && highlights.length === 0) return;
    const p = await withPage();
    if (p && mine === loading) p.set(highlights);
  };
  void load();
  let address = location.href.replace(/#.*$/, '');
  // WXT reports a navigation from the Navigation API's `navigate` event, before the address
  // changes: look once the navigation has happened.
  ctx.addEventListener(window, 'wxt:locationchange', () =>
    ctx.setTimeout(() => {
      // Following a link to a section (#S2) stays on the same page and keeps its marks.
      if (location.href.replace(/#.*$/, '') === address) return;
      address = location.href.replace(/#.*$/, '');
      active = false;
      controller?.close();
      page?.set([]);
      void load();
    }, 0),
  );

  const offerSelection = () => {
    const range = active ? selectedRange() : null;
    if (range) void withController((c) => c.offer(range));
  };
  ctx.addEventListener(document, 'mousedown', (e) => inToolbar(e) || controller?.close(), { capture: true });
  ctx.addEventListener(document, 'mouseup', (e) => inToolbar(e) || ctx.setTimeout(offerSelection, 0));
  let keyTimer: number | undefined;
  ctx.addEventListener(document, 'keyup', (e) => {
    // Shift+arrows grow a selection from the keyboard: offer the toolbar once it rests.
    if (inToolbar(e) || (!e.shiftKey && e.key !== 'Shift')) return;
    clearTimeout(keyTimer);
    keyTimer = ctx.setTimeout(offerSelection, 250);
  });
  ctx.addEventListener(document, 'click', (e) => {
    const target = e.target instanceof Element ? e.target : null;
    const mark = target?.closest(`mark[${MARK_ATTRIBUTE}]`);
    // Links inside a highlight still work as links; a drag that selected text is not a click on a mark.
    if (!active || !mark || inToolbar(e) || target!.closest('a, button') || !getSelection()?.isCollapsed) return;
    void withController((c) => c.edit(mark.getAttribute(MARK_ATTRIBUTE)!, mark.getBoundingClientRect()));
  });

  const onMessage = (message: unknown, sender: { id?: string }): void => {
    if (sender.id !== browser.runtime.id) return;
    const m = message as TabMessage;
    if (m?.type === 'highlightSelection') {
      const range = active ? selectedRange() : null;
      if (range) void withController((c) => c.quick(range));
    } else if (m?.type === 'scrollToHighlight' && typeof m.id === 'string') page?.scrollTo(m.id);
    // The paper was removed (with its highlights) or restored elsewhere: show what is stored now.
    else if (m?.type === 'libraryChanged') void load();
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    page?.stop();
    controller?.close();
  });
}
