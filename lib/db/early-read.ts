/**
 * The library page's first screen, read with IndexedDB alone by a tiny script that runs
 * while the page's modules (React, Dexie: ≈500 KB) are still loading. At 50,000 papers the
 * first rows then wait for neither: the read overlaps loading the code, and the first
 * render already has rows. Dexie opens the same database afterwards for everything else.
 */
import type { LibraryEntry } from '../paper';
import { SCHEMA_VERSION } from './identity';

/** Papers read for the library page's first screen (more than fit on a tall screen). */
export const FIRST_SCREEN = 60;

// Dexie opens IndexedDB at ten times its declared version.
const idbVersion = (version: number) => version * 10;

/**
 * Up to `limit` papers, newest added first; null when that cannot be read safely (no
 * database yet, another schema version, any error), and the page reads them with Dexie.
 */
export function readNewestPapers(factory: IDBFactory, name: string, limit: number, version = SCHEMA_VERSION): Promise<LibraryEntry[] | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name);
    } catch {
      return resolve(null);
    }
    // No database yet: creating an empty one here would stand in the way of the real schema.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      const done = (papers: LibraryEntry[] | null) => {
        db.close();
        resolve(papers);
      };
      // An older database is upgraded by Dexie first (its rows may change shape); a newer one is not ours to read.
      if (db.version !== idbVersion(version) || !db.objectStoreNames.contains('papers')) return done(null);
      // Never hold up an upgrade opened meanwhile.
      db.onversionchange = () => done(null);
      try {
        newest(db.transaction('papers', 'readonly').objectStore('papers').index('addedAt'), limit, done);
      } catch {
        done(null);
      }
    };
  });
}

// IndexedDB 3.0's getAllRecords (Chromium 141+), absent from TypeScript's DOM types.
type WithRecords = IDBIndex & { getAllRecords(options: { count: number; direction: 'prev' }): IDBRequest<{ value: unknown }[]> };

/**
 * The `limit` newest papers in a few requests, not one per paper: these run while the
 * page's modules are evaluated, and each request's answer waits for a free moment of the
 * main thread (a cursor over 60 papers took ≈180 ms there, in Chromium).
 */
function newest(index: IDBIndex, limit: number, done: (papers: LibraryEntry[] | null) => void): void {
  const fail = () => done(null);
  if ('getAllRecords' in index) {
    const read = (index as WithRecords).getAllRecords({ count: limit, direction: 'prev' });
    read.onsuccess = () => done(read.result.map((r) => r.value as LibraryEntry));
    read.onerror = fail;
    return;
  }
  // Elsewhere: one cursor step to the limit-th newest date, then everything from there on
  // in one getAll (ascending by date, then id: reversed, the same order as a 'prev' cursor).
  const cursor = index.openKeyCursor(null, 'prev');
  let advanced = false;
  cursor.onerror = fail;
  cursor.onsuccess = () => {
    const at = cursor.result;
    if (at && !advanced && limit > 1) {
      advanced = true;
      return at.advance(limit - 1);
    }
    const read = index.getAll(at ? IDBKeyRange.lowerBound(at.key) : undefined);
    read.onsuccess = () => done((read.result as LibraryEntry[]).reverse().slice(0, limit));
    read.onerror = fail;
  };
}

// The page's global through which the early script hands its read to the page's modules.
const HANDOFF = '__marginaliaNewestPapers';
type Scope = { [HANDOFF]?: Promise<LibraryEntry[] | null> };

/** Starts the early read and leaves it on `scope` (the page's window) for takeEarlyRead. */
export function startEarlyRead(scope: object, factory: IDBFactory, name: string, limit: number): void {
  (scope as Scope)[HANDOFF] = readNewestPapers(factory, name, limit);
}

/** The early read left on `scope`, once (undefined when the early script did not run). */
export function takeEarlyRead(scope: object): Promise<LibraryEntry[] | null> | undefined {
  const read = (scope as Scope)[HANDOFF];
  delete (scope as Scope)[HANDOFF];
  return read;
}
