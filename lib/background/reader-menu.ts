/**
 * The reader's part of the background: the context-menu item "Open in Marginalia reader" on
 * PDF links, and the auto-open redirect rules re-applied at install and start-up (an update
 * may change them; the setting itself is applied by the popup as it changes).
 */
import { syncAutoOpenRules } from '../reader/auto-open';
import { PDF_LINK_PATTERNS } from '../reader/pdf-links';
import { readerUrl } from '../reader/reader-url';

/** The context-menu item's id. */
export const READER_MENU_ID = 'marginalia-open-reader';

/** The browser APIs used, narrowed so that tests can hand in fakes. */
export interface ReaderMenuApi {
  contextMenus: {
    create(properties: { id: string; title: string; contexts: ['link']; targetUrlPatterns: string[] }): unknown;
    onClicked: { addListener(cb: (info: { menuItemId: string | number; linkUrl?: string }, tab?: { id?: number; index?: number }) => void): void };
  };
  runtime: {
    getURL(path: '/'): string;
    onInstalled: { addListener(cb: () => void): void };
    onStartup: { addListener(cb: () => void): void };
  };
  tabs: { create(properties: { url: string; index?: number; openerTabId?: number }): Promise<unknown> };
}

/** Registers the menu item and the rule sync (listeners synchronously, as MV3 requires). */
export function registerReader(api: ReaderMenuApi, syncRules: () => Promise<void> = syncAutoOpenRules): void {
  api.runtime.onInstalled.addListener(() => {
    // Chrome keeps menu items across restarts: created once per install or update.
    api.contextMenus.create({ id: READER_MENU_ID, title: 'Open in Marginalia reader', contexts: ['link'], targetUrlPatterns: PDF_LINK_PATTERNS });
    void syncRules().catch(() => undefined);
  });
  api.runtime.onStartup.addListener(() => void syncRules().catch(() => undefined));
  api.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== READER_MENU_ID || !info.linkUrl || !/^https?:\/\//i.test(info.linkUrl)) return;
    const placement = tab?.id !== undefined && tab.index !== undefined ? { index: tab.index + 1, openerTabId: tab.id } : {};
    void api.tabs.create({ url: readerUrl(api.runtime.getURL('/'), info.linkUrl), ...placement }).catch(() => undefined);
  });
}
