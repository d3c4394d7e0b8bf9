import { browser } from 'wxt/browser';
import type { TabMessage } from '../messaging';
import { PAPER_SITE_MATCHES } from '../sites';

/**
 * Sends a message to the content script of every open tab on a known site (only those
 * have one). Tabs without a listener, or gone meanwhile, are skipped silently.
 */
export async function notifyTabs(message: TabMessage): Promise<void> {
  const tabs = await browser.tabs.query({ url: [...PAPER_SITE_MATCHES] });
  await Promise.all(
    tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message).catch(() => undefined))),
  );
}
