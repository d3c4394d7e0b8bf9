import { storage } from 'wxt/utils/storage';
import type { AnchorStatus } from '../highlight-messages';

// Per tab, like the tab state: which highlights its page shows and which it could not find.
// storage.session outlives the service worker, and the popup reads it directly.
const key = (tabId: number) => `session:anchors:${tabId}` as const;

/** The last anchoring report of a tab's page, if any. */
export function getAnchorStatus(tabId: number): Promise<AnchorStatus | null> {
  return storage.getItem<AnchorStatus>(key(tabId));
}

/** Saves a tab's anchoring report. */
export function setAnchorStatus(status: AnchorStatus): Promise<void> {
  return storage.setItem(key(status.tabId), status);
}

/** Forgets a tab's report (tab closed). */
export function clearAnchorStatus(tabId: number): Promise<void> {
  return storage.removeItem(key(tabId));
}

/** Calls back whenever a tab's report changes (the popup marks orphans live). */
export function watchAnchorStatus(tabId: number, callback: (status: AnchorStatus | null) => void): () => void {
  return storage.watch<AnchorStatus>(key(tabId), (value) => callback(value ?? null));
}
