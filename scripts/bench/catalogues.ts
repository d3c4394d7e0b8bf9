/**
 * Benchmark of imported catalogues at scale (issue #8): a 1,000,000-entry arXiv snapshot
 * (synthetic titles with realistic variants, see matchingProbes.ts) imported from a file
 * on disk into real Chromium's IndexedDB, then a fresh page loading the saved index like
 * a restarted service worker: first lookup, memory, exact and fuzzy lookups (entries
 * read from IndexedDB), precision and recall. Then Fuse.js on a 100,000-entry set, the
 * baseline most extensions would use, against our index on the same set, in the same run.
 * Standalone: `npx tsx scripts/bench/catalogues.ts` prints the section as JSON.
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { benchCatalogue, type IdProbe, writeSnapshot } from './catalogueData';
import { FRESH_STARTS, measureCataloguesInChromium } from './cataloguesInBrowser';
import { type FirstLookups, measureFirstLookupInWorker, WORKER_STARTS } from './cataloguesInWorker';
import { fuseVersusIndex } from './fuseBaseline';
import type { BenchRow, BenchSection } from './types';
import { FULL_LOAD_IDLE_MS } from '../../lib/background/catalogue-set';
import { PAGED_QUERIES } from '../../lib/catalogue/catalogue-set';
import { ENTRY_BLOCK } from '../../lib/db/catalogue-blocks';
import { IMPORT_BATCH } from '../../lib/db/catalogue-import';

// CATALOGUE_BENCH_SIZE=100000 runs a quicker check.
const SIZE = Number(process.env.CATALOGUE_BENCH_SIZE ?? 1_000_000);
const FUSE_SIZE = 100_000;
// Fuse.js takes ~20 s per title query at 100,000 entries on this machine: a handful per set.
const FUSE_QUERIES = Number(process.env.FUSE_QUERIES ?? 5);
const PASSES = 3;
const FUZZY_SETS = new Set(['typo', 'subtitleDropped', 'nonMember', 'otherPaper']);

const round = (x: number, digits = 4): number => Number(x.toFixed(digits));
const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
};

function correctness(probes: IdProbe[], found: ([string, string] | null)[]): { right: number; wrong: number; returned: number } {
  let right = 0;
  let wrong = 0;
  let returned = 0;
  probes.forEach((probe, q) => {
    const got = found[q];
    if (got) returned++;
    const ok = got ? got[0] === probe.expected && (!probe.method || got[1] === probe.method) : !probe.expected;
    if (ok) right++;
    else if (got) wrong++;
  });
  return { right, wrong, returned };
}

async function largeRows(): Promise<{ rows: BenchRow[]; notes: string[] }> {
  const n = SIZE.toLocaleString('en');
  let t = performance.now();
  const { catalogue, sets } = benchCatalogue(SIZE);
  const file = join(tmpdir(), `marginalia-bench-arxiv-${SIZE}.jsonl`);
  const bytes = writeSnapshot(catalogue, file);
  const genMs = performance.now() - t;
  catalogue.papers.length = 0; // the browser has its own copy now
  const first = sets.exact![0]!;
  try {
    console.error(`catalogues: ${n} entries written (${round(bytes / 2 ** 20, 0)} MB) in ${round(genMs / 1000, 1)} s; importing in Chromium…`);
    const browser = await measureCataloguesInChromium(file, first, sets, PASSES);
    if (!browser) return { rows: [], notes: ['No Chromium found: the 1M import and lookups were not measured.'] };
    const rows: BenchRow[] = [
      { name: `import (${n} entries, ${round(bytes / 2 ** 20, 0)} MB snapshot file)`, value: round(browser.importMs / 1000, 1), unit: 's', budget: 60, note: `${browser.count.toLocaleString('en')} entries stored; streamed from disk, parsed, written in batches of ${IMPORT_BATCH.toLocaleString('en')} (blocks of ${ENTRY_BLOCK} entries per IndexedDB record) and indexed` },
      { name: `first lookup after a fresh start, median of ${browser.firstLookups.length} (${n})`, value: round(browser.firstLookupMs, 1), unit: 'ms', budget: 50, note: `each ${browser.firstLookups.map((ms) => round(ms, 1)).join(', ')} ms; in the median one: open the database ${round(browser.firstSteps.openMs, 1)} ms, list catalogues + read the page head ${round(browser.firstSteps.loadMs, 1)} ms, one exact lookup ${round(browser.firstSteps.lookupMs, 1)} ms (${browser.firstPaged ? 'from the saved pages its probes touch, plus the matched entry; the full index still loading' : 'from the full index'}); ${browser.firstFound === first.expected ? 'right answer' : 'WRONG answer'}` },
      { name: `first lookup after a fresh start, slowest of ${browser.firstLookups.length} (${n})`, value: round(Math.max(...browser.firstLookups), 1), unit: 'ms' },
      { name: `full index loaded after a fresh start (${n})`, value: round(browser.fullLoadMs, 0), unit: 'ms', note: 'median of the same starts, begun here once the first lookup has its exact answer (in the worker, after 1 s without a lookup, or by a listing page\'s batch, which waits for it): the whole saved index, two records whose arrays are read from Blobs' },
      { name: `worker memory for the index (${n})`, value: round(browser.heapMb + browser.arraysMb, 1), unit: 'MB', budget: 150, note: `JS heap ${round(browser.heapMb, 1)} MB + typed arrays ${round(browser.arraysMb, 1)} MB${browser.backingMb !== undefined ? ` (V8 backing stores grew ${round(browser.backingMb, 1)} MB)` : ''}` },
    ];
    let returned = 0;
    let wrong = 0;
    for (const [name, probes] of Object.entries(sets)) {
      const got = browser.lookups[name]!;
      const budget = FUZZY_SETS.has(name) ? 2 : 0.1;
      const c = correctness(probes, got.found);
      returned += c.returned;
      wrong += c.wrong;
      rows.push(
        FUZZY_SETS.has(name)
          ? { name: `${name} lookup median (${n})`, value: round(percentile(got.decision, 0.5)), unit: 'ms', budget, note: `the decision: index part alone ${round(percentile(got.inMemory, 0.5))} ms, the rest reads the candidates from IndexedDB (without abstracts: ${round(percentile(got.reads, 0.5))} entries read, none for ${got.reads.filter((r) => r === 0).length} of ${got.reads.length} queries); with the answer's abstract read for the popup ${round(percentile(got.times, 0.5))} ms` }
          : { name: `${name} lookup decision median (${n})`, value: round(percentile(got.inMemory, 0.5)), unit: 'ms', budget, note: `from the index alone (double hash); with the IndexedDB read of the entry shown in the popup ${round(percentile(got.times, 0.5), 3)} ms` },
        FUZZY_SETS.has(name)
          ? { name: `${name} lookup p95 (${n})`, value: round(percentile(got.decision, 0.95)), unit: 'ms', budget, note: `index part alone ${round(percentile(got.inMemory, 0.95))} ms; ${round(percentile(got.reads, 0.95))} entries read; with the answer's abstract ${round(percentile(got.times, 0.95))} ms` }
          : { name: `${name} lookup decision p95 (${n})`, value: round(percentile(got.inMemory, 0.95)), unit: 'ms', budget, note: `with the entry read ${round(percentile(got.times, 0.95), 3)} ms` },
        { name: `${name} ${probes[0]?.expected ? 'recall' : 'correct rejections'} (${n})`, value: round(c.right / probes.length, 3), unit: 'ratio', note: `${probes.length} queries` },
      );
    }
    rows.push({ name: `precision (${n})`, value: round(returned ? 1 - wrong / returned : 1, 4), unit: 'ratio', note: `${wrong} wrong of ${returned} matches over all sets` });
    rows.push(...(await workerRows(file, sets, n)));
    return { rows, notes: [`Data generated and written in ${round(genMs / 1000, 1)} s (not part of the import figure).`] };
  } finally {
    rmSync(file, { force: true });
  }
}

// The first lookup of the extension's own worker, started by a page's report (cataloguesInWorker.ts).
async function workerRows(file: string, sets: Record<string, IdProbe[]>, n: string): Promise<BenchRow[]> {
  console.error('catalogues: the same file imported through the library page of the built extension; worker starts…');
  const probes = { exact: sets.exact![0]!, typo: sets.typo![0]!, nonMember: sets.nonMember![0]! };
  const worker = await measureFirstLookupInWorker(file, probes);
  if (!worker) return [];
  const own = (f: FirstLookups) => f.ms.map((ms, k) => ms - f.untilWorker[k]!);
  const rows: BenchRow[] = [
    { name: `import through the library page (${n}, the built extension)`, value: round(worker.importMs / 1000, 1), unit: 's', budget: 60, note: 'from choosing the file to the "Imported" message' },
  ];
  const what = { exact: 'an exact title, answered from the saved key-table pages', typo: 'a title with a typo: fuzzy, from the saved pages', nonMember: 'a paper in no catalogue: fuzzy, from the saved pages' } as const;
  for (const [name, probe] of Object.entries(probes)) {
    const f = worker.byProbe[name]!;
    const right = f.found.every((id) => id === (probe.expected ?? null));
    rows.push({
      name: `first lookup in the extension's worker, ${name}: worker start → answer, median of ${WORKER_STARTS} (${n})`,
      value: round(percentile(own(f), 0.5), 1),
      unit: 'ms',
      budget: 50,
      note: `${what[name as keyof typeof what]}; each ${own(f).map((ms) => round(ms, 0)).join(', ')} ms; from the page's report: median ${round(percentile(f.ms, 0.5), 0)} ms, of which ${round(percentile(f.untilWorker, 0.5), 0)} ms before the worker's start (Chromium starting it); the same report again right after: median ${round(percentile(f.again, 0.5), 1)} ms, ${FULL_LOAD_IDLE_MS + 100} ms later (the full index loading, begun after ${FULL_LOAD_IDLE_MS} ms idle): ${round(percentile(f.duringLoad, 0.5), 0)} ms, once loaded: ${round(percentile(f.afterLoad, 0.5), 1)} ms; ${right ? 'right answer' : 'WRONG answer'} every time`,
    });
  }
  return rows;
}

function fuseRows(): BenchRow[] {
  console.error('catalogues: Fuse.js baseline…');
  const { catalogue, sets } = benchCatalogue(FUSE_SIZE);
  // Fuse reads every title per query (~0.1-1 s at this size): three sets are enough to compare.
  const compared = Object.fromEntries(['exact', 'typo', 'nonMember'].map((name) => [name, sets[name] ?? []]));
  const { fuseBuildMs, indexBuildMs, results } = fuseVersusIndex(catalogue, compared, FUSE_QUERIES);
  const n = FUSE_SIZE.toLocaleString('en');
  const rows: BenchRow[] = [
    { name: `Fuse.js index build (${n})`, value: round(fuseBuildMs, 0), unit: 'ms', note: `MatchIndex build ${round(indexBuildMs, 0)} ms` },
  ];
  for (const [name, { fuse, index }] of Object.entries(results)) {
    const kind = name === 'nonMember' || name === 'otherPaper' ? 'correct rejections' : 'recall';
    rows.push(
      { name: `Fuse.js ${name} median (${n})`, value: round(fuse.median, 2), unit: 'ms', note: `p95 ${round(fuse.p95, 2)} ms; MatchIndex median ${round(index.median, 4)} ms, p95 ${round(index.p95, 4)} ms` },
      { name: `Fuse.js / MatchIndex, ${name} median (${n})`, value: round(fuse.median / index.median, 0), unit: 'x', note: 'how many times slower the baseline is' },
      { name: `Fuse.js ${name} ${kind} (${n})`, value: round(fuse.right / fuse.queries, 3), unit: 'ratio', note: `MatchIndex ${round(index.right / index.queries, 3)}; Fuse wrong ${fuse.wrong} of ${fuse.returned} returned, MatchIndex wrong ${index.wrong} of ${index.returned}` },
    );
  }
  return rows;
}

/** Runs the catalogue benchmark and returns its figures. */
export async function benchCatalogues(): Promise<BenchSection> {
  const large = await largeRows();
  // Printed at once: the baseline that follows takes minutes.
  for (const row of large.rows) console.error(`  ${row.name}: ${row.value} ${row.unit}${row.note ? ` (${row.note})` : ''}`);
  return {
    title: 'Imported catalogues at scale',
    // CATALOGUE_BENCH_FUSE=0 skips the (slow) baseline while iterating.
    rows: [...large.rows, ...(process.env.CATALOGUE_BENCH_FUSE === '0' ? [] : fuseRows())],
    notes: [
      ...large.notes,
      'Targets without a budget column (it reads "at most"): precision 100% and recall at least 99% on the variant sets; subtitleDropped is conservative by design (matched only when the main title is distinctive, see the matching benchmark).',
      'Import and lookups run in headless Chromium with its real IndexedDB; the snapshot is given to a file input and read in 1 MB pieces (lib/ui/catalogue-file.ts), as in the library page. The first import row runs the import code on a page\'s own thread; the library page runs it in a worker of its own (lib/ui/catalogue-import-runner.ts), timed in the "import through the library page" row, from choosing the file to the message. Until 2026-12-07 the library page imported on its own thread: 89-111 s in four runs that evening (its thread busy all along), against 52 s in a worker.',
      `First lookup and memory are measured in new pages after the import (nothing of it in memory), standing in for a restarted service worker (the catalogue work alone: the rows "in the extension's worker" time the real one), ${FRESH_STARTS} of them one after the other (the first lookup of one start varies by ±50% on this shared 2-core machine; the extension's real worker also starts with its script already compiled, from Chromium's code cache, which a page does not have): the first lookup is an exact one answered from the ~48 KB key-table pages its probes touch (lib/db/catalogue-pages.ts) while the full index loads in the background, as in the worker (lazyCatalogues); memory is the JS heap growth after the full load and a collection plus the typed arrays of the loaded index.`,
      `First lookup in the extension's worker (scripts/bench/cataloguesInWorker.ts): the built extension in headless Chromium, the same snapshot imported through its library page; then, ${WORKER_STARTS} times per query (the queries taking turns), the worker stopped over the DevTools protocol as Chrome stops an idle one, checked stopped for a second, and a paper page's content script (in its own world) reporting the paper as a publisher page gives it (a title, no ids). The report starts the worker, which opens the database, loads the catalogue set (the bundled catalogue built in memory, the imported one from its saved pages), looks the paper up, stores the tab's state and sets its badge before answering. "Worker start" is the new worker's performance.timeOrigin, compared with the page's clock (two processes: approximate); before it, Chromium spends ≈100 ms starting the worker (its process included here, as no extension page is open). Since 2026-12-07 the whole index's arrays are stored as Blobs (lib/db/stored-arrays.ts); measured before, the first exact lookup took 0.24-2.0 s from the report (median 1.5 s), since the full load's 130 MB record, deserialised in one piece, held the worker for about a second. Since 2026-12-08 fuzzy lookups too are answered from saved pages (main titles, the word index's starts and postings, its word list: lib/catalogue/pagedIndex.ts) and the full index loads once the worker has had no lookup for ${FULL_LOAD_IDLE_MS} ms (or for a batch of more than ${PAGED_QUERIES} fuzzy queries, a listing page's); on 2026-12-07, when fuzzy lookups waited for the full index, typo and nonMember first lookups took 733 and 760 ms (median, worker start → answer).`,
      `Fuzzy lookup latency is the decision: one CatalogueSet.matchMany call without abstracts (as a listing page asks), including the IndexedDB read of its candidates' blocks (one transaction), fastest of ${PASSES} passes; the note gives CatalogueSet.match, which also reads the answer's abstract for the popup (abstracts are stored apart: lib/db/catalogue-blocks.ts); "index part alone" is the in-memory hash and postings work. Exact and id rows are the decision (MatchIndex.quickExact: 64-bit double hash + arXiv-id flags, no entry read), which is all a listing mark needs; the popup then reads the one matched entry (the "with the entry read" figure).`,
      'Before the title sketches (lib/catalogue/titleSketch.ts: a 128-bit Bloom filter of each title\'s trigrams and its length, in memory, that rules out fuzzy candidates the rules would reject, unread) and the skipped main-title lookups, the run of 2026-11-27 16:09 UTC on this machine gave: typo median 1.5 / p95 3.7 ms, subtitleDropped 1.9 / 3.8, nonMember 2.7 / 4.3, otherPaper 1.7 / 3.2; memory 129 MB; recall and precision as now. Each decision then read up to 8 word-index candidates plus every main-title hit (in Node at 200,000 entries, on average: typo 3.9, nonMember 10.1 entries).',
      `Fuse.js 7 (keys: title, ignoreLocation, threshold 0.3; top hit taken) on a separate ${FUSE_SIZE.toLocaleString('en')}-entry set with the same generator, first ${FUSE_QUERIES} queries of the exact, typo and nonMember sets, against MatchIndex (in memory) on the same set and queries, in Node.`,
    ],
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await benchCatalogues(), null, 2));
}
