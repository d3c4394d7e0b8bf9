import { describe, expect, it, vi } from 'vitest';
import { HIGHLIGHT_COMMAND, HIGHLIGHT_MENU_ID, registerHighlightTriggers, type TriggerApi } from '@/lib/background/highlight-triggers';

function fakeApi() {
  const listeners: { installed?: () => void; clicked?: Parameters<TriggerApi['contextMenus']['onClicked']['addListener']>[0]; command?: (c: string, tab?: { id?: number }) => void } = {};
  const api = {
    contextMenus: { create: vi.fn(), onClicked: { addListener: (cb: typeof listeners.clicked) => void (listeners.clicked = cb) } },
    commands: { onCommand: { addListener: (cb: typeof listeners.command) => void (listeners.command = cb) } },
    runtime: { onInstalled: { addListener: (cb: () => void) => void (listeners.installed = cb) } },
    tabs: { sendMessage: vi.fn(async () => undefined) },
  } as unknown as TriggerApi & { contextMenus: { create: ReturnType<typeof vi.fn> }; tabs: { sendMessage: ReturnType<typeof vi.fn> } };
  return { api, listeners };
}

describe('registerHighlightTriggers', () => {
  it('creates the menu item on install, only for selections on the content script pages', () => {
    const { api, listeners } = fakeApi();
    registerHighlightTriggers(api, ['https://arxiv.org/*']);
    listeners.installed!();
    expect(api.contextMenus.create).toHaveBeenCalledWith({
      id: HIGHLIGHT_MENU_ID, title: 'Highlight with Marginalia', contexts: ['selection'], documentUrlPatterns: ['https://arxiv.org/*'],
    });
  });

  it('relays the menu item and the keyboard command to the tab (top frame)', () => {
    const { api, listeners } = fakeApi();
    registerHighlightTriggers(api, []);
    listeners.clicked!({ menuItemId: HIGHLIGHT_MENU_ID }, { id: 4 });
    listeners.command!(HIGHLIGHT_COMMAND, { id: 5 });
    listeners.command!('something-else', { id: 6 });
    listeners.clicked!({ menuItemId: 'other' }, { id: 7 });
    expect(api.tabs.sendMessage.mock.calls).toEqual([
      [4, { type: 'highlightSelection' }, { frameId: 0 }],
      [5, { type: 'highlightSelection' }, { frameId: 0 }],
    ]);
  });
});
