/**
 * The worker's side of the library search: runs the service and answers queries, skipping
 * a query when a newer one is already waiting (typing outruns a slow search, and only the
 * last keystroke's answer matters).
 */
import type { MarginaliaDB } from '../db/database';
import type { Catalogue } from '../paper';
import type { FromWorker, ToWorker } from './protocol';
import { SearchService } from './service';

/** The part of a worker's global scope the host uses. */
export interface WorkerScope {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
}

/** Serves the search in a worker, once `init` arrives. */
export function serveSearch(scope: WorkerScope, openDb: () => MarginaliaDB, loadCatalogues: () => Promise<Catalogue[]>): void {
  let service: SearchService | null = null;
  let waiting: Extract<ToWorker, { type: 'query' }>[] = [];
  let scheduled = false;
  const answer = () => {
    scheduled = false;
    const [latest, ...skipped] = waiting.reverse();
    waiting = [];
    for (const q of skipped) scope.postMessage({ type: 'result', seq: q.seq, result: null });
    if (latest && service) scope.postMessage({ type: 'result', seq: latest.seq, result: service.query(latest.request) });
  };
  scope.addEventListener('message', ({ data }) => {
    if (data.type === 'init' && !service) {
      service = new SearchService({ db: openDb(), loadCatalogues, emit: (event) => scope.postMessage({ type: 'event', event }) });
      void service.start();
    } else if (data.type === 'query') {
      waiting.push(data);
      if (!scheduled) {
        scheduled = true;
        // A task later, so that queries already queued behind this one are seen first.
        setTimeout(answer, 0);
      }
    }
  });
}
