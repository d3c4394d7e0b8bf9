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
    request.onerror = (event) => {
      event.preventDefault(); // The aborted creation above is expected, not an error to log.
      resolve(null);
    };
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
        const tx = db.transaction('papers', 'readonly');
        // Whatever goes wrong inside (a request fails, a handler throws) ends here: the page then reads with Dexie.
        tx.onabort = () => done(null);
        tx.onerror = () => done(null);
        newest(tx.objectStore('papers').index('addedAt'), limit, done);
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
 * main thread (a cursor over 60 papers took ≈180 ms there, in Chromium). A handler that
 * throws aborts the transaction, which `done`s with null (readNewestPapers).
 */
function newest(index: IDBIndex, limit: number, done: (papers: LibraryEntry[] | null) => void): void {
  if ('getAllRecords' in index) {
    const read = (index as WithRecords).getAllRecords({ count: limit, direction: 'prev' });
    read.onsuccess = () => done(read.result.map((r) => r.value as LibraryEntry));
    return;
  }
  // Elsewhere (Firefox): one cursor step to the limit-th newest date; the papers strictly
  // newer in one getAll; the rest from that date's own papers, newest id first as a 'prev'
  // cursor gives them. Not everything from that date on: one import gives all its papers
  // the same date, and 50,000 of them would be read to show 60.
  const step = index.openKeyCursor(null, 'prev');
  let advanced = false;
  step.onsuccess = () => {
    const at = step.result;
    if (at && !advanced && limit > 1) {
      advanced = true;
      return at.advance(limit - 1);
    }
    const newer = index.getAll(at ? IDBKeyRange.lowerBound(at.key, true) : undefined);
    newer.onsuccess = () => {
      const papers = (newer.result as LibraryEntry[]).reverse().slice(0, limit);
      if (!at || papers.length >= limit) return done(papers);
      const ties = index.openCursor(IDBKeyRange.only(at.key), 'prev');
      ties.onsuccess = () => {
        const tie = ties.result;
        if (!tie || papers.length >= limit) return done(papers);
        papers.push(tie.value as LibraryEntry);
        tie.continue();
      };
    };
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
