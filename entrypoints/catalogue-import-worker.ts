import { openDatabase } from '@/lib/db/database';
import { importHere, serveCatalogueImport, type ImportWorkerScope } from '@/lib/ui/catalogue-import-runner';

// Catalogue imports run here, off the library page's thread (lib/ui/catalogue-import-runner.ts
// says why). Started by library.html as `new Worker('/catalogue-import-worker.js')`, one per import.
export default defineUnlistedScript(() => {
  serveCatalogueImport(self as unknown as ImportWorkerScope, importHere(openDatabase()));
});
