import { FIRST_SCREEN, startEarlyRead } from '@/lib/db/early-read';
import { DB_NAME } from '@/lib/db/identity';

// A classic script in library.html's head, ahead of the page's modules: it starts reading
// the first screen of papers at once (lib/db/early-read.ts says why).
export default defineUnlistedScript(() => startEarlyRead(window, indexedDB, DB_NAME, FIRST_SCREEN));
