/// <reference types="chrome" />
/** Page-side helpers of the highlight e2e tests: selecting text and reading the marks. */
import type { Page } from 'playwright-core';
import { eventually, type Session } from './harness';

/** Selects from the start of `from` to the end of `to` (the next text node holding it) and releases the mouse there. */
export async function select(page: Page, from: string, to = from): Promise<void> {
  await page.evaluate(([a, b]: [string, string]) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let start: [Node, number] | null = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      if (!start && text.includes(a)) start = [n, text.indexOf(a)];
      if (start && text.includes(b) && (n !== start[0] || text.indexOf(b) >= start[1])) {
        const range = document.createRange();
        range.setStart(...start);
        range.setEnd(n, text.indexOf(b, n === start[0] ? start[1] : 0) + b.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        n.parentElement!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, composed: true }));
        return;
      }
    }
    throw new Error(`no "${a}"…"${b}" on the page`);
  }, [from, to] as [string, string]);
}

/** Selects and waits for the toolbar (the content script needs a moment to learn the page is a paper). */
export async function selectWithToolbar(page: Page, from: string, to = from): Promise<void> {
  await eventually(async () => {
    await select(page, from, to);
    return page
      .getByTestId('highlight-toolbar')
      .waitFor({ state: 'visible', timeout: 1_000 })
      .then(() => true, () => false);
  }, 'the highlight toolbar');
}

/** The text of all marks (under `within`), in document order, with their comments and colours. */
export const marks = (page: Page, within = 'body') =>
  page.evaluate((scope) => {
    const all = [...document.querySelectorAll<HTMLElement>(`${scope} mark[data-marginalia-highlight]`)];
    // A formula is marked whole; its TeX annotation is not shown, so it is not compared.
    const shown = (m: HTMLElement) => {
      const copy = m.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('annotation').forEach((a) => a.remove());
      return copy.textContent;
    };
    return { text: all.map(shown).join(''), titles: [...new Set(all.map((m) => m.title))], colors: [...new Set(all.map((m) => m.dataset.marginaliaColor))] };
  }, within);

/**
 * Waits until the page of tab `tabId` has sent its anchoring report, which it does once every
 * highlight has been looked for. Anchoring runs in 30 ms slices, so on a busy machine the first
 * mark can show while others are still to come. The report is kept by the background under
 * `anchors:<tabId>` in storage.session (lib/background/anchor-store.ts).
 */
export async function anchored(session: Session, tabId: number): Promise<void> {
  await eventually(async () => {
    const worker = await session.worker();
    return worker.evaluate(async (id) => `anchors:${id}` in (await chrome.storage.session.get(`anchors:${id}`)), tabId);
  }, `the anchoring report of tab ${tabId}`);
}
