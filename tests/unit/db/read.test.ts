import Dexie, { type Table } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readTogether, requested } from '@/lib/db/read';

interface Row {
  id: string;
  value: number;
}

class TwoTables extends Dexie {
  a!: Table<Row, string>;
  b!: Table<Row, string>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ a: 'id', b: 'id' });
  }
}

let db: TwoTables;
let n = 0;
beforeEach(async () => {
  db = new TwoTables(`read-together-${n++}`);
  await db.a.put({ id: 'x', value: 1 });
  await db.b.put({ id: 'x', value: 1 });
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const valueIn = (tx: IDBTransaction, store: string): Promise<number | undefined> =>
  requested<Row | undefined>(tx.objectStore(store).get('x')).then((row) => row?.value);

describe('readTogether', () => {
  it('answers with the reads before the transaction reports complete', async () => {
    let completed = false;
    const got = await readTogether(db, ['a', 'b'], (tx) => {
      tx.addEventListener('complete', () => (completed = true));
      return Promise.all([valueIn(tx, 'a'), valueIn(tx, 'b')]);
    });
    expect(got).toEqual([1, 1]);
    expect(completed).toBe(false);
  });

  it('opens a closed database first', async () => {
    db.close({ disableAutoOpen: false });
    expect(await readTogether(db, ['a'], (tx) => valueIn(tx, 'a'))).toBe(1);
  });

  it('reads one snapshot: a write started meanwhile is not half seen', async () => {
    const reading = readTogether(db, ['a', 'b'], async (tx) => {
      const first = await valueIn(tx, 'a');
      // A write queued behind this transaction, whose scope it shares: a read in a
      // transaction of its own, made after it, would see its value.
      const writing = db.transaction('rw', db.a, db.b, async () => {
        await db.a.put({ id: 'x', value: 2 });
        await db.b.put({ id: 'x', value: 2 });
      });
      // More reads: the transaction stays alive while the write gets its chances.
      for (let i = 0; i < 5; i++) await valueIn(tx, 'a');
      return { values: [first, await valueIn(tx, 'b')], writing };
    });
    const { values, writing } = await reading;
    expect(values).toEqual([1, 1]);
    await writing;
    expect((await db.b.get('x'))?.value).toBe(2);
  });

  it('rejects when a read fails, and Dexie goes on working', async () => {
    // An object is no valid IndexedDB key: the request throws a DataError.
    await expect(readTogether(db, ['a'], (tx) => requested(tx.objectStore('a').get({} as IDBValidKey)))).rejects.toThrow();
    await expect(readTogether(db, ['nope'], (tx) => requested(tx.objectStore('nope').get('x')))).rejects.toThrow();
    await db.transaction('rw', db.a, () => db.a.put({ id: 'y', value: 3 }));
    expect((await db.a.get('y'))?.value).toBe(3);
  });
});
