import { useEffect, useState } from 'react';
import { watchTabState } from '../background/tab-store';
import type { TabState } from '../messaging';
import { send } from './send';

/** What the popup knows of its tab so far. */
export type TabView = { loading: true } | { loading: false; state: TabState | null; error?: string };

/**
 * Asks the background for a tab's state, then follows changes (e.g. PDF metadata arriving).
 * `undefined` means the tab is not known yet; `null` that there is none.
 */
export function useTabState(tabId: number | null | undefined): TabView {
  const [view, setView] = useState<TabView>({ loading: true });
  useEffect(() => {
    if (tabId === undefined) return;
    if (tabId === null) {
      setView({ loading: false, state: null, error: 'No tab to show.' });
      return;
    }
    let live = true;
    send({ type: 'getTabState', tabId }).then((reply) => {
      if (!live) return;
      setView(reply.ok ? { loading: false, state: reply.value } : { loading: false, state: null, error: reply.error });
    });
    const unwatch = watchTabState(tabId, (state) => live && state && setView({ loading: false, state }));
    return () => {
      live = false;
      unwatch();
    };
  }, [tabId]);
  return view;
}
