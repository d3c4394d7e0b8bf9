/**
 * Single-page sites (OpenReview, Semantic Scholar, Hugging Face) change the URL without a
 * new page, so the content script would not run again. On each URL change the page is
 * detected again once it has caught up: detection is retried until it finds a title (the
 * adapters ignore heads still describing the previous paper), then reported once.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Detector } from '../detect/detector';
import type { ContentMessage } from '../messaging';

const RETRY_MS = 250;
const TRIES = 12;

/** Re-detects and reports the page after every in-page navigation. */
export function redetectOnNavigation(ctx: ContentScriptContext, { detect }: Pick<Detector, 'detect'>): void {
  let navigation = 0;
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    const mine = ++navigation;
    let tries = 0;
    const attempt = (): void => {
      if (mine !== navigation) return; // A newer navigation took over.
      const ref = detect(location.href, document);
      if (!ref?.title && ++tries < TRIES) {
        ctx.setTimeout(attempt, RETRY_MS);
        return;
      }
      const message: ContentMessage = { type: 'pageScanned', ref };
      void browser.runtime.sendMessage(message).catch(() => undefined);
    };
    ctx.setTimeout(attempt, RETRY_MS);
  });
}
