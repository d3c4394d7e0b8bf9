import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { PopupView } from '@/components/PopupView';
import { openDatabase } from '@/lib/db/database';
import { libraryActions } from '@/lib/ui/library-actions';
import { send } from '@/lib/ui/send';
import { useAllTags, useLibraryEntry } from '@/lib/ui/use-library-entry';
import { useTabState } from '@/lib/ui/use-tab-state';

const db = openDatabase();
const actions = libraryActions(db);

/** `popup.html?tab=<id>` shows that tab (the test contract); otherwise the active tab. */
function useTargetTab(): number | null | undefined {
  const [tabId, setTabId] = useState<number | null | undefined>(() => {
    const param = new URLSearchParams(location.search).get('tab');
    return param && /^\d+$/.test(param) ? Number(param) : undefined;
  });
  useEffect(() => {
    if (tabId !== undefined) return;
    browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setTabId(tab?.id ?? null));
  }, [tabId]);
  return tabId;
}

/** The popup: wiring of tab state and library data to PopupView. */
export function App() {
  const tabId = useTargetTab();
  const view = useTabState(tabId);
  const entry = useLibraryEntry(db, view.loading ? null : (view.state?.ref ?? null));
  const suggestions = useAllTags(db);
  return (
    <main className="popup">
      <PopupView
        view={view}
        entry={view.loading ? undefined : entry}
        suggestions={suggestions}
        actions={actions}
        onRetryMetadata={() => tabId && void send({ type: 'retryMetadata', tabId })}
      />
    </main>
  );
}
