import { browser } from 'wxt/browser';
import { createBackground } from '@/lib/background/handlers';
import { loadBundledCatalogues } from '@/lib/background/catalogues';
import { lazyCatalogues } from '@/lib/background/catalogue-set';
import { registerHighlightTriggers } from '@/lib/background/highlight-triggers';
import { registerLibraryMenu } from '@/lib/background/library-menu';
import { registerReader } from '@/lib/background/reader-menu';
import { notifyTabs } from '@/lib/background/notify';
import { openDatabase } from '@/lib/db/database';
import { PAPER_SITE_MATCHES } from '@/lib/sites';

// Composition root: wires lib/background to the browser. Everything here must be
// registered synchronously at start, because MV3 restarts the worker for each event.
export default defineBackground(() => {
  const extensionOrigin = browser.runtime.getURL('/');
  const db = openDatabase();
  const catalogues = lazyCatalogues(db, () => loadBundledCatalogues(fetch, (path) => browser.runtime.getURL(path as '/')), () => Date.now());
  const background = createBackground({
    db,
    index: () => catalogues.get(),
    cataloguesChanged: () => catalogues.invalidate(),
    fetch: (...args) => fetch(...args),
    now: () => Date.now(),
    extensionId: browser.runtime.id,
    extensionOrigin: extensionOrigin.replace(/\/$/, ''),
    async setBadge(tabId, badge) {
      await browser.action.setBadgeText({ tabId, text: badge.text });
      await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
      await browser.action.setTitle({ tabId, title: badge.title });
    },
    async injectDetector(tabId) {
      await browser.scripting.executeScript({ target: { tabId }, files: ['/detect-page.js'] });
    },
    async injectHighlightUi(tabId) {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/highlight-ui.js'] });
    },
    async injectListMarks(tabId) {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/list-marks.js'] });
    },
    async tabUrl(tabId) {
      return (await browser.tabs.get(tabId)).url;
    },
    notifyTabs,
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    background.onMessage(message, sender).then(sendResponse);
    return true; // The answer comes asynchronously.
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url) void background.onNavigated(tabId, change.url);
    if (change.status === 'complete' && tab.url) void background.onLoaded(tabId, tab.url);
  });
  browser.tabs.onRemoved.addListener((tabId) => void background.onTabRemoved(tabId));
  registerHighlightTriggers(browser, PAPER_SITE_MATCHES);
  registerReader(browser);
  registerLibraryMenu(browser);
});
