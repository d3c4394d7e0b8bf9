import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { getAnchorStatus, watchAnchorStatus } from '../background/anchor-store';
import type { MarginaliaDB } from '../db/database';
import { highlightsOf } from '../db/highlights';
import type { AnchorStatus } from '../highlight-messages';
import type { TabMessage } from '../messaging';
import type { Highlight } from '../paper';

/** A paper's highlights, live (undefined while reading). */
export function useHighlights(db: MarginaliaDB, paperId: string | undefined): Highlight[] | undefined {
  return useLiveQuery(async () => (paperId ? highlightsOf(db, paperId) : []), [db, paperId]);
}

/**
 * What the tab's page last reported about the paper's highlights (found, not found), live;
 * null when it has not reported or the report is about another page than `pageUrl`.
 */
export function useAnchorStatus(tabId: number | null | undefined, pageUrl: string | undefined): AnchorStatus | null {
  const [status, setStatus] = useState<AnchorStatus | null>(null);
  useEffect(() => {
    if (tabId === null || tabId === undefined) return;
    let live = true;
    void getAnchorStatus(tabId).then((s) => live && setStatus(s));
    const unwatch = watchAnchorStatus(tabId, (s) => live && setStatus(s));
    return () => {
      live = false;
      unwatch();
    };
  }, [tabId]);
  return status && pageUrl && status.url === pageUrl.replace(/#.*$/, '') ? status : null;
}

/** Asks the tab's content script to scroll to a highlight; a tab without one just does nothing. */
export async function showHighlightInTab(tabId: number, id: string): Promise<void> {
  const message: TabMessage = { type: 'scrollToHighlight', id };
  await browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined);
}
