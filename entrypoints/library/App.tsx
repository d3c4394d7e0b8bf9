import { browser } from 'wxt/browser';
import { DataPanel } from '@/components/data/LazyDataPanel';
import { LibraryPage } from '@/components/library/LibraryPage';
import { loadBundledCatalogues } from '@/lib/background/catalogues';
import { openDatabase } from '@/lib/db/database';
import { workerSearch } from '@/lib/search/worker-client';
import { LibraryModel } from '@/lib/ui/library-model';
import { send } from '@/lib/ui/send';

// Composition root of library.html: the database, the search worker, the catalogues.
const db = openDatabase();
const search = workerSearch(() => new Worker(browser.runtime.getURL('/search-worker.js')));
const model = new LibraryModel(db, search);
const loadCatalogues = () => loadBundledCatalogues(fetch, (path) => browser.runtime.getURL(path as '/'));
// The background drops its loaded catalogue indexes; if it is asleep, it loads fresh ones anyway.
const cataloguesChanged = () => void send({ type: 'cataloguesChanged' });

/** The library page. */
export function App() {
  return (
    <LibraryPage
      db={db}
      search={search}
      model={model}
      loadCatalogues={loadCatalogues}
      renderData={(selectedIds) => <DataPanel db={db} selectedIds={selectedIds} />}
      onCataloguesChanged={cataloguesChanged}
    />
  );
}
