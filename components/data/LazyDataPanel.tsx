/**
 * The import/export panel, loaded once the library's rows are in and the page is idle. Its parsers and writers
 * (BibTeX, CSV, zip, backups) were half of the library page's script, and the first screen
 * of papers waited for them to be parsed; the panel is only needed once the user reaches it.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { idleAfter } from '@/lib/ui/idle';
import type { DataPanelProps } from './DataPanel';

const Panel = lazy(() => import('./DataPanel').then((m) => ({ default: m.DataPanel })));

// Longest wait for an idle moment: a page that is never idle still gets its panel.
const IDLE_TIMEOUT_MS = 1_500;

/** Props of the lazy DataPanel: DataPanel's, and what to wait for before loading it. */
export interface LazyDataPanelProps extends DataPanelProps {
  /**
   * What to wait for: the library page passes LibraryModel.allRows. The page is idle while
   * IndexedDB reads its first rows and while the worker loads all of them, and the panel's
   * code (half a megabyte to compile) loaded then delayed both: the first screen by ≈100 ms
   * in a cold open, all rows by seconds at 50,000 papers.
   */
  after?: Promise<unknown>;
}

// One promise for every render: a new default at each would restart the wait.
const RESOLVED = Promise.resolve();

/** DataPanel, fetched and rendered once `after` has resolved and the page is idle; a status line until then. */
export function DataPanel({ after = RESOLVED, ...props }: LazyDataPanelProps) {
  const [ready, setReady] = useState(false);
  useEffect(() => idleAfter(after, () => setReady(true), IDLE_TIMEOUT_MS), [after]);
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
