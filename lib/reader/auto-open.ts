/**
 * Turning "open paper PDFs in the reader" on and off: the setting, and the redirect rules
 * that follow it. The popup applies both at once (so that the very next navigation obeys);
 * the background re-applies the rules at install and start-up, since an update may move
 * the reader or change the rules.
 */
import { browser } from 'wxt/browser';
import { autoOpenReader } from '../settings';
import { readerRuleIds, redirectRules } from './redirect-rules';

/** Installs the reader's redirect rules when `on`, removes them otherwise. */
export async function applyAutoOpenRules(on: boolean): Promise<void> {
  const dnr = browser.declarativeNetRequest;
  // Firefox builds without the API (or a policy that removed it): nothing to do, nothing to break.
  if (!dnr?.updateDynamicRules) return;
  await dnr.updateDynamicRules({
    removeRuleIds: readerRuleIds(),
    addRules: on ? redirectRules(browser.runtime.getURL('/')) : [],
  });
}

/** Saves the setting and applies it. */
export async function setAutoOpenReader(on: boolean): Promise<void> {
  await applyAutoOpenRules(on);
  await autoOpenReader.setValue(on);
}

/** Re-applies the saved setting (background start-up and install). */
export async function syncAutoOpenRules(): Promise<void> {
  await applyAutoOpenRules(await autoOpenReader.getValue());
}
