/**
 * The library page's copy of the rows, fed by the search service. Until the service has
 * the whole library, the newest papers are read directly so that the first screen shows at
 * once however large the library is.
 */
import { useSyncExternalStore } from 'react';
import type { MarginaliaDB } from '../db/database';
import { FIRST_SCREEN } from '../db/early-read';
import { newestPapers } from '../db/search-store';
import type { LibraryEntry } from '../paper';
import type { IndexStatus, LibrarySearch, ServiceEvent } from '../search/protocol';
import { rowOf, type LibraryRow } from '../search/rows';

/** What the page knows of the library. */
export interface LibraryModelState {
  /** Rows by id; mutated in place, so `version` tells when they changed. */
  rows: ReadonlyMap<string, LibraryRow>;
  version: number;
  status: IndexStatus;
  /** Rows are the first screen only (the service has not answered yet). */
  preview: boolean;
  /** Papers in the list, known before all rows are. */
  total: number | null;
  error: string | null;
}

/** The model; create one per page. */
export class LibraryModel {
  private state: LibraryModelState = {
    rows: new Map(),
    version: 0,
    status: { rowsReady: false, textReady: false, phase: 'starting' },
    preview: true,
    total: null,
    error: null,
  };
  private readonly rows = new Map<string, LibraryRow>();
  private readonly listeners = new Set<() => void>();
  private unsubscribe: () => void = () => undefined;
  private disposed = false;
  /**
   * Resolves once the first screen of rows is painted (or could not be read): work the
   * page can put off (loading the catalogues, the Markdown renderer) waits for it.
   */
  readonly firstScreen: Promise<void>;
  /** Resolves once the first screen of rows is in the model (or could not be read). */
  readonly firstRows: Promise<void>;
  /** Resolves once the service has sent every row (status rowsReady), or has failed. */
  readonly allRows: Promise<void>;
  private allRowsArrived: () => void = () => undefined;

  /** `early`: the first screen as read by library-first-screen.js (takeEarlyRead), if it ran. */
  constructor(db: MarginaliaDB, search: LibrarySearch, early?: Promise<LibraryEntry[] | null>) {
    this.state = { ...this.state, rows: this.rows };
    this.allRows = new Promise((resolve) => (this.allRowsArrived = resolve));
    // The service is started once the first screen is read: at 50,000 papers its own reads
    // (tens of MB) would otherwise hold up the few rows the page needs to show at once.
    // And after those rows are painted: the worker's start competes for the same cores.
    this.firstRows = this.readFirstScreen(db, early);
    this.firstScreen = this.firstRows.then(afterNextPaint);
    void this.firstScreen.then(() => {
      if (!this.disposed) this.unsubscribe = search.subscribe((event) => this.onEvent(event));
    });
  }

  /** The current state (a new object at each change, for React). */
  getState = (): LibraryModelState => this.state;

  /** Calls back at each change. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Stops listening to the service. */
  dispose(): void {
    this.disposed = true;
    this.unsubscribe();
  }

  private set(change: Partial<LibraryModelState>): void {
    this.state = { ...this.state, ...change };
    for (const l of this.listeners) l();
  }

  private onEvent(event: ServiceEvent): void {
    if (event.type === 'status') {
      const { status } = event;
      if (status.rowsReady) this.allRowsArrived();
      return this.set({ status, total: status.rowsReady ? this.rows.size : (status.total ?? this.state.total) });
    }
    if (event.type === 'error') {
      this.allRowsArrived();
      return this.set({ error: event.message });
    }
    if (event.reset || this.state.preview) this.rows.clear();
    for (const id of event.removed) this.rows.delete(id);
    for (const row of event.rows) this.rows.set(row.id, row);
    const total = this.state.status.rowsReady ? this.rows.size : this.state.total;
    this.set({ version: this.state.version + 1, preview: false, total });
  }

  // One read only: at 50,000 papers every extra IndexedDB request here (a count, the
  // highlight counts) costs tens of ms before anything shows. Counts come with the rows.
  private async readFirstScreen(db: MarginaliaDB, early: Promise<LibraryEntry[] | null> | undefined): Promise<void> {
    try {
      const papers = (await settledSoon(early)) ?? (await newestPapers(db, FIRST_SCREEN));
      if (!this.state.preview) return; // The service was quicker.
      for (const p of papers) this.rows.set(p.id, rowOf(p, 0, null));
      this.set({ version: this.state.version + 1 });
    } catch (error) {
      this.set({ error: error instanceof Error ? error.message : String(error) });
    }
  }
}

// The early read answers in tens of ms; one that has not in a second (its open waiting on
// another page's upgrade, say) is given up for Dexie's, which knows how to wait.
const EARLY_READ_WAIT_MS = 1_000;

/** The early read's papers, or null when there was none, it failed or it is late. */
function settledSoon(early: Promise<LibraryEntry[] | null> | undefined): Promise<LibraryEntry[] | null> {
  if (!early) return Promise.resolve(null);
  return Promise.race([early.catch(() => null), new Promise<null>((resolve) => setTimeout(() => resolve(null), EARLY_READ_WAIT_MS))]);
}

/** Resolves once the next frame has been painted, or after half a second in a tab that is not painting (hidden). */
function afterNextPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return Promise.resolve();
  return new Promise((resolve) => {
    // A task queued from a frame callback runs after that frame's paint.
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 500);
  });
}

/** The model's state, re-rendering on change. */
export function useLibraryModel(model: LibraryModel): LibraryModelState {
  return useSyncExternalStore(model.subscribe, model.getState);
}
