/**
 * The database's name and schema version, in a module without Dexie: the library page's
 * early read (lib/db/early-read.ts) runs before Dexie is loaded.
 */

/** The database name used by the extension; tests pass their own. */
export const DB_NAME = 'marginalia';

/** The newest schema version; equal to lib/db/schema.ts's LATEST_VERSION (a unit test checks). */
export const SCHEMA_VERSION = 6;
