/**
 * The export/import measurements of scripts/bench/export.ts repeated in real Chromium: the
 * same lib/ code bundled with esbuild and run in a page, so that the database rows use a
 * browser's IndexedDB rather than fake-indexeddb. A helper of export.ts, not a benchmark.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { findChromium } from '../../tests/e2e/chromium';

/** Wall-clock milliseconds by measure name, as measured inside the page. */
export type BrowserTimings = Record<string, number>;

// The page's script: builds the library in the page and times each step there.
const ENTRY = `
import { openDatabase } from './lib/db/database';
import { applyImport } from './lib/db/backup';
import { exportLibrary } from './lib/db/export';
import { EXPORT_FORMATS, exportFile } from './lib/export/formats';
import { parseBackup } from './lib/import/backup';
import { syntheticLibrary } from './scripts/bench/libraryData';

// The browser's own cost, without Dexie or anything of ours: the floor of every database row.
const rawPut = (idb, name, rows) => new Promise((resolve, reject) => {
  const tx = idb.transaction(name, 'readwrite');
  const store = tx.objectStore(name);
  for (const row of rows) store.put(row);
  tx.oncomplete = resolve;
  tx.onerror = () => reject(tx.error);
});
const rawGetAll = (idb, name) => new Promise((resolve) => {
  const request = idb.transaction(name).objectStore(name).getAll();
  request.onsuccess = () => resolve(request.result);
});

globalThis.runExportBench = async (papers, highlights) => {
  const lib = syntheticLibrary(papers, highlights, 11);
  for (const p of lib.papers) if (!p.note) p.note = '## Notes\\n\\n' + p.abstract.slice(0, 400);
  const snapshot = { ...lib, tables: {} };
  const out = {};
  const time = async (name, fn) => { const s = performance.now(); const v = await fn(); out[name] = performance.now() - s; return v; };
  for (const format of EXPORT_FORMATS) {
    exportFile(format, snapshot, { now: 1 });
    await time('convert: ' + format, () => exportFile(format, snapshot, { now: 1 }));
  }
  const floor = openDatabase('bench-floor');
  await floor.open();
  await time('floor: raw IndexedDB put of the same papers and highlights', async () => {
    await rawPut(floor.backendDB(), 'papers', lib.papers);
    await rawPut(floor.backendDB(), 'highlights', lib.highlights);
  });
  await time('floor: raw IndexedDB getAll of the highlights', () => rawGetAll(floor.backendDB(), 'highlights'));
  floor.close();
  const db = openDatabase('bench-export');
  await db.open();
  const text = exportFile('backup', snapshot, { now: 1 }).data;
  const parsed = await time('import backup: parse and validate', () => parseBackup(text));
  await time('import backup: restore into the database', () => applyImport(db, { kind: 'backup', backup: parsed.value, mode: 'restore' }, { now: 1 }));
  for (const format of EXPORT_FORMATS) {
    await time('export from the database: ' + format, () => exportLibrary(db, format, { now: 1 }));
  }
  db.close();
  return out;
};
`;

/** Runs the measurements in headless Chromium; undefined when no Chromium is installed. */
export async function measureInChromium(papers: number, highlights: number): Promise<BrowserTimings | undefined> {
  const executablePath = findChromium();
  if (!executablePath) return undefined;
  const bundle = await build({
    stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  });
  const script = bundle.outputFiles[0]!.text;
  // A profile on disk, as the extension has (an incognito context keeps IndexedDB in memory).
  const profile = mkdtempSync(join(tmpdir(), 'marginalia-bench-'));
  const browser = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    // A real origin (intercepted, never fetched): IndexedDB needs one.
    await page.route('https://bench.marginalia.invalid/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: `<!doctype html><script>${script.replace(/<\/script/gi, '<\\/script')}</script>` }),
    );
    await page.goto('https://bench.marginalia.invalid/');
    return await page.evaluate(
      ([p, h]) => (globalThis as unknown as { runExportBench(p: number, h: number): Promise<BrowserTimings> }).runExportBench(p, h),
      [papers, highlights] as const,
    );
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
