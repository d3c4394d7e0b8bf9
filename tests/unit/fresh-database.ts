import Dexie from 'dexie';
import { afterEach, beforeEach } from 'vitest';
import { openDatabase, type MarginaliaDB } from '@/lib/db/database';

let serial = 0;

/** Gives each test of the calling file a new, open database (named `prefix-N`, handed to `use`) and deletes it after the test. */
export function withFreshDatabase(prefix: string, use: (db: MarginaliaDB) => void): void {
  let db: MarginaliaDB | undefined;
  beforeEach(async () => {
    db = openDatabase(`${prefix}-${serial++}`);
    await db.open();
    use(db);
  });
  afterEach(async () => {
    if (!db) return;
    db.close();
    await Dexie.delete(db.name);
    db = undefined;
  });
}
