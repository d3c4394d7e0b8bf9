import { storage } from 'wxt/utils/storage';
import type { TabState } from '../messaging';

// storage.session outlives the service worker (MV3 may stop it at any moment) but not
// the browser session, which is exactly the life of a tab (DESIGN.md rule 7).
const key = (tabId: number) => `session:tab:${tabId}` as const;

/** Reads a tab's state, if any. */
export function getTabState(tabId: number): Promise<TabState | null> {
  return storage.getItem<TabState>(key(tabId));
}

/** Saves a tab's state. */
export function setTabState(state: TabState): Promise<void> {
  return storage.setItem(key(state.tabId), state);
}

/** Forgets a tab (closed, or navigated away). */
export function clearTabState(tabId: number): Promise<void> {
  return storage.removeItem(key(tabId));
}

/** Every tab with a known state: the badges to refresh when the library changes. */
export async function allTabStates(): Promise<TabState[]> {
  const all = await storage.snapshot('session');
  return Object.entries(all)
    .filter(([k]) => k.startsWith('tab:'))
    .map(([, v]) => v as TabState);
}

/** Calls back whenever a tab's state changes (the popup listens for metadata arriving). */
export function watchTabState(tabId: number, callback: (state: TabState | null) => void): () => void {
  return storage.watch<TabState>(key(tabId), (value) => callback(value ?? null));
}
