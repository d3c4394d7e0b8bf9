// `npm run bench [name…]`: runs the benchmark modules in scripts/bench/ and writes their
// figures to docs/benchmarks.md (and docs/benchmarks.json, which keeps the sections of
// modules not run this time, so one module can be re-measured alone).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchSection } from './bench/types';

const DIR = 'scripts/bench';
const JSON_OUT = 'docs/benchmarks.json';
const MD_OUT = 'docs/benchmarks.md';

interface Stored {
  [module: string]: { measuredAt: string; section: BenchSection };
}

const wanted = process.argv.slice(2);
const modules = readdirSync(DIR)
  .filter((f) => f.endsWith('.ts') && f !== 'types.ts')
  .map((f) => f.replace(/\.ts$/, ''))
  .filter((m) => wanted.length === 0 || wanted.includes(m));

const stored: Stored = existsSync(JSON_OUT) ? JSON.parse(readFileSync(JSON_OUT, 'utf8')) : {};
for (const name of modules) {
  const mod = (await import(pathToFileURL(join(DIR, `${name}.ts`)).href)) as Record<string, unknown>;
  const run = Object.entries(mod).find(([key, value]) => key.startsWith('bench') && typeof value === 'function')?.[1] as
    | (() => Promise<BenchSection>)
    | undefined;
  if (!run) continue; // A helper module (generators and the like), not a benchmark.
  console.log(`== ${name}`);
  const section = await run();
  stored[name] = { measuredAt: new Date().toISOString(), section };
  for (const row of section.rows) console.log(`  ${row.name}: ${format(row.value)} ${row.unit}${row.budget !== undefined ? ` (budget ${row.budget})` : ''}`);
}

function format(value: number): string {
  return Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 1 ? value.toFixed(2) : value.toPrecision(3);
}

const lines = [
  '# Benchmarks',
  '',
  'Written by `npm run bench` (run one module with `npm run bench -- <name>`). Budgets come from',
  "the design page; a row over its budget is marked ✗. Figures depend on the machine: these were",
  `measured on ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}.`,
  '',
];
for (const [name, { measuredAt, section }] of Object.entries(stored).sort()) {
  lines.push(`## ${section.title}`, '', `Module \`scripts/bench/${name}.ts\`, measured ${measuredAt.slice(0, 16).replace('T', ' ')} UTC.`, '');
  lines.push('| measure | value | unit | budget | |', '|---|---:|---|---:|---|');
  for (const row of section.rows) {
    const verdict = row.budget === undefined ? '' : row.value <= row.budget ? '✓' : '✗';
    lines.push(`| ${row.name}${row.note ? ` (${row.note})` : ''} | ${format(row.value)} | ${row.unit} | ${row.budget ?? ''} | ${verdict} |`);
  }
  if (section.notes?.length) lines.push('', ...section.notes.map((n) => `- ${n}`));
  lines.push('');
}
writeFileSync(JSON_OUT, JSON.stringify(stored, null, 1) + '\n');
writeFileSync(MD_OUT, lines.join('\n'));
console.log(`written ${MD_OUT}`);
