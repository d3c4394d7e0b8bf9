/**
 * The baseline most extensions would use: Fuse.js over the catalogue's titles, measured on
 * the same 100,000-entry set and queries as our in-memory MatchIndex, in the same run.
 * A helper of catalogues.ts, not a benchmark.
 */
import Fuse from 'fuse.js';
import { performance } from 'node:perf_hooks';
import { MatchIndex } from '../../lib/catalogue/match';
import type { Catalogue } from '../../lib/paper';
import type { IdProbe } from './catalogueData';

/** Latency and correctness of one matcher on one query set. */
export interface SetFigures {
  median: number;
  p95: number;
  right: number;
  wrong: number;
  returned: number;
  queries: number;
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;

function measure(set: IdProbe[], find: (probe: IdProbe) => string | undefined): SetFigures {
  const times: number[] = [];
  let right = 0;
  let wrong = 0;
  let returned = 0;
  for (const probe of set) {
    const t = performance.now();
    const found = find(probe);
    times.push(performance.now() - t);
    if (found !== undefined) returned++;
    if (found === probe.expected) right++;
    else if (found !== undefined) wrong++;
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 0.5), p95: percentile(times, 0.95), right, wrong, returned, queries: set.length };
}

/** Fuse.js and MatchIndex on the same catalogue and title queries (Fuse gets the first `fuseQueries` of each set: it is slow). */
export function fuseVersusIndex(catalogue: Catalogue, sets: Record<string, IdProbe[]>, fuseQueries: number) {
  let t = performance.now();
  // Typical settings for title search: anywhere in the title, fairly strict.
  const fuse = new Fuse(catalogue.papers, { keys: ['title'], includeScore: true, ignoreLocation: true, threshold: 0.3 });
  const fuseBuildMs = performance.now() - t;
  t = performance.now();
  const index = MatchIndex.build([catalogue]);
  const indexBuildMs = performance.now() - t;
  const results: Record<string, { fuse: SetFigures; index: SetFigures }> = {};
  for (const [name, all] of Object.entries(sets)) {
    const set = all.filter((p) => p.query.title).slice(0, fuseQueries);
    if (!set.length) continue;
    for (const p of set.slice(0, 20)) index.match(p.query); // warm the JIT
    results[name] = {
      fuse: measure(set, (p) => fuse.search(p.query.title as string, { limit: 1 })[0]?.item.id),
      index: measure(set, (p) => index.match(p.query)?.entry.id),
    };
  }
  return { fuseBuildMs, indexBuildMs, results };
}
