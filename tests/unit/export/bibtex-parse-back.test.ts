import { parse, type Creator } from '@retorquere/bibtex-parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toBibtex } from '@/lib/export/bibtex';
import { citationKeys } from '@/lib/export/citation-keys';
import type { LibraryEntry } from '@/lib/paper';
import { anyText, paperArb } from './arbitraries';

// The independent check: @retorquere/bibtex-parser (Better BibTeX's parser) reads the file back.
const readBack = (bib: string) => parse(bib, { english: false, sentenceCase: false, caseProtection: 'strict' });
// BibTeX collapses white space (the parser also reads Unicode spaces as spaces) and cannot hold
// control characters; that is all it may change, so both sides are compared without them.
const flat = (s: string) => s.replace(/[\s\u0000-\u001f\u007f-\u009f]/g, '');
const nameOf = (c: Creator) => c.name ?? [c.firstName, c.prefix, c.lastName, c.suffix].filter(Boolean).join(' ');

// Texts BibTeX can carry: no lone surrogates (not Unicode) and no `<tag>`-like runs, which the
// parser uses for its own rich-text markup.
const bibText = (max: number) => anyText(max).map((s) => s.replace(/[\uD800-\uDFFF]/g, '').replace(/<(?=\/?[a-z])/gi, '< '));

const entryArb = fc
  .tuple(paperArb('p'), bibText(80), fc.array(bibText(20), { maxLength: 4 }), bibText(200), bibText(200), bibText(30))
  .map(([p, title, authors, note, abstract, venue]) => ({ ...p, title: title.trim() ? title : 'Untitled', authors, note, abstract, venue }) as LibraryEntry);

describe('BibTeX export parsed back by an independent parser', () => {
  it('keeps every field of random entries (white space aside)', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { minLength: 1, maxLength: 5 }), (raw) => {
        const papers = raw.map((p, i) => ({ ...p, id: `p${i}` }));
        const bib = toBibtex(papers);
        const lib = readBack(bib);
        expect(lib.errors).toEqual([]);
        expect(lib.entries).toHaveLength(papers.length);
        const keys = citationKeys(papers);
        papers.forEach((p, i) => {
          const e = lib.entries[i]!;
          const f = e.fields as Record<string, unknown>;
          expect(e.key).toBe(keys.get(p.id));
          expect(flat((f.title as string | undefined) ?? '')).toBe(flat(p.title));
          // Names are split into parts, so any white space inside one becomes a plain space.
          // A stored `Last, First` is written as such and read back as `First Last`.
          const reorder = (a: string) => {
            const parts = flat(a.replace(/[{}]/g, '')) ? a.split(',') : [];
            return parts.length === 2 && flat(parts[0]!) && flat(parts[1]!) && !/\band\b|[{}]/i.test(a) ? `${parts[1]}${parts[0]}` : a;
          };
          const authors = p.authors.map((a) => flat(reorder(a)) || 'Anonymous');
          expect(((f.author as Creator[] | undefined) ?? []).map(nameOf).map(flat)).toEqual(authors);
          if (e.type !== 'misc') expect(flat(((f.journal ?? f.booktitle) as string | undefined) ?? '')).toBe(flat(p.venue ?? ''));
          expect(f.year).toBe(p.year === undefined ? undefined : String(p.year));
          expect(f.eprint).toBe(p.ids.arxiv);
          expect(f.archiveprefix).toBe(p.ids.arxiv ? 'arXiv' : undefined);
          expect(flat((f.abstract as string | undefined) ?? '')).toBe(flat(p.abstract ?? ''));
          expect(flat((f.annote as string | undefined)?.replace(/<p>/g, ' ') ?? '')).toBe(flat(p.note));
          const tags = p.tags.map((t) => flat(t.replace(/[{},;\\$]/g, ' '))).filter(Boolean);
          expect([...new Set(((f.keywords as string[] | undefined) ?? []).map(flat))].sort()).toEqual([...new Set(tags.map(flat))].sort());
        });
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
