/**
 * A 128-bit sketch of each catalogue title, kept in memory beside the match index, that
 * rules out most fuzzy candidates without reading them. In a stored catalogue every
 * candidate costs an IndexedDB read, which is most of a fuzzy lookup's time.
 *
 * The test is sound for the only rule that can match a title without abstracts
 * (judgeFullTitle: no content word added or removed, at most `typoAllowance` one-letter
 * typos and MAX_STOP_INDELS stopwords on one side only). Along such an alignment the two
 * title keys (normalised, no spaces; joins change nothing) differ by those few edits, so:
 * - their lengths differ by at most one per typo plus a stopword's length;
 * - an edit destroys at most a few of the query key's trigrams (a swap of two letters 4,
 *   a stopword of k letters the query has k + 2, one the entry has 2), and every other
 *   trigram of the query is in the entry.
 * The sketch is a Bloom filter of the entry key's trigrams: a query trigram whose bit is
 * clear is certainly missing, so counting clear bits bounds the missing trigrams from below.
 */
import { MAX_STOP_INDELS, typoAllowance } from './matchRules';
import { isContentWord, TITLE_STOPWORDS } from './titleAlign';

/** 32-bit words per title sketch (128 bits: 16 MB at a million entries). */
export const SKETCH_WORDS = 4;
const SKETCH_BITS = SKETCH_WORDS * 32;
const GRAM = 3;
// A stored key length of this means "this long or longer": the length test then passes.
const LONG = 255;

const LONGEST_STOPWORD = Math.max(...[...TITLE_STOPWORDS].map((w) => w.length));

// FNV-1a of the trigram at `at`, reduced to a bit number.
function gramBit(key: string, at: number): number {
  let hash = 0x811c9dc5;
  for (let i = at; i < at + GRAM; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % SKETCH_BITS;
}

/** Writes a title key's sketch into `bits` at entry `e`, and its length into `lengths`. */
export function sketchKey(key: string, e: number, bits: Uint32Array, lengths: Uint8Array): void {
  const base = e * SKETCH_WORDS;
  for (let i = 0; i + GRAM <= key.length; i++) {
    const bit = gramBit(key, i);
    bits[base + (bit >>> 5)] = (bits[base + (bit >>> 5)] as number) | (1 << (bit & 31));
  }
  lengths[e] = Math.min(key.length, LONG);
}

/** The saved sketches of an index's titles: SKETCH_WORDS per entry, and each key's length. */
export interface TitleSketches {
  bits: Uint32Array;
  lengths: Uint8Array;
}

/** A query title prepared for the test: its key's length, its distinct trigrams' bits, and how far an entry may be from it. */
export interface SketchQuery {
  length: number;
  bits: readonly number[];
  maxMissing: number;
  maxLengthGap: number;
}

/** Prepares a query title (its key and its words, from normalize.ts) for `mayMatchAlone`. */
export function sketchQuery(key: string, words: readonly string[]): SketchQuery {
  const grams = new Map<string, number>();
  for (let i = 0; i + GRAM <= key.length; i++) {
    const gram = key.slice(i, i + GRAM);
    if (!grams.has(gram)) grams.set(gram, gramBit(key, i));
  }
  // The typo allowance grows with the fewer content words of the two titles: the query's
  // count bounds it. A stopword only the query has is one of its own; one only the entry
  // has, any, but it removes just the GRAM - 1 query trigrams that span where it goes.
  const typos = typoAllowance(words.filter(isContentWord).length);
  const ownStopword = Math.max(0, ...words.filter((w) => !isContentWord(w)).map((w) => w.length));
  const stopwordGrams = Math.max(GRAM - 1, ownStopword ? ownStopword + GRAM - 1 : 0);
  return {
    length: key.length,
    bits: [...grams.values()],
    maxMissing: typos * (GRAM + 1) + MAX_STOP_INDELS * stopwordGrams,
    maxLengthGap: typos + MAX_STOP_INDELS * LONGEST_STOPWORD,
  };
}

/**
 * False when entry `e` certainly fails judgeFullTitle without abstracts (see the file
 * comment); true when it may pass, and then only reading it can tell.
 */
export function mayMatchAlone(query: SketchQuery, sketches: TitleSketches, e: number): boolean {
  const length = sketches.lengths[e] as number;
  if (length < LONG && query.length < LONG && Math.abs(length - query.length) > query.maxLengthGap) return false;
  const base = e * SKETCH_WORDS;
  let missing = 0;
  for (const bit of query.bits) {
    if (((sketches.bits[base + (bit >>> 5)] as number) & (1 << (bit & 31))) === 0 && ++missing > query.maxMissing) return false;
  }
  return true;
}
