import Dexie from 'dexie';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyImport, readSnapshot, type ImportSource } from '@/lib/db/backup';
import { openDatabase, type MarginaliaDB } from '@/lib/db/database';
import { makeBackup, serializeBackup } from '@/lib/export/backup';
import { toBibtex } from '@/lib/export/bibtex';
import { toCslJson } from '@/lib/export/csl';
import { parseImportFile } from '@/lib/import/read-file';
import { readFileSync } from 'node:fs';
import { anyText, libraryArb } from '../export/arbitraries';
import { attention, highlight, preprint } from '../export/sample';

const library = {
  papers: [attention, preprint],
  highlights: [highlight('h1', attention.id, 'quote', { page: 1 })],
  tables: { settings: [{ key: 'tagColours', value: { ml: 'blue' } }] },
};
const SEEDS: [string, string][] = [
  ['backup.json', serializeBackup(makeBackup(library, 1))],
  ['export.bib', toBibtex(library.papers)],
  ['export.json', toCslJson(library.papers)],
  ...['zotero.bib', 'better-bibtex.bib', 'google-scholar.bib', 'dblp.bib', 'zotero-csl.json'].map(
    (f): [string, string] => [f, readFileSync(`tests/fixtures/import/${f}`, 'utf8')],
  ),
];

/** A valid file with random damage: cut, inserted junk, a duplicated slice, or truncation. */
const mutated = fc
  .tuple(fc.constantFrom(...SEEDS), fc.array(fc.tuple(fc.constantFrom('cut', 'insert', 'dup', 'truncate'), fc.nat(), fc.nat(40), anyText(12)), { minLength: 1, maxLength: 4 }))
  .map(([[name, text], edits]) => {
    let out = text;
    for (const [kind, at, len, junk] of edits) {
      const i = at % (out.length + 1);
      if (kind === 'cut') out = out.slice(0, i) + out.slice(i + len);
      else if (kind === 'insert') out = out.slice(0, i) + junk + out.slice(i);
      else if (kind === 'dup') out = out.slice(0, i + len) + out.slice(i, i + len) + out.slice(i + len);
      else out = out.slice(0, i);
    }
    return [name, out] as const;
  });

const randomFile = fc.tuple(
  fc.constantFrom('a.json', 'a.bib', 'a.txt'),
  fc.oneof(anyText(200), fc.json(), fc.string({ unit: fc.constantFrom('@', '{', '}', '=', ',', '"', 'a', ' ', '\n', '[', ']', ':', '#') })),
);

const anyFile = fc.oneof(mutated, randomFile);

describe('every importer against random and damaged files', () => {
  it('never throws, and explains every refusal', () => {
    fc.assert(
      fc.property(anyFile, ([name, text]) => {
        const result = parseImportFile(name, text);
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) expect(e.length).toBeGreaterThan(10);
          // That message means a parser threw: caught, but a bug to fix.
          expect(result.errors[0]).not.toMatch(/^This file could not be read/);
        }
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  describe('and the database', () => {
    let db: MarginaliaDB;
    beforeAll(async () => {
      db = openDatabase('fuzz-import');
      await db.open();
    });
    afterAll(async () => {
      db.close();
      await Dexie.delete(db.name);
    });

    it('either imports the whole file or leaves the library exactly as it was', async () => {
      await fc.assert(
        fc.asyncProperty(libraryArb(4), anyFile, fc.constantFrom('restore', 'merge') as fc.Arbitrary<'restore' | 'merge'>, async (start, [name, text], mode) => {
          await db.transaction('rw', db.papers, db.highlights, async () => {
            await db.papers.clear();
            await db.highlights.clear();
            await db.papers.bulkAdd(start.papers);
            await db.highlights.bulkAdd(start.highlights);
          });
          const before = await readSnapshot(db);
          const parsed = parseImportFile(name, text);
          if (!parsed.ok) {
            expect(await readSnapshot(db)).toEqual(before);
            return;
          }
          const source: ImportSource = parsed.value.format === 'backup' ? { kind: 'backup', backup: parsed.value.backup, mode } : { kind: 'references', refs: parsed.value.refs };
          // A validated file must import; if it ever fails, nothing may have been written.
          const failed = await applyImport(db, source, { now: 10 }).then(() => null, (e: Error) => e);
          if (failed) expect(await readSnapshot(db)).toEqual(before);
          expect(failed).toBeNull();
        }),
        { numRuns: 50 },
      );
    }, 120_000);
  });
});
