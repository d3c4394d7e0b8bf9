/**
 * The catalogue-import benchmark's data: the matching benchmark's synthetic catalogue
 * (scripts/bench/matchingProbes.ts) with an arXiv id and a short abstract on every entry,
 * written to disk in the arXiv metadata snapshot format (JSON lines), and its query sets
 * with the id of the entry each must find. A helper of catalogues.ts, not a benchmark.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import type { MatchQuery } from '../../lib/catalogue/match';
import type { Catalogue } from '../../lib/paper';
import { probes, syntheticCatalogue } from './matchingProbes';
import { prng, titleGenerator, VOCABULARY } from './syntheticTitles';

/** A query and the id of the entry it must find (undefined: must find none). */
export interface IdProbe {
  query: MatchQuery;
  expected?: string;
  method?: 'id' | 'title';
}

/** A unique, valid new-style arXiv id per entry number (yymm.nnnnn, below 10 million entries). */
export function arxivIdFor(i: number): string {
  return `${String(15 + Math.floor(i / 100_000)).padStart(2, '0')}01.${String(i % 100_000).padStart(5, '0')}`;
}

/** The synthetic catalogue with arXiv ids on every entry, and its query sets by name. */
export function benchCatalogue(size: number): { catalogue: Catalogue; sets: Record<string, IdProbe[]> } {
  const keys = new Set<string>();
  const mains = new Map<string, number>();
  const catalogue = syntheticCatalogue(size, titleGenerator(size), keys, mains);
  catalogue.papers.forEach((p, i) => {
    p.id = arxivIdFor(i);
    p.ids = { arxiv: p.id };
  });
  const raw = probes(catalogue, keys, mains, size + 7);
  const sets: Record<string, IdProbe[]> = {};
  for (const [name, set] of Object.entries(raw)) {
    sets[name] = set.map((p) => ({ query: p.query, ...(p.expected ? { expected: p.expected.id } : {}), ...(p.method ? { method: p.method } : {}) }));
  }
  return { catalogue, sets };
}

/** Writes the catalogue as an arXiv snapshot file (one JSON object per line, ~30-word abstracts); returns its size in bytes. */
export function writeSnapshot(catalogue: Catalogue, path: string): number {
  const random = prng(3);
  const word = (): string => VOCABULARY[Math.floor(random() * VOCABULARY.length)] as string;
  const fd = openSync(path, 'w');
  let bytes = 0;
  let lines: string[] = [];
  const flush = (): void => {
    const text = lines.join('');
    bytes += Buffer.byteLength(text);
    writeSync(fd, text);
    lines = [];
  };
  for (const [i, paper] of catalogue.papers.entries()) {
    const abstract = Array.from({ length: 30 }, word).join(' ').toLowerCase();
    const record = {
      id: paper.ids?.arxiv,
      submitter: 'A. Author',
      authors: 'A. Author, B. Author and C. Author',
      title: paper.title,
      comments: null,
      'journal-ref': null,
      doi: null,
      categories: 'cs.LG',
      abstract: `  ${abstract}.\n`,
      versions: [{ version: 'v1', created: `Mon, 1 Jan ${2015 + (i % 10)} 00:00:00 GMT` }],
    };
    lines.push(`${JSON.stringify(record)}\n`);
    if (lines.length === 10_000) flush();
  }
  flush();
  closeSync(fd);
  return bytes;
}
