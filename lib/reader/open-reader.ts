/** Opening the reader from the popup and the context menu. */
import { browser } from 'wxt/browser';
import type { TabState } from '../messaging';
import { looksLikePdf } from './pdf-links';
import { readerUrl } from './reader-url';

/** The PDF the popup's "Read with highlights" opens for a tab: the paper's PDF, or the tab itself when it is one. */
export function readablePdf(state: Pick<TabState, 'url' | 'ref'> | null | undefined): string | null {
  const ref = state?.ref;
  if (!ref) return null;
  if (ref.pdfUrl) return ref.pdfUrl;
  if (ref.kind === 'pdf' || looksLikePdf(state.url)) return state.url;
  return null;
}

/** Opens the reader on a PDF in a new tab next to `openerTabId`'s. */
export async function openReader(pdfUrl: string, openerTabId?: number): Promise<void> {
  const url = readerUrl(browser.runtime.getURL('/'), pdfUrl);
  const opener = openerTabId === undefined ? undefined : await browser.tabs.get(openerTabId).catch(() => undefined);
  await browser.tabs.create({ url, ...(opener ? { index: opener.index + 1, openerTabId: opener.id } : {}) });
}
