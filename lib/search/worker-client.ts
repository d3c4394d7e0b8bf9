/**
 * The page's handle on the search service running in a worker (lib/search/worker-host.ts).
 * The page never loads the index code itself: it only talks to the worker.
 */
import type { FromWorker, LibrarySearch, QueryResult, ServiceEvent, ToWorker } from './protocol';

type Listener = (event: ServiceEvent) => void;

/**
 * The search running in a worker that serves it with `serveSearch`. The worker is created
 * at the first `subscribe` (or query), not with the page: its script would otherwise be
 * parsed while the page draws its first rows, on a machine with few cores.
 */
export function workerSearch(create: () => Worker): LibrarySearch {
  const listeners = new Set<Listener>();
  const pending = new Map<number, (result: QueryResult | null) => void>();
  let seq = 0;
  let created: Worker | undefined;
  const worker = (): Worker => {
    if (created) return created;
    created = create();
    created.addEventListener('message', ({ data }: MessageEvent<FromWorker>) => {
      if (data.type === 'event') for (const l of listeners) l(data.event);
      else {
        pending.get(data.seq)?.(data.result);
        pending.delete(data.seq);
      }
    });
    created.addEventListener('error', (event) => {
      for (const l of listeners) l({ type: 'error', message: `The search stopped: ${event.message || 'worker error'}` });
    });
    return created;
  };
  const post = (message: ToWorker) => worker().postMessage(message);
  let started = false;
  return {
    subscribe(listener) {
      listeners.add(listener);
      // The worker starts loading when the page first listens, not when it is created.
      if (!started) {
        started = true;
        post({ type: 'init' });
      }
      return () => listeners.delete(listener);
    },
    query(request) {
      const id = ++seq;
      post({ type: 'query', seq: id, request });
      return new Promise((resolve) => pending.set(id, resolve));
    },
    dispose() {
      created?.terminate();
      for (const resolve of pending.values()) resolve(null);
      pending.clear();
    },
  };
}
