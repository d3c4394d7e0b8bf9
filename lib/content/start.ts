/**
 * What every content script does on a page, whichever family of sites it serves
 * (entrypoints/*.content.ts): detect and report the paper, again after in-page navigations,
 * mark listings and restore highlights.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Detector } from '../detect/detector';
import { startHighlighter } from './highlighter';
import { watchForListings } from './list-marks-loader';
import { reportPage } from './report';
import { redetectOnNavigation } from './spa';

/** Options every content script is defined with. */
export const CONTENT_SCRIPT_OPTIONS = {
  runAt: 'document_idle',
  // WXT also announces each start to the page with window.postMessage (kept only for older WXT
  // versions, which we never mix): measured at ≈6 ms of main-thread time on every paper page,
  // and the page has no business hearing from us. Its document event is enough.
  noScriptStartedPostMessage: true,
} as const;

/** Starts the content script's work on this page, detecting with `detector`. */
export function startContentScript(ctx: ContentScriptContext, detector: Detector): void {
  void reportPage(detector);
  redetectOnNavigation(ctx, detector);
  watchForListings(ctx);
  startHighlighter(ctx);
}
