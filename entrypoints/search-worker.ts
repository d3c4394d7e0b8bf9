import { loadBundledCatalogues } from '@/lib/background/catalogues';
import { openDatabase } from '@/lib/db/database';
import { serveSearch, type WorkerScope } from '@/lib/search/worker-host';

// The library page's search runs here, off the page's thread: loading and querying a
// 50,000-paper index takes far longer than a frame (see docs/benchmarks.md).
// Started by library.html as `new Worker('/search-worker.js')`.
export default defineUnlistedScript(() => {
  const scope = self as unknown as WorkerScope;
  serveSearch(scope, () => openDatabase(), () => loadBundledCatalogues(fetch, (path) => new URL(path, self.location.origin).href));
});
