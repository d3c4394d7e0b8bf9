/**
 * The content script's budgets: its gzipped size, and its main-thread time from start to
 * detection sent, read from its user-timing marks in real Chromium on the fixture pages.
 * Also pure detection time per fixture in happy-dom, for comparison.
 * Standalone: `npx tsx scripts/bench/content-script.ts`.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { Window } from 'happy-dom';
import { detect } from '../../lib/detect';
import { launch, newProfile, PAGES, removeProfile, DIST } from '../../tests/e2e/harness';
import { findChromium } from '../../tests/e2e/chromium';
import { SCAN_MARKS } from '../../lib/content/report';
import { between, loadWithMarks } from './trace-marks';
import type { BenchRow, BenchSection } from './types';

const SIZE_BUDGET_KB = 20;
const TIME_BUDGET_MS = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function sizeRow(): BenchRow {
  const dir = join(DIST, 'content-scripts');
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f))).length, 0);
  return { name: 'content script size, gzipped', value: bytes / 1024, unit: 'KB', budget: SIZE_BUDGET_KB, note: files.join(', ') };
}

function happyDomRows(): BenchRow[] {
  const times: number[] = [];
  for (const page of PAGES.filter((p) => p.file)) {
    const window = new Window({ url: page.url, settings: { disableCSSFileLoading: true, disableJavaScriptFileLoading: true, disableJavaScriptEvaluation: true } });
    window.document.write(readFileSync(join('tests/fixtures/pages', page.file!), 'utf8'));
    const doc = window.document as unknown as Document;
    for (let i = 0; i < 5; i++) detect(page.url, doc); // warm-up
    const start = performance.now();
    for (let i = 0; i < 50; i++) detect(page.url, doc);
    times.push((performance.now() - start) / 50);
    void window.happyDOM.close();
  }
  return [
    { name: 'detect() per fixture page, median (happy-dom)', value: median(times), unit: 'ms' },
    { name: 'detect() per fixture page, slowest (happy-dom)', value: Math.max(...times), unit: 'ms' },
  ];
}

async function chromiumRows(): Promise<BenchRow[]> {
  if (!findChromium()) return [];
  const profile = newProfile();
  const session = await launch(profile);
  const cpu: number[] = [];
  const wall: number[] = [];
  try {
    for (const fixture of PAGES.filter((p) => p.file)) {
      for (let i = 0; i < 3; i++) {
        const marks = await loadWithMarks(session, fixture.url, SCAN_MARKS.sent);
        const [w, c] = between(marks, SCAN_MARKS.start, SCAN_MARKS.sent);
        wall.push(w);
        cpu.push(c);
      }
    }
  } finally {
    await session.close();
    removeProfile(profile);
  }
  const note = `wall clock: median ${median(wall).toFixed(1)} ms, slowest ${Math.max(...wall).toFixed(1)} ms; load average ${loadavg()[0]?.toFixed(1)}`;
  return [
    { name: 'start to detection sent, main-thread CPU time, median (Chromium)', value: median(cpu), unit: 'ms', budget: TIME_BUDGET_MS, note },
    { name: 'start to detection sent, main-thread CPU time, slowest page (Chromium)', value: Math.max(...cpu), unit: 'ms', budget: TIME_BUDGET_MS },
  ];
}

/** Measures the content script's size and main-thread time. */
export async function benchContentScript(): Promise<BenchSection> {
  if (!existsSync(DIST)) execSync('npx wxt build', { stdio: 'inherit' });
  const rows = [sizeRow(), ...(await chromiumRows()), ...happyDomRows()];
  return {
    title: 'Content script',
    rows,
    notes: [
      `Chromium figures: the main thread's CPU time between the content script's user-timing marks around detect() and sendMessage, read from a trace of each load (scripts/bench/trace-marks.ts says why CPU time: wall-clock time here also counts waiting for a core; it is in the note), on the ${PAGES.filter((p) => p.file).length} fixture pages served at their real URLs, 3 loads each (script parse time not included).`,
      'happy-dom figures: detect() alone, on the same saved pages, in Node.',
    ],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(JSON.stringify(await benchContentScript(), null, 1));
