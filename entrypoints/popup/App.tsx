import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { OpenLibraryButton } from '@/components/OpenLibraryButton';
import { PopupView } from '@/components/PopupView';
import { AutoOpenToggle } from '@/components/reader/AutoOpenToggle';
import { openReader } from '@/lib/reader/open-reader';
import { openDatabase } from '@/lib/db/database';
import { libraryActions } from '@/lib/ui/library-actions';
import { send } from '@/lib/ui/send';
import { showHighlightInTab, useAnchorStatus, useHighlights } from '@/lib/ui/use-highlights';
import { useAllTags, useLibraryEntry } from '@/lib/ui/use-library-entry';
import { useTabState } from '@/lib/ui/use-tab-state';
import { openLibrary } from '@/lib/ui/open-library';

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
  const highlights = useHighlights(db, entry?.id);
  const anchors = useAnchorStatus(tabId, view.loading ? undefined : view.state?.url);
  return (
    <main className="popup">
      <OpenLibraryButton onOpen={() => void openLibrary()} />
      <PopupView
        view={view}
        entry={view.loading ? undefined : entry}
        suggestions={suggestions}
        actions={actions}
        onRetryMetadata={() => tabId && void send({ type: 'retryMetadata', tabId })}
        highlights={{ highlights, status: anchors, onShow: (id) => tabId && void showHighlightInTab(tabId, id) }}
        onOpenReader={(pdfUrl) => void openReader(pdfUrl, tabId ?? undefined)}
      />
      <AutoOpenToggle />
    </main>
  );
}
