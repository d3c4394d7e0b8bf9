/**
 * The export/import measurements of scripts/bench/export.ts repeated in real Chromium: the
 * same lib/ code bundled with esbuild and run in a page, so that the database rows use a
 * browser's IndexedDB rather than fake-indexeddb. A helper of export.ts, not a benchmark.
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { findChromium } from '../../tests/e2e/chromium';

/** Wall-clock milliseconds by measure name, as measured inside the page. */
export type BrowserTimings = Record<string, number>;

// The page's script: builds the library in the page and times each step there.
const ENTRY = `
import { openDatabase } from './lib/db/database';
import { applyImport, readSnapshot } from './lib/db/backup';
import { EXPORT_FORMATS, exportFile } from './lib/export/formats';
import { parseBackup } from './lib/import/backup';
import { syntheticLibrary } from './scripts/bench/libraryData';

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
  const db = openDatabase('bench-export');
  await db.open();
  await time('database write (plain bulkAdd, for comparison)', () => db.transaction('rw', db.papers, db.highlights, async () => { await db.papers.bulkAdd(lib.papers); await db.highlights.bulkAdd(lib.highlights); }));
  await time('database read for export', () => readSnapshot(db));
  const text = exportFile('backup', snapshot, { now: 1 }).data;
  const parsed = await time('import backup: parse and validate', () => parseBackup(text));
  await db.transaction('rw', db.papers, db.highlights, async () => { await db.papers.clear(); await db.highlights.clear(); });
  await time('import backup: restore into the database', () => applyImport(db, { kind: 'backup', backup: parsed.value, mode: 'restore' }, { now: 1 }));
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
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
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
  }
}
