import { benchCatalogue, writeSnapshot } from '../bench/catalogueData';
import { measureFirstLookupInWorker } from '../bench/cataloguesInWorker';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
const SIZE = Number(process.env.SIZE ?? 1_000_000);
const { catalogue, sets } = benchCatalogue(SIZE);
const file = join(tmpdir(), `tmp-worker-${SIZE}.jsonl`);
if (!existsSync(file)) writeSnapshot(catalogue, file);
const probes = { exact: sets.exact![0]!, typo: sets.typo![0]!, nonMember: sets.nonMember![0]! };
const w = await measureFirstLookupInWorker(file, probes);
if (!w) throw new Error('no chromium');
console.log('import s', (w.importMs / 1000).toFixed(1));
for (const [name, f] of Object.entries(w.byProbe)) {
  const own = f.ms.map((ms, k) => Math.round(ms - f.untilWorker[k]!));
  console.log(name, 'own', own.join(' '), 'report', f.ms.map(Math.round).join(' '), 'again', f.again.map((x) => x.toFixed(1)).join(' '), 'found', [...new Set(f.found)].join(','), 'expected', (probes as any)[name].expected ?? null);
}
