import { browser } from 'wxt/browser';
import { detect } from '../detect';
import type { ContentMessage } from '../messaging';

/** Detects the paper on this page and reports it (or its absence) to the background. */
export async function reportPage(): Promise<void> {
  const message: ContentMessage = { type: 'pageScanned', ref: detect(location.href, document) };
  await browser.runtime.sendMessage(message);
}
