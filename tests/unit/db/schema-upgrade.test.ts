import Dexie from 'dexie';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogueEntriesAt, ENTRY_BLOCK } from '@/lib/db/catalogue-blocks';
import { openDatabase, type MarginaliaDB } from '@/lib/db/database';
import { declareSchema, LATEST_VERSION, SCHEMA_HISTORY } from '@/lib/db/schema';

interface Fixture {
  version: number;
  tables: Record<string, Record<string, unknown>[]>;
}
const FIXTURE_DIR = 'tests/fixtures/db';
// Tables a later version replaced, read back through their new form as the rows they were.
const MOVED: Record<string, (db: MarginaliaDB) => Promise<Record<string, unknown>[]>> = {
  // v6: one row per catalogue entry became one block of ENTRY_BLOCK entries.
  catalogueEntries: async (db) =>
    (await db.catalogueEntryBlocks.toArray()).flatMap((b) => b.entries.map((e, i) => ({ ...e, catalogueId: b.catalogueId, n: b.block * ENTRY_BLOCK + i }))),
};
const fixtures: Fixture[] = readdirSync(FIXTURE_DIR)
  .filter((f) => /^v\d+\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(`${FIXTURE_DIR}/${f}`, 'utf8')) as Fixture);

describe('schema history', () => {
  it('has a fixture for every version (DESIGN.md rule 6)', () => {
    expect(fixtures.map((f) => f.version).sort()).toEqual(SCHEMA_HISTORY.map((s) => s.version));
  });

  it.each(fixtures.map((f) => [f.version, f] as const))('data written by version %i opens in the latest with nothing lost', async (version, fixture) => {
    const name = `upgrade-from-v${version}`;
    // Write the fixture with exactly the schema that version had.
    const old = new Dexie(name);
    declareSchema(old, version);
    await old.open();
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
    });
    old.close();

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    for (const [table, rows] of Object.entries(fixture.tables)) {
      const now = await (MOVED[table]?.(db) ?? db.table(table).toArray());
      // Every row survives; later versions may add fields but never drop or change one.
      expect(now).toHaveLength(rows.length);
      for (const row of rows) expect(now).toContainEqual(expect.objectContaining(row));
    }
    // And the indexes of the latest version find the old rows.
    expect(await db.papers.where('aliases').equals('arxiv:2411.11927').count()).toBe(1);
    expect(await db.papers.where('tags').equals('CLIP').count()).toBe(1);
    if (fixture.tables.highlights) {
      expect(await db.highlights.where('paperId').equals('0b6f8a9e-1d2c-4a57-9a53-6f0e0c8e1a01').count()).toBe(fixture.tables.highlights.length);
    }
    if (fixture.tables.catalogueEntries || fixture.tables.catalogueEntryBlocks) {
      // Entries are read by [catalogue, number] (the match index stores numbers) and listed by state.
      const id = 'imported:7c0e5a4e-3f1b-4c9a-9d61-2b8f0c1d2e3f';
      expect((await catalogueEntriesAt(db, id, [1])).get(1)?.title).toBe('A Paper Without Ids');
      expect(await db.importedCatalogues.where('state').equals('ready').count()).toBe(1);
    }
    if (fixture.tables.catalogueIndexPages) {
      // Pages are read by [catalogue, table, page]; the head says how the tables are cut.
      const id = 'imported:7c0e5a4e-3f1b-4c9a-9d61-2b8f0c1d2e3f';
      expect(await db.catalogueIndexPages.get([id, 'head', 0])).toMatchObject({ head: { size: 2 } });
      expect(await db.catalogueIndexPages.where(':id').between([id, 'keys', 0], [id, 'keys', 1]).count()).toBe(1);
    }
    db.close();
    await Dexie.delete(name);
  });

  // declareSchema declares only some versions (lib/db/schema.ts says why): whatever the path,
  // every database must end with the stores and indexes of declaring each version in turn.
  it('gives every database the stores and indexes of the whole history, fresh or upgraded', async () => {
    const shapeOf = async (db: Dexie) => {
      const idb = db.backendDB();
      const stores = Array.from(idb.objectStoreNames).sort();
      const tx = idb.transaction(stores, 'readonly');
      return stores.map((name) => {
        const store = tx.objectStore(name);
        const indexes = Array.from(store.indexNames).sort().map((i) => {
          const index = store.index(i);
          return [i, index.keyPath, index.unique, index.multiEntry];
        });
        return [name, store.keyPath, store.autoIncrement, indexes];
      });
    };
    const openWith = async (name: string, declare: (db: Dexie) => void) => {
      const db = new Dexie(name);
      declare(db);
      await db.open();
      return db;
    };
    for (const { version } of SCHEMA_HISTORY) {
      const stepByStep = await openWith(`steps-v${version}`, (db) => {
        for (const step of SCHEMA_HISTORY.filter((s) => s.version <= version)) {
          const declared = db.version(step.version).stores(step.stores);
          if (step.upgrade) declared.upgrade(step.upgrade);
        }
      });
      const declared = await openWith(`declared-v${version}`, (db) => declareSchema(db, version));
      expect(await shapeOf(declared), `fresh at v${version}`).toEqual(await shapeOf(stepByStep));
      declared.close();
      // Upgraded from this version to the latest.
      const upgraded = await openWith(`declared-v${version}`, (db) => declareSchema(db));
      const latest = await openWith('declared-latest', (db) => declareSchema(db));
      expect(await shapeOf(upgraded), `upgraded from v${version}`).toEqual(await shapeOf(latest));
      for (const db of [stepByStep, upgraded, latest]) {
        db.close();
        await Dexie.delete(db.name);
      }
    }
  });
});
