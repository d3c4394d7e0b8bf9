import { describe, expect, it, vi } from 'vitest';
import { READER_MENU_ID, registerReader, type ReaderMenuApi } from '@/lib/background/reader-menu';
import { PDF_LINK_PATTERNS } from '@/lib/reader/pdf-links';

function fakeApi() {
  const on: { installed?: () => void; startup?: () => void; clicked?: Parameters<ReaderMenuApi['contextMenus']['onClicked']['addListener']>[0] } = {};
  const api = {
    contextMenus: { create: vi.fn(), onClicked: { addListener: (cb: typeof on.clicked) => void (on.clicked = cb) } },
    runtime: {
      getURL: () => 'chrome-extension://abc/',
      onInstalled: { addListener: (cb: () => void) => void (on.installed = cb) },
      onStartup: { addListener: (cb: () => void) => void (on.startup = cb) },
    },
    tabs: { create: vi.fn(async () => undefined) },
  };
  return { api, on };
}

describe('registerReader', () => {
  it('creates the PDF-link menu item and re-applies the auto-open rules on install and start-up', () => {
    const { api, on } = fakeApi();
    const sync = vi.fn(async () => undefined);
    registerReader(api, sync);
    on.installed!();
    expect(api.contextMenus.create).toHaveBeenCalledWith({
      id: READER_MENU_ID, title: 'Open in Marginalia reader', contexts: ['link'], targetUrlPatterns: PDF_LINK_PATTERNS,
    });
    on.startup!();
    expect(sync).toHaveBeenCalledTimes(2);
  });

  it('opens the link in the reader, next to its tab; ignores other items and odd links', () => {
    const { api, on } = fakeApi();
    registerReader(api, async () => undefined);
    on.clicked!({ menuItemId: READER_MENU_ID, linkUrl: 'https://openreview.net/pdf?id=abc' }, { id: 3, index: 1 });
    on.clicked!({ menuItemId: 'marginalia-highlight', linkUrl: 'https://arxiv.org/pdf/1' }, { id: 3, index: 1 });
    on.clicked!({ menuItemId: READER_MENU_ID, linkUrl: 'javascript:alert(1)' }, { id: 3, index: 1 });
    expect(api.tabs.create.mock.calls).toEqual([
      [{ url: `chrome-extension://abc/reader.html?url=${encodeURIComponent('https://openreview.net/pdf?id=abc')}`, index: 2, openerTabId: 3 }],
    ]);
  });
});
