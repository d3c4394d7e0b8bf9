import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MatchIndexBuilder } from '../../../lib/catalogue/indexParts';
import { MatchIndex, type MatchQuery } from '../../../lib/catalogue/match';
import { judgeFullTitle } from '../../../lib/catalogue/matchRules';
import { titleKey, titleWords } from '../../../lib/catalogue/normalize';
import { alignWords, TITLE_STOPWORDS } from '../../../lib/catalogue/titleAlign';
import { mayMatchAlone, SKETCH_WORDS, sketchKey, sketchQuery } from '../../../lib/catalogue/titleSketch';
import type { Catalogue, CatalogueEntry } from '../../../lib/paper';
import sample from '../../fixtures/catalogue/sample-catalogue.json';

// Whether the sketch of `entry` lets `query` through (both titles).
function passes(query: string, entry: string): boolean {
  const bits = new Uint32Array(SKETCH_WORDS);
  const lengths = new Uint8Array(1);
  sketchKey(titleKey(entry), 0, bits, lengths);
  return mayMatchAlone(sketchQuery(titleKey(query), titleWords(query)), { bits, lengths }, 0);
}

const accepted = (query: string, entry: string): boolean => judgeFullTitle(alignWords(titleWords(query), titleWords(entry)), undefined) !== null;

const WORDS = ['attention', 'graph', 'neural', 'networks', 'diffusion', 'models', 'robust', 'learning', 'sparse', 'language',
  'transformers', 'scaling', 'laws', 'contrastive', 'retrieval', 'reasoning', 'pretraining', 'vision', 'policy', 'gradient'];
const STOPWORDS = [...TITLE_STOPWORDS];

// One edit of the kinds the matcher forgives: a typo inside a word, a stopword added or
// dropped, two words joined or one split.
type Edit = { kind: 'typo'; at: number; pos: number; op: number; letter: string } | { kind: 'stop'; at: number; word: number } | { kind: 'drop' } | { kind: 'join'; at: number } | { kind: 'split'; at: number; pos: number };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('typo' as const), at: fc.nat(), pos: fc.nat(), op: fc.nat(3), letter: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz') }),
  fc.record({ kind: fc.constant('stop' as const), at: fc.nat(), word: fc.nat(STOPWORDS.length - 1) }),
  fc.record({ kind: fc.constant('drop' as const) }),
  fc.record({ kind: fc.constant('join' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('split' as const), at: fc.nat(), pos: fc.nat() }),
);

function apply(words: string[], e: Edit): string[] {
  const out = [...words];
  const i = 'at' in e ? e.at % out.length : 0;
  const w = out[i] as string;
  if (e.kind === 'typo') {
    const p = e.pos % w.length;
    const ops = [w.slice(0, p) + e.letter + w.slice(p + 1), w.slice(0, p) + e.letter + w.slice(p), w.slice(0, p) + w.slice(p + 1), w.slice(0, p) + (w[p + 1] ?? '') + w[p] + w.slice(p + 2)];
    out[i] = ops[e.op] as string;
  } else if (e.kind === 'stop') out.splice(i, 0, STOPWORDS[e.word] as string);
  else if (e.kind === 'drop') {
    const s = out.findIndex((x) => TITLE_STOPWORDS.has(x));
    if (s >= 0) out.splice(s, 1);
  } else if (e.kind === 'join' && i + 1 < out.length) out.splice(i, 2, w + out[i + 1]);
  else if (e.kind === 'split' && w.length > 1) out.splice(i, 1, w.slice(0, 1 + (e.pos % (w.length - 1))), w.slice(1 + (e.pos % (w.length - 1))));
  return out.filter((x) => x.length > 0);
}

describe('title sketches', () => {
  it('never rule out a candidate that the no-abstract rule would accept', () => {
    // Made-up words as well as real ones: their trigrams are rarely repeated elsewhere in the
    // title, so an edit's lost trigrams are really lost (the bound's worst case).
    const word = fc.oneof(fc.constantFrom(...WORDS), fc.stringMatching(/^[a-z]{4,9}$/), fc.constantFrom(...STOPWORDS));
    const title = fc.array(word, { minLength: 4, maxLength: 14 });
    let acceptedCount = 0;
    fc.assert(
      fc.property(title, fc.array(edit, { maxLength: 4 }), fc.boolean(), (words, edits, reverse) => {
        const edited = edits.reduce(apply, words);
        if (edited.length === 0) return;
        const [query, entry] = reverse ? [edited.join(' '), words.join(' ')] : [words.join(' '), edited.join(' ')];
        if (!accepted(query, entry)) return;
        acceptedCount++;
        expect(passes(query, entry), `${query} | ${entry}`).toBe(true);
      }),
      { numRuns: 5000 },
    );
    // The property is only worth something if many generated pairs were accepted.
    expect(acceptedCount).toBeGreaterThan(500);
  });

  it('keep titles with the most edits the rule forgives (two swapped letters and a long stopword)', () => {
    // Eight or more made-up content words (so two typos are allowed) and the worst edits
    // for the trigram count, where a looser bound would show.
    const words = fc.uniqueArray(fc.stringMatching(/^[a-z]{5,9}$/), { minLength: 8, maxLength: 12 });
    fc.assert(
      fc.property(words, fc.nat(), fc.nat(), fc.nat(), fc.constantFrom('into', 'with', 'from'), (ws, a, b, at, stop) => {
        const i = a % ws.length;
        const j = (i + 1 + (b % (ws.length - 1))) % ws.length;
        const swap = (w: string, p: number): string => w.slice(0, p) + (w[p + 1] as string) + (w[p] as string) + w.slice(p + 2);
        const edited = [...ws];
        edited[i] = swap(ws[i] as string, 1);
        edited[j] = swap(ws[j] as string, 2);
        edited.splice(1 + (at % (ws.length - 1)), 0, stop);
        const [query, entry] = [edited.join(' '), ws.join(' ')];
        if (!accepted(query, entry)) return;
        expect(passes(query, entry), `${query} | ${entry}`).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('keep typo, stopword and spacing variants of a title', () => {
    const title = 'Frozen Large Language Models Enable Data-Efficient Language-Image Pretraining';
    expect(passes('Frozen Large Langauge Models Enable Data-Efficient Language-Image Pretraining', title)).toBe(true);
    expect(passes('Frozen Large Language Models Enable Data-Efficient Language-Image Pre-training for the', title)).toBe(true);
    expect(passes('FrozenLarge Language Models Enable DataEfficient Language Image Pretraining', title)).toBe(true);
  });

  it('rule out a title that only shares some words', () => {
    const title = 'Frozen Large Language Models Enable Data-Efficient Language-Image Pretraining';
    expect(passes('Large Language Models Are Zero-Shot Reasoners', title)).toBe(false);
    expect(passes('Frozen Large Language Models Enable Data-Efficient Speech Recognition', title)).toBe(false);
  });
});

describe('a match index with title sketches', () => {
  const catalogue = sample as Catalogue;
  // The same index without its sketches, as saved before they existed.
  const parts = (() => {
    const builder = new MatchIndexBuilder();
    for (const paper of catalogue.papers) builder.add(paper);
    return builder.finish();
  })();
  const entryAt = (e: number): CatalogueEntry | undefined => catalogue.papers[e];
  const withSketches = MatchIndex.fromParts(parts, [catalogue], entryAt);
  const without = MatchIndex.fromParts({ ...parts, sketches: undefined }, [catalogue], entryAt);

  const typo = (t: string): string => t.replace(/([a-z])([a-z])([a-z]{3,})/, '$2$1$3');
  const queries: MatchQuery[] = catalogue.papers.flatMap((p) => {
    const main = p.title.split(':')[0] as string;
    return [{ title: typo(p.title) }, { title: `${p.title} for Vision` }, { title: main }, { title: `${main}: A Survey` }, { title: p.title.toLowerCase().replace(/-/g, ' ') }];
  });

  it('gives the same answers as one without, reading fewer candidates', () => {
    let read = 0;
    let readWithout = 0;
    for (const query of queries) {
      expect(withSketches.match(query)?.entry.id, query.title).toBe(without.match(query)?.entry.id);
      if (withSketches.quickExact(query)) continue;
      read += new Set(withSketches.fuzzyCandidates(query)).size;
      readWithout += new Set(without.fuzzyCandidates(query)).size;
    }
    expect(read).toBeLessThan(readWithout / 2);
  });

  it('matches a typo from the candidates it asks for alone', () => {
    const query = { title: typo((catalogue.papers[3] as CatalogueEntry).title) };
    const wanted = new Set(withSketches.fuzzyCandidates(query));
    const answer = withSketches.matchWith(query, (e) => (wanted.has(e) ? entryAt(e) : undefined));
    expect(answer?.entry.id).toBe((catalogue.papers[3] as CatalogueEntry).id);
  });

  it('reads no main-title hits once their sketches show two different titles', () => {
    const main = 'Distinctive Quantum Sparse Attention Mechanisms';
    const entries = [`${main}: Theory`, `${main}: Practice`, `${main} - Revisited`, 'Unrelated Graph Paper: A Study'].map((title, i) => ({ id: `m${i}`, title, links: [] }));
    // The same paper twice (say, two catalogue rows) still stands alone.
    const twice = [{ id: 'd0', title: `${main}: Theory`, links: [] }, { id: 'd1', title: `${main}: Theory`, links: [] }];
    for (const [papers, expected] of [[entries, undefined], [twice, 'd0']] as const) {
      const built = new MatchIndexBuilder();
      for (const paper of papers) built.add(paper);
      const p = built.finish();
      const at = (e: number) => papers[e];
      const sketched = MatchIndex.fromParts(p, [catalogue], at);
      const plain = MatchIndex.fromParts({ ...p, sketches: undefined }, [catalogue], at);
      const query = { title: main };
      expect(sketched.match(query)?.entry.id).toBe(expected);
      expect(plain.match(query)?.entry.id).toBe(expected);
      expect(sketched.fuzzyCandidates(query).length).toBe(expected ? 2 : 0);
      expect(plain.fuzzyCandidates(query).length).toBeGreaterThan(1);
    }
  });

  it('ignores sketches that do not cover every entry (they would rule out the rest unread)', () => {
    const short = { bits: parts.sketches!.bits.slice(0, 4 * 3), lengths: parts.sketches!.lengths.slice(0, 3) };
    const partial = MatchIndex.fromParts({ ...parts, sketches: short }, [catalogue], entryAt);
    for (const query of queries) expect(partial.fuzzyCandidates(query)).toEqual(without.fuzzyCandidates(query));
  });

  it('ignores the sketches for a query with an abstract (abstracts can vouch for a changed title)', () => {
    const query = { title: 'Unrelated Title About Other Things', abstract: 'Something.' };
    expect(withSketches.fuzzyCandidates(query)).toEqual(without.fuzzyCandidates(query));
  });
});
