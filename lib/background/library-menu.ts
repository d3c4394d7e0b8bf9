/**
 * "Open your library" on the toolbar button's context menu (right-click on the Marginalia
 * icon), next to the browser's own items.
 */

/** The context-menu item's id. */
export const LIBRARY_MENU_ID = 'marginalia-open-library';

/** The library page inside the extension. */
export const LIBRARY_PAGE = '/library.html';

/** The browser APIs used, narrowed so that tests can hand in fakes. */
export interface LibraryMenuApi {
  contextMenus: {
    create(properties: { id: string; title: string; contexts: ['action'] }): unknown;
    onClicked: { addListener(cb: (info: { menuItemId: string | number }) => void): void };
  };
  runtime: {
    getURL(path: typeof LIBRARY_PAGE): string;
    onInstalled: { addListener(cb: () => void): void };
  };
  tabs: { create(properties: { url: string }): Promise<unknown> };
}

/** Registers the menu item (listeners synchronously, as MV3 requires). */
export function registerLibraryMenu(api: LibraryMenuApi): void {
  api.runtime.onInstalled.addListener(() => {
    // Chrome keeps menu items across restarts: created once per install or update.
    api.contextMenus.create({ id: LIBRARY_MENU_ID, title: 'Open your library', contexts: ['action'] });
  });
  api.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId !== LIBRARY_MENU_ID) return;
    void api.tabs.create({ url: api.runtime.getURL(LIBRARY_PAGE) }).catch(() => undefined);
  });
}
