/**
 * The library page's main-thread figures, rendered with React into happy-dom: the first
 * screen, all rows arriving, a results update per keystroke, opening a paper. The search
 * service's answers are computed beforehand (in the extension they come from a worker), so
 * what is timed is the page's own work. Used by scripts/bench/library.ts.
 */
import { performance } from 'node:perf_hooks';
import { createRoot } from 'react-dom/client';
import { LibraryPage } from '../../components/library/LibraryPage';
import type { MarginaliaDB } from '../../lib/db/database';
import { FIRST_SCREEN, readNewestPapers } from '../../lib/db/early-read';
import type { LibrarySearch, QueryResult, ServiceEvent } from '../../lib/search/protocol';
import type { LibraryRow } from '../../lib/search/rows';
import { DEFAULT_SORT } from '../../lib/search/select';
import type { SearchService } from '../../lib/search/service';
import { LibraryModel } from '../../lib/ui/library-model';
import { initialLibraryUi, useLibraryUi } from '../../lib/ui/library-store';
import type { SyntheticLibrary } from './libraryData';

/** What measurePage reports, in milliseconds. */
export interface PageFigures {
  firstRender: number;
  allRows: number;
  keyMedian: number;
  keyWorst: number;
  openCold: number;
  openTypical: number;
  openLargest: number;
  mostHighlights: number;
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

async function until(check: () => boolean): Promise<void> {
  const end = performance.now() + 60_000;
  while (!check()) {
    if (performance.now() > end) throw new Error('bench: the page did not get there');
    await tick();
  }
}

/** A stand-in for the worker: events on demand, answers from the in-process service. */
function stubSearch(service: SearchService, answers: Map<string, QueryResult>): LibrarySearch & { emit(e: ServiceEvent): void; listening(): boolean } {
  const listeners = new Set<(e: ServiceEvent) => void>();
  return {
    emit: (e) => listeners.forEach((l) => l(e)),
    listening: () => listeners.size > 0,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    query: async (request) => answers.get(request.text) ?? service.query(request),
    dispose: () => undefined,
  };
}

/** Renders the page and times it. `allRows` are the rows the worker would post. */
export async function measurePage(db: MarginaliaDB, data: SyntheticLibrary, service: SearchService, allRows: LibraryRow[], typed: string[]): Promise<PageFigures> {
  useLibraryUi.setState(initialLibraryUi, true);
  // happy-dom does no layout: give elements a window-sized client box, or the virtualised
  // table would think it has no room for rows (a browser measures the real one).
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 800 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1200 });
  const answers = new Map<string, QueryResult>();
  for (const text of typed) for (let i = 1; i <= text.length; i++) answers.set(text.slice(0, i), service.query({ text: text.slice(0, i), sort: DEFAULT_SORT }));
  const search = stubSearch(service, answers);
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const rowCount = () => container.querySelectorAll('[data-testid="library-row"]').length;

  let t = performance.now();
  // As library.html: the first screen read with IndexedDB alone (lib/db/early-read.ts), then the model.
  const model = new LibraryModel(db, search, readNewestPapers(indexedDB, db.name, FIRST_SCREEN));
  root.render(<LibraryPage db={db} search={search} model={model} loadCatalogues={async () => []} />);
  await until(() => rowCount() > 0);
  const firstRender = performance.now() - t;

  // The page starts its search service once the first rows are painted (as in the browser).
  await until(() => search.listening());
  t = performance.now();
  search.emit({ type: 'rows', rows: allRows, removed: [], reset: true });
  search.emit({ type: 'status', status: { rowsReady: true, textReady: true, phase: 'ready' } });
  const newest = service.query({ text: '', sort: DEFAULT_SORT }).ids[0];
  await until(() => container.querySelector('[data-testid="library-row"]')?.id === `row-${newest}` && !!container.querySelector('[aria-busy="false"]'));
  const allRowsMs = performance.now() - t;

  const perKey: number[] = [];
  for (const text of typed) {
    for (let i = 1; i <= text.length; i++) {
      const answer = answers.get(text.slice(0, i))!;
      t = performance.now();
      useLibraryUi.getState().setText(text.slice(0, i));
      const first = answer.ids[0];
      await until(() => (first ? container.querySelector('[data-testid="library-row"]')?.id === `row-${first}` : rowCount() === 0) && !!container.querySelector('[aria-busy="false"]'));
      perKey.push(performance.now() - t);
    }
  }
  useLibraryUi.getState().setText('');

  const counts = new Map<string, number>();
  for (const h of data.highlights) counts.set(h.paperId, (counts.get(h.paperId) ?? 0) + 1);
  const [largest, most] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a));
  const typical = [...counts].find(([, n]) => n === 4)?.[0] ?? data.papers[0]!.id;
  const open = async (id: string) => {
    const title = data.papers.find((p) => p.id === id)!.title;
    const s = performance.now();
    useLibraryUi.getState().setOpen(id);
    // The full record (note, highlights), not the preview drawn from the table's row.
    await until(() => container.querySelector('[data-testid="detail-title"]')?.textContent === title && !!container.querySelector('[data-testid="paper-detail"]'));
    const ms = performance.now() - s;
    useLibraryUi.getState().setOpen(null);
    await tick();
    return ms;
  };
  const openCold = await open(typical);
  const openTypical = await open(typical);
  const openLargest = await open(largest);

  root.unmount();
  container.remove();
  model.dispose();
  const sorted = [...perKey].sort((a, b) => a - b);
  return {
    firstRender,
    allRows: allRowsMs,
    keyMedian: sorted[Math.floor(sorted.length / 2)] ?? 0,
    keyWorst: sorted[sorted.length - 1] ?? 0,
    openCold,
    openTypical,
    openLargest,
    mostHighlights: most,
  };
}
