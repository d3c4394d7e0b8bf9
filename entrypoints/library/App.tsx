import { browser } from 'wxt/browser';
import { DataPanel } from '@/components/data/DataPanel';
import { LibraryPage } from '@/components/library/LibraryPage';
import { loadBundledCatalogues } from '@/lib/background/catalogues';
import { openDatabase } from '@/lib/db/database';
import { workerSearch } from '@/lib/search/worker-client';
import { LibraryModel } from '@/lib/ui/library-model';

// Composition root of library.html: the database, the search worker, the catalogues.
const db = openDatabase();
const search = workerSearch(new Worker(browser.runtime.getURL('/search-worker.js')));
const model = new LibraryModel(db, search);
const loadCatalogues = () => loadBundledCatalogues(fetch, (path) => browser.runtime.getURL(path as '/'));

/** The library page. */
export function App() {
  return (
    <LibraryPage
      db={db}
      search={search}
      model={model}
      loadCatalogues={loadCatalogues}
      renderData={(selectedIds) => <DataPanel db={db} selectedIds={selectedIds} />}
    />
  );
}
