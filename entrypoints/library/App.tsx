import { browser } from 'wxt/browser';
import { DataPanel } from '@/components/data/LazyDataPanel';
import { LibraryPage } from '@/components/library/LibraryPage';
import { loadBundledCatalogues } from '@/lib/background/catalogues';
import { openDatabase } from '@/lib/db/database';
import { takeEarlyRead } from '@/lib/db/early-read';
import { workerSearch } from '@/lib/search/worker-client';
import { importInWorker } from '@/lib/ui/catalogue-import-runner';
import { idleAfter, settledOrAfter } from '@/lib/ui/idle';
import { LibraryModel } from '@/lib/ui/library-model';
import { send } from '@/lib/ui/send';
import { warmUpMarkdown } from '@/lib/ui/use-markdown';

// Composition root of library.html: the database, the search worker, the catalogues.
const db = openDatabase();
const search = workerSearch(() => new Worker(browser.runtime.getURL('/search-worker.js')));
// Catalogue imports run in a worker of their own, one per import (lib/ui/catalogue-import-runner.ts).
const importRunner = importInWorker(() => new Worker(browser.runtime.getURL('/catalogue-import-worker.js')));
const model = new LibraryModel(db, search, takeEarlyRead(window));
const loadCatalogues = () => loadBundledCatalogues(fetch, (path) => browser.runtime.getURL(path as '/'));
// The background drops its loaded catalogue indexes; if it is asleep, it loads fresh ones anyway.
const cataloguesChanged = () => void send({ type: 'cataloguesChanged' });
// The note preview's renderer, ready before the first paper is opened but after the first screen.
idleAfter(model.firstScreen, () => void warmUpMarkdown().catch(() => undefined));
// The import panel once all rows are in, or after a few seconds: the first build of a large
// index takes minutes, and the panel must not wait for that.
const PANEL_WAIT_MS = 5_000;
const panelAfter = settledOrAfter(model.allRows, PANEL_WAIT_MS);

/** Resolves once the first rows are read (main.tsx waits for them, briefly, before the first render). */
export const firstRows = model.firstRows;

/** The library page. */
export function App() {
  return (
    <LibraryPage
      db={db}
      search={search}
      model={model}
      loadCatalogues={loadCatalogues}
      renderData={(selectedIds) => <DataPanel db={db} selectedIds={selectedIds} after={panelAfter} />}
      onCataloguesChanged={cataloguesChanged}
      importRunner={importRunner}
    />
  );
}
