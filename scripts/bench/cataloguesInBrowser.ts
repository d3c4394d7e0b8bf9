/**
 * The catalogue import and lookups measured in real Chromium: the extension's lib/ code
 * bundled with esbuild and run in a page, with the snapshot file given to a file input
 * (so it streams from disk exactly as in the library page) and the browser's own
 * IndexedDB. A fresh page then plays a fresh service worker: it opens the database, answers its
 * first (exact) lookup from the saved key-table pages while the full index loads, then
 * waits for the full load. A helper of catalogues.ts, not a benchmark.
 */
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { findChromium } from '../../tests/e2e/chromium';
import type { IdProbe } from './catalogueData';

// The page's script: the three steps, each timed inside the page.
const ENTRY = `
import { openDatabase } from './lib/db/database';
import { importCatalogue } from './lib/db/catalogue-import';
import { listCatalogues, loadCatalogueIndex } from './lib/db/catalogues';
import { loadCatalogueSet } from './lib/background/catalogue-set';
import { MatchIndex } from './lib/catalogue/match';
import { fileChunks } from './lib/ui/catalogue-file';

const NAME = 'bench-catalogues';
globalThis.benchImport = async () => {
  const file = document.querySelector('input').files[0];
  const db = openDatabase(NAME);
  await db.open();
  const start = performance.now();
  const row = await importCatalogue(db, fileChunks(file), { format: 'arxiv-jsonl', fileName: file.name });
  const ms = performance.now() - start;
  db.close();
  return { ms, count: row.count };
};
globalThis.benchFirstLookup = async (query) => {
  const start = performance.now();
  const db = openDatabase(NAME);
  await db.open();
  const opened = performance.now();
  // Resolves once the catalogue can answer exact lookups from its saved pages (list + page
  // head read); its full index starts loading in the background at the same moment.
  const set = await loadCatalogueSet(db, async () => []);
  const ready = performance.now();
  const match = await set.match(query);
  const ms = performance.now() - start;
  const paged = !(set.catalogues[0].index instanceof MatchIndex);
  const steps = { openMs: opened - start, loadMs: ready - opened, lookupMs: performance.now() - ready };
  await set.whenLoaded();
  const fullLoadMs = performance.now() - start;
  globalThis.benchSet = set;
  const parts = await loadCatalogueIndex(db, (await listCatalogues(db))[0].id);
  const arrays = [parts.ids, parts.keys, parts.mains].reduce((n, t) => n + t.hashes.byteLength + t.checks.byteLength + t.slots.byteLength, 0)
    + parts.words.starts.byteLength + parts.words.postings.byteLength + parts.words.entryCount * 5 + parts.flags.byteLength
    + (parts.sketches ? parts.sketches.bits.byteLength + parts.sketches.lengths.byteLength : 0);
  return { ms, steps, paged, fullLoadMs, found: match ? match.entry.id : null, arraysMb: arrays / 2 ** 20 };
};
globalThis.benchLookups = async (sets, passes) => {
  const set = globalThis.benchSet;
  const index = set.catalogues[0].index;
  // Counts the entries each decision reads from IndexedDB (the catalogue's fetch).
  const catalogue = set.catalogues[0];
  const fetch = catalogue.fetch.bind(catalogue);
  let read = 0;
  catalogue.fetch = (numbers, abstracts) => {
    read += numbers.length;
    return fetch(numbers, abstracts);
  };
  const out = {};
  for (const [name, probes] of Object.entries(sets)) {
    const times = probes.map(() => Infinity);
    const decision = probes.map(() => Infinity);
    const inMemory = probes.map(() => Infinity);
    const reads = probes.map(() => 0);
    const found = [];
    for (let pass = 0; pass < passes; pass++) {
      for (let q = 0; q < probes.length; q++) {
        const query = probes[q].query;
        let t = performance.now();
        const match = await set.match(query);
        times[q] = Math.min(times[q], performance.now() - t);
        if (pass === 0) found.push(match ? [match.entry.id, match.method] : null);
        // The decision alone, as a listing page asks: no abstract read for the answer.
        read = 0;
        t = performance.now();
        await set.matchMany([query], false);
        decision[q] = Math.min(decision[q], performance.now() - t);
        reads[q] = read;
        // The index's own part (hash and posting lookups), without reading entries.
        t = performance.now();
        if (!index.quickExact(query)) index.fuzzyCandidates(query);
        inMemory[q] = Math.min(inMemory[q], performance.now() - t);
      }
    }
    out[name] = { times, decision, inMemory, reads, found };
  }
  return out;
};
`;

/** How many fresh starts each answer a first lookup. */
export const FRESH_STARTS = 7;

/** What the browser measured. */
export interface BrowserFigures {
  importMs: number;
  count: number;
  /** The first lookup of each fresh start, in order (FRESH_STARTS of them). */
  firstLookups: number[];
  /** Their median, and the steps of that start. */
  firstLookupMs: number;
  firstSteps: { openMs: number; loadMs: number; lookupMs: number };
  /** Whether the first lookup was answered from the saved pages (the full index still loading). */
  firstPaged: boolean;
  /** From the start to the full index in memory (what listing batches wait for), median of the starts. */
  fullLoadMs: number;
  /** The first lookups' answer (null if none, or if the starts disagreed). */
  firstFound: string | null;
  /** Heap and typed arrays of the freshly loaded index (the worker's share), MB. */
  heapMb: number;
  arraysMb: number;
  backingMb?: number;
  /** Per set and query: `match` with the answer read whole (the popup), the decision alone (matchMany without abstracts), the index part alone, and the entries the decision read. */
  lookups: Record<string, { times: number[]; decision: number[]; inMemory: number[]; reads: number[]; found: ([string, string] | null)[] }>;
}

async function heapUsed(page: Page): Promise<{ heap: number; backing?: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
  await cdp.detach();
  return { heap: usage.usedSize, ...(usage.backingStorageSize !== undefined ? { backing: usage.backingStorageSize } : {}) };
}

/** Runs import, first lookup and lookups in headless Chromium; undefined when no Chromium is installed. */
export async function measureCataloguesInChromium(file: string, first: IdProbe, sets: Record<string, IdProbe[]>, passes: number): Promise<BrowserFigures | undefined> {
  const executablePath = findChromium();
  if (!executablePath) return undefined;
  const bundle = await build({ stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2022', logLevel: 'silent' });
  const script = bundle.outputFiles[0]!.text.replace(/<\/script/gi, '<\\/script');
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext();
    // A real origin (intercepted, never fetched): IndexedDB needs one.
    await context.route('https://bench.marginalia.invalid/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: `<!doctype html><input type="file"><script>${script}</script>` }),
    );
    type Globals = {
      benchImport(): Promise<{ ms: number; count: number }>;
      benchFirstLookup(q: unknown): Promise<{ ms: number; steps: BrowserFigures['firstSteps']; paged: boolean; fullLoadMs: number; found: string | null; arraysMb: number }>;
      benchLookups(s: unknown, p: number): Promise<BrowserFigures['lookups']>;
    };
    const page = await context.newPage();
    await page.goto('https://bench.marginalia.invalid/');
    await page.setInputFiles('input', file);
    const imported = await page.evaluate(() => (globalThis as unknown as Globals).benchImport());
    await page.close();
    // New pages: nothing of the import stays in memory, as in a service worker started afresh.
    // Several starts, since one varies by ±50% here (the other processes share 2 cores); the
    // last page then measures the index's memory and the lookups.
    type First = Awaited<ReturnType<Globals['benchFirstLookup']>>;
    const starts: First[] = [];
    let fresh = await context.newPage();
    for (let k = 1; k < FRESH_STARTS; k++) {
      await fresh.goto('https://bench.marginalia.invalid/');
      starts.push(await fresh.evaluate((q) => (globalThis as unknown as Globals).benchFirstLookup(q), first.query));
      await fresh.close();
      fresh = await context.newPage();
    }
    await fresh.goto('https://bench.marginalia.invalid/');
    const before = await heapUsed(fresh);
    starts.push(await fresh.evaluate((q) => (globalThis as unknown as Globals).benchFirstLookup(q), first.query));
    const firstLookup = starts[starts.length - 1]!;
    const after = await heapUsed(fresh);
    const lookups = await fresh.evaluate(([s, p]) => (globalThis as unknown as Globals).benchLookups(s, p), [sets, passes] as const);
    const byTime = [...starts].sort((a, b) => a.ms - b.ms);
    const median = byTime[Math.floor(byTime.length / 2)]!;
    return {
      importMs: imported.ms,
      count: imported.count,
      firstLookups: starts.map((s) => s.ms),
      firstLookupMs: median.ms,
      firstSteps: median.steps,
      firstPaged: starts.every((s) => s.paged),
      fullLoadMs: [...starts].sort((a, b) => a.fullLoadMs - b.fullLoadMs)[Math.floor(starts.length / 2)]!.fullLoadMs,
      firstFound: starts.every((s) => s.found === firstLookup.found) ? firstLookup.found : null,
      heapMb: (after.heap - before.heap) / 2 ** 20,
      arraysMb: firstLookup.arraysMb,
      ...(after.backing !== undefined && before.backing !== undefined ? { backingMb: (after.backing - before.backing) / 2 ** 20 } : {}),
      lookups,
    };
  } finally {
    await browser.close();
  }
}
