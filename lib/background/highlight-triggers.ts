/**
 * The keyboard command and the context-menu item that highlight the current selection.
 * Both only tell the tab's content script, which owns the selection and the page.
 */
import type { TabMessage } from '../messaging';

/** The manifest command name (wxt.config.ts declares it with Alt+Shift+H). */
export const HIGHLIGHT_COMMAND = 'highlight-selection';
/** The context-menu item's id. */
export const HIGHLIGHT_MENU_ID = 'marginalia-highlight';

/** The browser APIs the triggers use, narrowed so that tests can hand in fakes. */
export interface TriggerApi {
  contextMenus: {
    create(properties: { id: string; title: string; contexts: ['selection']; documentUrlPatterns: string[] }): unknown;
    onClicked: { addListener(cb: (info: { menuItemId: string | number; frameId?: number }, tab?: { id?: number }) => void): void };
  };
  commands: { onCommand: { addListener(cb: (command: string, tab?: { id?: number }) => void): void } };
  runtime: { onInstalled: { addListener(cb: () => void): void } };
  tabs: { sendMessage(tabId: number, message: TabMessage, options?: { frameId?: number }): Promise<unknown> };
}

/**
 * Registers the command and the menu item (listeners synchronously, as MV3 requires; the
 * menu itself once per install, since Chrome keeps it). `pages` are the content script's matches.
 */
export function registerHighlightTriggers(api: TriggerApi, pages: string[]): void {
  const highlightIn = (tabId: number | undefined) => {
    if (tabId === undefined) return;
    const message: TabMessage = { type: 'highlightSelection' };
    // Top frame only: that is where the content script runs. A tab without one just says no.
    void api.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined);
  };
  api.runtime.onInstalled.addListener(() => {
    api.contextMenus.create({ id: HIGHLIGHT_MENU_ID, title: 'Highlight with Marginalia', contexts: ['selection'], documentUrlPatterns: pages });
  });
  api.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === HIGHLIGHT_MENU_ID) highlightIn(tab?.id);
  });
  api.commands.onCommand.addListener((command, tab) => {
    if (command === HIGHLIGHT_COMMAND) highlightIn(tab?.id);
  });
}
