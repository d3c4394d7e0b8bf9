import { browser } from 'wxt/browser';
import type { Detector } from '../detect/detector';
import type { ContentMessage } from '../messaging';

/** User-timing marks around detection, so `npm run bench` can read the real cost in Chromium. */
export const SCAN_MARKS = { start: 'marginalia:scan-start', detected: 'marginalia:detected', sent: 'marginalia:scan-sent' } as const;

/** Detects the paper on this page and reports it (or its absence) to the background. */
export async function reportPage({ detect }: Pick<Detector, 'detect'>): Promise<void> {
  performance.mark(SCAN_MARKS.start);
  const message: ContentMessage = { type: 'pageScanned', ref: detect(location.href, document) };
  performance.mark(SCAN_MARKS.detected);
  const sent = browser.runtime.sendMessage(message);
  performance.mark(SCAN_MARKS.sent);
  await sent;
}
