import { describe, expect, it, vi } from 'vitest';
import { LIBRARY_MENU_ID, registerLibraryMenu, type LibraryMenuApi } from '@/lib/background/library-menu';

function fakeApi() {
  const installed: (() => void)[] = [];
  const clicked: ((info: { menuItemId: string | number }) => void)[] = [];
  const api = {
    contextMenus: { create: vi.fn(), onClicked: { addListener: (cb: (typeof clicked)[number]) => clicked.push(cb) } },
    runtime: { getURL: (path: string) => `chrome-extension://id${path}`, onInstalled: { addListener: (cb: () => void) => installed.push(cb) } },
    tabs: { create: vi.fn(async () => undefined) },
  } satisfies LibraryMenuApi;
  return { api, installed, clicked };
}

describe('library menu', () => {
  it('adds "Open your library" to the toolbar button menu at install, and opens the page', () => {
    const { api, installed, clicked } = fakeApi();
    registerLibraryMenu(api);
    expect(api.contextMenus.create).not.toHaveBeenCalled();
    installed.forEach((cb) => cb());
    expect(api.contextMenus.create).toHaveBeenCalledWith({ id: LIBRARY_MENU_ID, title: 'Open your library', contexts: ['action'] });
    clicked.forEach((cb) => cb({ menuItemId: 'something-else' }));
    expect(api.tabs.create).not.toHaveBeenCalled();
    clicked.forEach((cb) => cb({ menuItemId: LIBRARY_MENU_ID }));
    expect(api.tabs.create).toHaveBeenCalledWith({ url: 'chrome-extension://id/library.html' });
  });
});
