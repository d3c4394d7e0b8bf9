/**
 * The working half of highlighting, loaded only on a page that has highlights or where the
 * user first selects text (entrypoints/highlight-ui.ts, injected by the background): anchoring,
 * marks and the toolbar. The content script that runs on every paper page then carries none of
 * it — its compile time is paid on every page (≈30% of the script was anchoring code). Both
 * share the extension's isolated world, so this hands its functions over through that world's
 * global object.
 */
import { highlightController } from './controller';
import { UI_GLOBAL } from './load-ui';
import { inToolbar } from './overlay';
import { pageHighlights } from './page-highlights';

/** What the lazily loaded script provides. */
export interface HighlightUi {
  pageHighlights: typeof pageHighlights;
  highlightController: typeof highlightController;
  inToolbar: typeof inToolbar;
}

/** Makes anchoring and the toolbar available to the content script. */
export function exposeHighlightUi(): void {
  const ui: HighlightUi = { pageHighlights, highlightController, inToolbar };
  (globalThis as Record<string, unknown>)[UI_GLOBAL] = ui;
}
