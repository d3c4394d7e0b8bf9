/**
 * Benchmark of the library page at 50,000 papers and 200,000 highlights (BENCH_LIBRARY=
 * "papers,highlights" to change): the search service's build, saved size and reload, a
 * search per keystroke, and, rendered with React in happy-dom, the first screen, a results
 * update and opening a paper. Node + fake-indexeddb + happy-dom: a model of the page, not
 * the browser — scripts/bench/libraryChromium.ts measures the built extension in Chromium.
 * Standalone: `NODE_OPTIONS=--max-old-space-size=8192 npx tsx scripts/bench/library.ts`.
 */
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { builtinEnvironments } from 'vitest/runtime';
import type { Catalogue } from '../../lib/paper';
import type { LibraryRow } from '../../lib/search/rows';
import { syntheticLibrary } from './libraryData';
import { measureLibraryInChromium } from './libraryChromium';
import type { BenchRow, BenchSection } from './types';

const [PAPERS, HIGHLIGHTS] = (process.env.BENCH_LIBRARY ?? '50000,200000').split(',').map(Number) as [number, number];
const ENV = `Node ${process.version}, fake-indexeddb, happy-dom`;

/** Words typed one character at a time: common and rare words, filters, a sort. */
const TYPED = ['diffusion models', 'kalo rami', 'tag:nlp attention', 'status:read year:2020..2022 learning', 'anna robust'];

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))] ?? 0;
const round = (ms: number) => Math.round(ms * 10) / 10;

async function until(check: () => boolean, timeoutMs = 120_000): Promise<void> {
  const end = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > end) throw new Error('bench: timed out');
    await new Promise((r) => setTimeout(r, 0));
  }
}

/** The Node half: service and React in happy-dom. */
export async function benchLibraryNode(): Promise<BenchSection> {
  // The extension ships React's production build; the development one is several times slower.
  process.env.NODE_ENV = 'production';
  // The DOM first: React and Dexie look for their globals when first imported.
  const dom = await builtinEnvironments['happy-dom'].setup(globalThis, {});
  const { openDatabase } = await import('../../lib/db/database');
  const { SearchService } = await import('../../lib/search/service');
  const { DEFAULT_SORT } = await import('../../lib/search/select');
  const { measurePage } = await import('./libraryRender');
  const rows: BenchRow[] = [];
  const notes: string[] = [`Environment: ${ENV}; ${PAPERS.toLocaleString()} papers, ${HIGHLIGHTS.toLocaleString()} highlights (scripts/bench/libraryData.ts).`];

  const t0 = performance.now();
  const data = syntheticLibrary(PAPERS, HIGHLIGHTS);
  const db = openDatabase(`bench-library-${Date.now()}`);
  for (let i = 0; i < data.papers.length; i += 5000) await db.papers.bulkAdd(data.papers.slice(i, i + 5000));
  for (let i = 0; i < data.highlights.length; i += 20000) await db.highlights.bulkAdd(data.highlights.slice(i, i + 20000));
  notes.push(`Generating and storing the library took ${Math.round((performance.now() - t0) / 1000)} s (not measured).`);
  const catalogue = JSON.parse(readFileSync('public/catalogues/hf-trending-papers.json', 'utf8')) as Catalogue;
  const options = { db, loadCatalogues: async () => [catalogue], yieldNow: async () => undefined };

  // First open after install: build everything from IndexedDB, then save it.
  let t = performance.now();
  const first = new SearchService({ ...options, emit: () => undefined });
  await first.start();
  await first.idle();
  first.dispose();
  rows.push({ name: 'full build from IndexedDB (first open only, in the worker)', value: Math.round(performance.now() - t), unit: 'ms' });
  const saved = await db.searchIndex.toArray();
  for (const part of saved) rows.push({ name: `saved ${part.id} (JSON)`, value: round(part.data.length / 2 ** 20), unit: 'MB' });

  // Every later open: load the saved rows, then the saved index.
  const status = { rows: 0, text: 0 };
  let allRows: LibraryRow[] = [];
  t = performance.now();
  const service = new SearchService({
    ...options,
    emit: (e) => {
      if (e.type === 'rows' && e.reset) allRows = e.rows;
      if (e.type === 'status' && e.status.rowsReady && !status.rows) status.rows = performance.now() - t;
      if (e.type === 'status' && e.status.textReady && !status.text) status.text = performance.now() - t;
    },
  });
  await service.start();
  await service.idle();
  rows.push({ name: 'reopen: all rows ready (in the worker)', value: Math.round(status.rows), unit: 'ms', note: 'sorting, filters and title/author search work from here' });
  rows.push({ name: 'reopen: full-text index ready (in the worker)', value: Math.round(status.text), unit: 'ms' });
  t = performance.now();
  structuredClone(allRows);
  rows.push({ name: 'copy all rows from the worker (structured clone)', value: Math.round(performance.now() - t), unit: 'ms' });
  rows.push({ name: 'heap after reopen', value: Math.round(process.memoryUsage().heapUsed / 2 ** 20), unit: 'MB' });

  const perKey: number[] = [];
  for (const text of TYPED) {
    for (let i = 1; i <= text.length; i++) {
      const s = performance.now();
      service.query({ text: text.slice(0, i), sort: DEFAULT_SORT });
      perKey.push(performance.now() - s);
    }
  }
  notes.push(`Keystrokes timed: every prefix of ${TYPED.map((q) => `"${q}"`).join(', ')} (${perKey.length} in all).`);
  rows.push({ name: 'search per keystroke, median (worker)', value: round(percentile(perKey, 0.5)), unit: 'ms' });
  rows.push({ name: 'search per keystroke, 95th percentile (worker)', value: round(percentile(perKey, 0.95)), unit: 'ms' });
  rows.push({ name: 'search per keystroke, worst (worker)', value: round(Math.max(...perKey)), unit: 'ms' });

  const sample = data.papers[Math.floor(PAPERS / 2)]!;
  t = performance.now();
  await db.papers.update(sample.id, { tags: [...sample.tags, 'bench-tag'], updatedAt: Date.now() });
  await until(() => service.query({ text: 'tag:bench-tag', sort: DEFAULT_SORT }).ids.length === 1);
  rows.push({ name: 'a tag change reaches the results', value: round(performance.now() - t), unit: 'ms', note: 'journal → liveQuery → service' });

  const page = await measurePage(db, data, service, allRows, TYPED);
  rows.push(
    { name: 'first render (first screen of rows, main thread)', value: round(page.firstRender), unit: 'ms', budget: 300 },
    { name: 'render all rows once they arrive (main thread)', value: round(page.allRows), unit: 'ms' },
    { name: 'results update per keystroke, median (main thread)', value: round(page.keyMedian), unit: 'ms', budget: 16 },
    { name: 'results update per keystroke, worst (main thread)', value: round(page.keyWorst), unit: 'ms' },
    { name: 'open a paper, first of the session (4 highlights)', value: round(page.openCold), unit: 'ms', budget: 50 },
    { name: 'open a paper (4 highlights)', value: round(page.openTypical), unit: 'ms', budget: 50 },
    { name: `open a paper (most highlights: ${page.mostHighlights})`, value: round(page.openLargest), unit: 'ms', budget: 50 },
  );
  notes.push('Main thread = what the page does per keystroke (post the query, render the answer); the search itself runs in a worker, so its time delays results but never blocks input.');
  service.dispose();
  db.close();
  await dom.teardown(globalThis);
  return { title: `Library page (${ENV})`, rows, notes };
}

/** Both halves: Node, then Chromium when a built extension and a browser are there. */
export async function benchLibrary(): Promise<BenchSection> {
  const node = await benchLibraryNode();
  const chromium = await measureLibraryInChromium(PAPERS, HIGHLIGHTS).catch((error: Error) => ({ rows: [] as BenchRow[], notes: [`Chromium: not measured (${error.message}).`] }));
  const load = `Load average when done: ${loadavg().map((l) => l.toFixed(1)).join(', ')} on this shared machine; every time here grows with it.`;
  return { title: 'Library page', rows: [...node.rows, ...chromium.rows], notes: [...(node.notes ?? []), ...(chromium.notes ?? []), load] };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const section = process.env.BENCH_CHROMIUM === '0' ? await benchLibraryNode() : await benchLibrary();
  console.log(JSON.stringify(section, null, 2));
  process.exit(0);
}
