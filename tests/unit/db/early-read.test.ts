import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type MarginaliaDB } from '@/lib/db/database';
import { readNewestPapers, startEarlyRead, takeEarlyRead } from '@/lib/db/early-read';
import { SCHEMA_VERSION } from '@/lib/db/identity';
import { addPaper } from '@/lib/db/library';
import { declareSchema, LATEST_VERSION } from '@/lib/db/schema';
import { newestPapers } from '@/lib/db/search-store';

let n = 0;
const names: string[] = [];
const open: Dexie[] = [];
const newName = () => {
  const name = `early-read-${n++}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  for (const db of open.splice(0)) db.close();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** A library of `count` papers; every third shares its addedAt with the one before (ties), unless `date` gives each its own. */
async function library(count: number, date = (i: number) => 1_000 + i - (i % 3 === 2 ? 1 : 0)): Promise<MarginaliaDB> {
  const db = openDatabase(newName());
  open.push(db);
  for (let i = 0; i < count; i++) {
    await addPaper(db, { ids: { arxiv: `2401.${String(i).padStart(5, '0')}` }, title: `Paper ${i} on early reads`, authors: [], url: `https://arxiv.org/abs/2401.${i}` }, date(i));
  }
  return db;
}

/** Runs `check` with IDBIndex.getAllRecords taken away, as in browsers before IndexedDB 3.0. */
async function withoutGetAllRecords(db: MarginaliaDB, check: () => Promise<void>): Promise<void> {
  const proto = Object.getPrototypeOf(db.backendDB().transaction('papers').objectStore('papers').index('addedAt')) as Record<string, unknown>;
  const getAllRecords = proto.getAllRecords;
  delete proto.getAllRecords;
  try {
    await check();
  } finally {
    proto.getAllRecords = getAllRecords;
  }
}

const databaseExists = async (name: string) => (await indexedDB.databases()).some((d) => d.name === name);

describe('the library page early read', () => {
  it('reads the newest papers in the order Dexie gives, ties included', async () => {
    const db = await library(20);
    const dexie = await newestPapers(db, 7);
    expect(await readNewestPapers(indexedDB, db.name, 7)).toEqual(dexie);
    expect(dexie.map((p) => p.addedAt)).toEqual([1019, 1018, 1016, 1016, 1015, 1013, 1013]);
  });

  it('gives the same answer without getAllRecords (browsers before IndexedDB 3.0)', async () => {
    const db = await library(20);
    await withoutGetAllRecords(db, async () => {
      for (const limit of [1, 2, 7, 20, 50]) expect(await readNewestPapers(indexedDB, db.name, limit)).toEqual(await newestPapers(db, limit));
      const empty = openDatabase(newName());
      open.push(empty);
      await empty.open();
      expect(await readNewestPapers(indexedDB, empty.name, 5)).toEqual([]);
    });
  });

  it('reads no more than it shows when one import gave hundreds of papers the same date', async () => {
    // 3 papers added later, then 200 with one date (as an import of a BibTeX file gives them).
    const db = await library(203, (i) => (i >= 200 ? 5_000 + i : 1_000));
    const expected = await newestPapers(db, 7);
    expect(await readNewestPapers(indexedDB, db.name, 7)).toEqual(expected);
    await withoutGetAllRecords(db, async () => {
      const getAll = vi.spyOn(IDBIndex.prototype, 'getAll');
      try {
        expect(await readNewestPapers(indexedDB, db.name, 7)).toEqual(expected);
        // One getAll, of the papers strictly newer than the 7th newest date: not the 200 of that date.
        expect(getAll).toHaveBeenCalledTimes(1);
        const range = getAll.mock.calls[0]![0] as IDBKeyRange;
        expect([range.lower, range.lowerOpen]).toEqual([1_000, true]);
      } finally {
        getAll.mockRestore();
      }
    });
  });

  it('returns every paper of a short library, and none of an empty one', async () => {
    const db = await library(4);
    expect(await readNewestPapers(indexedDB, db.name, 60)).toEqual(await newestPapers(db, 60));
    const empty = openDatabase(newName());
    open.push(empty);
    await empty.open();
    expect(await readNewestPapers(indexedDB, empty.name, 60)).toEqual([]);
  });

  it('leaves no database behind when there is none, so that the schema can create it', async () => {
    const name = newName();
    expect(await readNewestPapers(indexedDB, name, 60)).toBeNull();
    expect(await databaseExists(name)).toBe(false);
    const db = openDatabase(name);
    open.push(db);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
  });

  it('does not read a database that Dexie has still to upgrade', async () => {
    const name = newName();
    const old = new Dexie(name);
    declareSchema(old, LATEST_VERSION - 1);
    await old.open();
    await old.table('papers').put({ id: 'p1', aliases: [], addedAt: 1, title: 'Old shape' });
    old.close();
    expect(await readNewestPapers(indexedDB, name, 60)).toBeNull();
    // And it does not stand in the way of that upgrade.
    const db = openDatabase(name);
    open.push(db);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
  });

  it('does not read a database at another version than the code knows', async () => {
    const db = await library(2);
    db.close();
    // As if a newer release (or Dexie's own schema repair) had moved it on.
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(db.name, SCHEMA_VERSION * 10 + 1);
      request.onsuccess = () => (request.result.close(), resolve());
      request.onerror = () => reject(request.error);
    });
    expect(await readNewestPapers(indexedDB, db.name, 60)).toBeNull();
  });

  it('gives way to an upgrade opened while it reads', async () => {
    const db = await library(30);
    db.close();
    const read = readNewestPapers(indexedDB, db.name, 10);
    const upgraded = new Promise<number>((resolve, reject) => {
      const request = indexedDB.open(db.name, SCHEMA_VERSION * 10 + 1);
      request.onsuccess = () => {
        const version = request.result.version;
        request.result.close();
        resolve(version);
      };
      request.onerror = () => reject(request.error);
    });
    expect(await upgraded).toBe(SCHEMA_VERSION * 10 + 1);
    // Either it finished first or it stepped aside: never a wrong answer, never a hang.
    const papers = await read;
    expect(papers === null || papers.length === 10).toBe(true);
  });

  it('hands its read to the page once', async () => {
    const db = await library(3);
    const page = {};
    startEarlyRead(page, indexedDB, db.name, 2);
    const read = takeEarlyRead(page);
    expect(await read).toEqual(await newestPapers(db, 2));
    expect(takeEarlyRead(page)).toBeUndefined();
    expect(takeEarlyRead({})).toBeUndefined();
  });

  it('knows the schema version without importing the schema', () => {
    expect(SCHEMA_VERSION).toBe(LATEST_VERSION);
  });
});
