/**
 * What the library page and its search service (in a worker, or in-process in tests) say
 * to each other. Plain serialisable values, one type per direction.
 */
import type { LibraryRow } from './rows';
import type { SortSpec } from './select';

/** How far the service is. */
export interface IndexStatus {
  /** Rows of the whole library are available (sorting and filters work). */
  rowsReady: boolean;
  /** The full-text index is loaded (until then words match titles and authors only). */
  textReady: boolean;
  /** What it is doing, for the status line. */
  phase: 'starting' | 'loading' | 'building' | 'saving' | 'ready' | 'failed';
  /** Papers done and total while building. */
  done?: number;
  total?: number;
}

/** Something the service tells the page. */
export type ServiceEvent =
  | { type: 'rows'; rows: LibraryRow[]; removed: string[]; reset: boolean }
  | { type: 'status'; status: IndexStatus }
  | { type: 'error'; message: string };

/** A search: the box's text and the table's order. */
export interface QueryRequest {
  text: string;
  sort: SortSpec;
}

/** The rows to show, in order, and how they were found. */
export interface QueryResult {
  ids: string[];
  /** `text`: full-text index; `quick`: titles and authors only (index not ready or word too short); `all`: no words. */
  mode: 'text' | 'quick' | 'all';
  /** The words to mark in results. */
  terms: string[];
  /** Parts of the query that could not be read. */
  problems: string[];
}

/** The page's side of the service, whichever thread it runs in. */
export interface LibrarySearch {
  /** Events from now on; the page's model subscribes once, at creation. */
  subscribe(listener: (event: ServiceEvent) => void): () => void;
  /** The answer, or null when a newer query superseded this one before it ran. */
  query(request: QueryRequest): Promise<QueryResult | null>;
  dispose(): void;
}

/** Messages from the page to the worker. */
export type ToWorker = { type: 'init' } | { type: 'query'; seq: number; request: QueryRequest };

/** Messages from the worker to the page. */
export type FromWorker = { type: 'event'; event: ServiceEvent } | { type: 'result'; seq: number; result: QueryResult | null };
