/** fast-check generators of libraries: unicode, LaTeX specials, empty and huge fields. */
import fc from 'fast-check';
import { HIGHLIGHT_COLORS, READING_STATUSES, type Highlight, type LibraryEntry, type Selector } from '@/lib/paper';

const LATEX_UNITS = ['\\', '{', '}', '#', '$', '%', '&', '_', '~', '^', '<', '>', '-', '`', "'", ',', '!', '?', '@', '"', '=', ' ', '\n', 'a', 'Z', 'é', 'ß', '日', '😀'];

/** Any text: printable unicode, every code point, LaTeX and Markdown specials, lone surrogates, or nothing. */
export const anyText = (maxLength = 40): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: fc.constantFrom(...LATEX_UNITS), maxLength }),
    fc.string({ unit: fc.oneof(fc.constantFrom('\uD800', '\uDFFF', '\u0000', '\u2028', '\uFEFF'), fc.string({ unit: 'grapheme-ascii', maxLength: 1 })), maxLength }),
    fc.constant(''),
  );

/** Occasionally a huge field (hundreds of kilobytes). */
export const maybeHuge = (size: number): fc.Arbitrary<string> =>
  fc.oneof({ weight: 6, arbitrary: anyText(200) }, { weight: 1, arbitrary: fc.constant(`Huge ${'ü\\{x}% '.repeat(size / 10)}`) });

const time = fc.integer({ min: 0, max: 4_102_444_800_000 });
const url = fc.oneof(fc.constant(''), fc.webUrl(), fc.constant('https://arxiv.org/abs/1706.03762'));

/** A library entry with the given id. */
export const paperArb = (id: string): fc.Arbitrary<LibraryEntry> =>
  fc
    .record({
      aliases: fc.array(anyText(30), { maxLength: 4 }),
      title: anyText(100),
      authors: fc.array(anyText(30), { maxLength: 5 }),
      year: fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: undefined }),
      venue: fc.option(anyText(40), { nil: undefined }),
      abstract: fc.option(maybeHuge(50_000), { nil: undefined }),
      ids: fc.record({ arxiv: fc.constantFrom('1706.03762', '2411.11927', 'hep-th/9711200'), doi: fc.constant('10.1000/x_y%z') }, { requiredKeys: [] }),
      url,
      pdfUrl: fc.option(url, { nil: undefined }),
      status: fc.constantFrom(...READING_STATUSES),
      statusDates: fc.record({ 'to-read': time, reading: time, read: time }, { requiredKeys: [] }),
      tags: fc.uniqueArray(anyText(20).filter((t) => t.length <= 64), { maxLength: 6 }),
      note: maybeHuge(300_000),
      addedAt: time,
      updatedAt: time,
      extraFromAFutureVersion: fc.option(fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer())), { nil: undefined }),
    })
    .map((r) => {
      const entry = { id, ...r } as LibraryEntry & Record<string, unknown>;
      // Optional fields are absent rather than undefined, as IndexedDB would give them back.
      for (const key of Object.keys(entry)) if (entry[key] === undefined) delete entry[key];
      return entry;
    });

const selectorArb: fc.Arbitrary<Selector[]> = fc.tuple(anyText(200), anyText(20), anyText(20), fc.nat(10_000), fc.option(fc.nat(500))).map(
  ([exact, prefix, suffix, start, page]) => [
    { type: 'TextQuoteSelector', exact, prefix, suffix },
    { type: 'TextPositionSelector', start, end: start + exact.length },
    ...(page === null ? [] : [{ type: 'PageSelector' as const, index: page }]),
  ],
);

/** A highlight of one of the given papers. */
export const highlightArb = (id: string, paperIds: string[]): fc.Arbitrary<Highlight> =>
  fc.record({
    id: fc.constant(id),
    paperId: fc.constantFrom(...paperIds),
    target: fc.record({ source: fc.webUrl(), selector: selectorArb }),
    color: fc.constantFrom(...HIGHLIGHT_COLORS),
    comment: maybeHuge(20_000),
    createdAt: time,
    updatedAt: time,
  });

/** A whole library: up to `maxPapers` papers with unique ids and highlights of them. */
export const libraryArb = (maxPapers = 8): fc.Arbitrary<{ papers: LibraryEntry[]; highlights: Highlight[] }> =>
  fc.uniqueArray(fc.oneof(fc.uuid(), anyText(12).filter((s) => s.length > 0)), { minLength: 0, maxLength: maxPapers }).chain((ids) =>
    fc
      .tuple(
        fc.tuple(...ids.map(paperArb)),
        ids.length ? fc.uniqueArray(fc.uuid(), { maxLength: 12 }) : fc.constant([] as string[]),
      )
      .chain(([papers, hids]) =>
        fc.tuple(fc.constant(papers), fc.tuple(...hids.map((h) => highlightArb(h, ids)))).map(([p, h]) => ({ papers: p, highlights: h })),
      ),
  );
