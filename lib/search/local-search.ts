/**
 * The search service in this thread, behind the page's LibrarySearch interface: for
 * component tests (happy-dom has no workers) and benchmarks.
 */
import type { LibrarySearch, ServiceEvent } from './protocol';
import { SearchService, type ServiceOptions } from './service';

type Listener = (event: ServiceEvent) => void;

/** The search running in this thread; starts when the first listener subscribes. */
export function localSearch(options: Omit<ServiceOptions, 'emit'>): LibrarySearch & { service: SearchService } {
  const listeners = new Set<Listener>();
  const service = new SearchService({ ...options, emit: (event) => listeners.forEach((l) => l(event)) });
  let started = false;
  return {
    service,
    subscribe(listener) {
      listeners.add(listener);
      if (!started) {
        started = true;
        void service.start();
      }
      return () => listeners.delete(listener);
    },
    query: async (request) => service.query(request),
    dispose: () => service.dispose(),
  };
}
