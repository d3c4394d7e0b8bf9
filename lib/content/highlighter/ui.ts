/**
 * The toolbar half of highlighting, loaded only when the user first selects text on a page
 * (entrypoints/highlight-ui.ts, injected by the background): the content script that runs on
 * every paper page then carries only anchoring and marks. Both share the extension's isolated
 * world, so this hands its functions over through that world's global object.
 */
import { highlightController } from './controller';
import { UI_GLOBAL } from './load-ui';
import { inToolbar } from './overlay';

/** What the lazily loaded script provides. */
export interface HighlightUi {
  highlightController: typeof highlightController;
  inToolbar: typeof inToolbar;
}

/** Makes the toolbar available to the content script. */
export function exposeHighlightUi(): void {
  const ui: HighlightUi = { highlightController, inToolbar };
  (globalThis as Record<string, unknown>)[UI_GLOBAL] = ui;
}
