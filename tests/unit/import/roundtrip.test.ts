import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toBibtex } from '@/lib/export/bibtex';
import { toCslJson } from '@/lib/export/csl';
import { parseBibtex } from '@/lib/import/bibtex';
import { parseCslJson } from '@/lib/import/csl';
import type { LibraryEntry } from '@/lib/paper';
import { anyText, paperArb } from '../export/arbitraries';

// What import cleaning may change: white space, controls and invisible formatting characters
// (lib/detect/sanitize.ts), lone surrogates (not Unicode), and the length of huge fields.
const visible = (s: string | undefined) =>
  (s ?? '').replace(/[\s\u0000-\u001f\u007f-\u009f\u200b\u202a-\u202e\u2066-\u2069\ufeff\uD800-\uDFFF]/g, '');
const text = (max: number) => anyText(max).map((s) => s.replace(/<(?=\/?[a-z])/gi, '< '));
// The parser takes seconds on fields of hundreds of kilobytes; size is not what this test is about.
const entry = fc
  .tuple(paperArb('p'), text(60), text(200), fc.option(fc.constantFrom('1706.03762', '2411.11927'), { nil: undefined }))
  .filter(([, title]) => visible(title).length > 0)
  .map(([p, title, note, arxiv]) => ({ ...p, title, note: note.slice(0, 3_000), abstract: p.abstract?.slice(0, 3_000), tags: [], url: '', ids: arxiv ? { arxiv } : {} }) as LibraryEntry);

describe('our exports import back', () => {
  it.each([
    ['BibTeX', (ps: LibraryEntry[]) => parseBibtex(toBibtex(ps))],
    ['CSL-JSON', (ps: LibraryEntry[]) => parseCslJson(toCslJson(ps))],
  ])('%s keeps titles, notes, abstracts, years and arXiv ids', (_name, roundTrip) => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 4 }), (papers) => {
        const result = roundTrip(papers.map((p, i) => ({ ...p, id: `p${i}` })));
        if (!result.ok) throw new Error(result.errors.join('\n'));
        result.value.forEach((ref, i) => {
          const p = papers[i]!;
          expect(visible(ref.title)).toBe(visible(p.title));
          expect(visible(ref.note.replace(/<p>/g, ''))).toBe(visible(p.note));
          expect(visible(ref.abstract)).toBe(visible(p.abstract));
          // Years are read between 1500 and 2099 (lib/detect/sanitize.ts yearOf).
          expect(ref.year).toBe(p.year !== undefined && p.year < 2100 ? p.year : undefined);
          expect(ref.ids.arxiv).toBe(p.ids.arxiv);
        });
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
