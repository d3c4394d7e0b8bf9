/**
 * Listing marks, loaded only where they are needed. Reading listings and drawing the chips
 * (./list-marks.ts, injected by the background as entrypoints/list-marks.ts) was a fifth of
 * the content script, which every paper page compiles. This part waits for a listing
 * address, at load or after an in-page navigation, asks for the rest and hands over to it.
 * Both share the extension's isolated world, which is how the loaded script is found.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isListingUrl } from '../detect/listings/addresses';
import { ask } from './highlighter/channel';

/** The isolated world's global under which entrypoints/list-marks.ts hands over the marks. */
export const LIST_MARKS_GLOBAL = '__marginaliaListMarks';

/** What the lazily loaded script provides. */
export interface ListMarksUi {
  startListMarks(ctx: ContentScriptContext): void;
}

// WXT reports an in-page navigation before the address changes (as ./list-marks.ts notes).
const SETTLE_MS = 300;
// A failed load (the worker restarting, say) is tried once more after this long.
const RETRY_MS = 1_000;

/** The loaded marks, if the background has injected them into this page. */
export function listMarksUi(): ListMarksUi | undefined {
  return (globalThis as Record<string, unknown>)[LIST_MARKS_GLOBAL] as ListMarksUi | undefined;
}

/** Starts listing marks on this page once its address is a listing's; they then follow the page themselves. */
export function watchForListings(ctx: ContentScriptContext): void {
  let state: 'waiting' | 'loading' | 'started' = 'waiting';
  const check = async (retry = true): Promise<void> => {
    if (state !== 'waiting' || ctx.isInvalid || !isListingUrl(location.href)) return;
    state = 'loading';
    if (!listMarksUi()) await ask({ type: 'loadListMarks' });
    const ui = listMarksUi();
    // A failed load is tried once more, then again at the next navigation: never in a loop.
    if (!ui || ctx.isInvalid) {
      state = 'waiting';
      if (!ui && retry) ctx.setTimeout(() => void check(false), RETRY_MS);
      return;
    }
    state = 'started';
    ui.startListMarks(ctx);
  };
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (state === 'waiting') ctx.setTimeout(() => void check(), SETTLE_MS);
  });
  void check();
}
