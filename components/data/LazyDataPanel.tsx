/**
 * The import/export panel, loaded when the page is first idle. Its parsers and writers
 * (BibTeX, CSV, zip, backups) were half of the library page's script, and the first screen
 * of papers waited for them to be parsed; the panel is only needed once the user reaches it.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import type { DataPanelProps } from './DataPanel';

const Panel = lazy(() => import('./DataPanel').then((m) => ({ default: m.DataPanel })));

// Longest wait for an idle moment: a page that is never idle still gets its panel.
const IDLE_TIMEOUT_MS = 1_500;

/** DataPanel, fetched and rendered after the first screen; a status line until then. */
export function DataPanel(props: DataPanelProps) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(() => setReady(true), { timeout: IDLE_TIMEOUT_MS });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(() => setReady(true), 100);
    return () => clearTimeout(timer);
  }, []);
  const loading = (
    <p className="muted" role="status">
      Loading import and export…
    </p>
  );
  return ready ? (
    <Suspense fallback={loading}>
      <Panel {...props} />
    </Suspense>
  ) : (
    loading
  );
}
