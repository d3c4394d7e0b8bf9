/**
 * The state of browsing one imported catalogue: a page of entries by number, or, with a
 * title filter, the matches of a scan that reads the catalogue a chunk at a time, pausing
 * after a page of matches (Show more goes on) and stoppable; plus which shown entries are
 * already in your list, read again whenever the library changes.
 */
import { useEffect, useRef, useState } from 'react';
import { catalogueEntriesFrom, type NumberedEntry } from '../db/catalogue-blocks';
import { papersForEntries, scanCatalogueTitles } from '../db/catalogue-browse';
import { filterWords } from '../search/normalise';
import type { MarginaliaDB } from '../db/database';

/** Entries shown per page, and matches found before a scan pauses. */
export const BROWSE_PAGE = 50;
/** Entries read per scan step: large enough to be quick, small enough to stop promptly. */
export const SCAN_CHUNK = 2_000;

/** What the browser shows. */
export interface CatalogueBrowse {
  entries: NumberedEntry[];
  /** Entry id -> the paper of your list it is. */
  inList: ReadonlyMap<string, string>;
  /** Page mode: the first entry number shown. Scan mode: how many entries were searched. */
  position: number;
  scanning: boolean;
  /** The scan reached the end of the catalogue. */
  done: boolean;
  error: string | null;
  /** Page mode: shows the page starting at `from`. */
  goTo(from: number): void;
  /** Scan mode: looks for the next page of matches. */
  more(): void;
  /** Scan mode: stops looking. */
  stop(): void;
}

/** Browses catalogue `id` with an optional title filter; `version` changes when the library does. */
export function useCatalogueBrowse(db: MarginaliaDB, id: string, filter: string, version: number): CatalogueBrowse {
  const [entries, setEntries] = useState<NumberedEntry[]>([]);
  const [inList, setInList] = useState<ReadonlyMap<string, string>>(new Map());
  const [position, setPosition] = useState(0);
  const [scanning, setScanning] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Each new page, filter or stop bumps the run: an older run's reads are dropped.
  const run = useRef(0);
  const words = filterWords(filter);
  const key = words.join(' ');

  const scan = async (from: number, kept: NumberedEntry[]) => {
    const mine = ++run.current;
    setScanning(true);
    let at = from;
    let found = kept;
    try {
      for (;;) {
        const step = await scanCatalogueTitles(db, id, words, at, SCAN_CHUNK);
        if (run.current !== mine) return;
        at = step.next;
        // A new list only when something matched: the in-list marks are read again for each.
        if (step.found.length) setEntries((found = [...found, ...step.found]));
        setPosition(at);
        if (step.done || found.length - kept.length >= BROWSE_PAGE) {
          setDone(step.done);
          break;
        }
      }
    } catch (e) {
      if (run.current === mine) setError((e as Error).message);
    }
    if (run.current === mine) setScanning(false);
  };

  const goTo = (from: number) => {
    const mine = ++run.current;
    setScanning(false);
    catalogueEntriesFrom(db, id, Math.max(0, from), BROWSE_PAGE).then(
      (page) => {
        if (run.current !== mine) return;
        setEntries(page);
        setPosition(Math.max(0, from));
        setDone(page.length < BROWSE_PAGE);
        setError(null);
      },
      (e: Error) => run.current === mine && setError(e.message),
    );
  };

  useEffect(() => {
    setEntries([]);
    setDone(false);
    setError(null);
    if (key) void scan(0, []);
    else goTo(0);
    return () => {
      run.current++;
    };
    // scan and goTo are this render's closures: they read the current words and id.
  }, [db, id, key]);

  useEffect(() => {
    let live = true;
    papersForEntries(db, entries.map((e) => e.entry)).then((map) => live && setInList(map), () => undefined);
    return () => {
      live = false;
    };
  }, [db, entries, version]);

  return {
    entries,
    inList,
    position,
    scanning,
    done,
    error,
    goTo,
    more: () => void scan(position, entries),
    stop: () => {
      run.current++;
      setScanning(false);
    },
  };
}
