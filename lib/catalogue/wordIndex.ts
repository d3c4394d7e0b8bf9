/**
 * An inverted index from title terms to entry numbers, for finding fuzzy candidates
 * without scanning the catalogue. Terms are content words and pairs of adjacent content
 * words: a title made only of common words ("Efficient Attention for Robust Learning")
 * still has rare pairs. Pairs are hashed into buckets instead of stored as strings, and
 * postings live in one Int32Array (CSR layout), so a million titles cost tens of MB.
 */
import { hash32 } from './keyTable';
import { knownNeighbours, WordHashes } from './spelling';

// Grows a typed array by doubling; typed arrays cannot push.
function ensure(array: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  if (size <= array.length) return array;
  const bigger = new Int32Array(Math.max(size, array.length * 2));
  bigger.set(array);
  return bigger;
}

// Pair tokens are stored negative during the build, before the bucket count is known.
const pairToken = (a: string, b: string): number => -1 - (hash32(`${a} ${b}`) & 0x3fffffff);

/** Collects each entry's terms, then freezes them into postings with `finish`. */
export class WordIndexBuilder {
  private readonly vocabulary = new Map<string, number>();
  private tokens = new Int32Array(1024);
  private tokenCount = 0;
  private pairCount = 0;
  private entryStarts = new Int32Array(1024);
  private entries = 0;

  /** Records the next entry's content words, in title order (entries are numbered in call order). */
  add(words: readonly string[]): void {
    this.entryStarts = ensure(this.entryStarts, this.entries + 2);
    this.entryStarts[this.entries++] = this.tokenCount;
    this.tokens = ensure(this.tokens, this.tokenCount + 2 * words.length);
    const first = this.tokenCount;
    // A title has a dozen terms: a linear duplicate check beats allocating a Set per title.
    const push = (term: number): void => {
      for (let t = first; t < this.tokenCount; t++) if (this.tokens[t] === term) return;
      this.tokens[this.tokenCount++] = term;
      if (term < 0) this.pairCount++;
    };
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as string;
      let id = this.vocabulary.get(word);
      if (id === undefined) this.vocabulary.set(word, (id = this.vocabulary.size));
      push(id);
      const next = words[i + 1];
      if (next !== undefined) push(pairToken(word, next));
    }
  }

  /** The index, ready for queries (see `finishData`). */
  finish(): WordIndex {
    return WordIndex.fromData(this.finishData());
  }

  /** Builds the postings (two passes: count, then fill) and drops the per-entry lists. */
  finishData(): WordIndexData {
    const words = this.vocabulary.size;
    // Distinct pairs are far fewer than pair occurrences; a few collisions only add candidates.
    let buckets = 1024;
    while (buckets * 4 < this.pairCount) buckets *= 2;
    const termOf = (token: number): number => (token >= 0 ? token : words + ((-1 - token) & (buckets - 1)));
    const starts = new Int32Array(words + buckets + 1);
    for (let t = 0; t < this.tokenCount; t++) {
      const next = termOf(this.tokens[t] as number) + 1;
      starts[next] = (starts[next] as number) + 1;
    }
    for (let s = 1; s < starts.length; s++) starts[s] = (starts[s] as number) + (starts[s - 1] as number);
    const postings = new Int32Array(this.tokenCount);
    const fill = starts.slice(0, starts.length - 1);
    this.entryStarts[this.entries] = this.tokenCount;
    for (let e = 0; e < this.entries; e++) {
      for (let t = this.entryStarts[e] as number; t < (this.entryStarts[e + 1] as number); t++) {
        const term = termOf(this.tokens[t] as number);
        postings[fill[term] as number] = e;
        fill[term] = (fill[term] as number) + 1;
      }
    }
    return { vocabulary: [...this.vocabulary.keys()].join('\n'), buckets, starts, postings, entryCount: this.entries };
  }
}

// Reading more postings than this per query would break the 2 ms budget at 1M entries.
const POSTINGS_BUDGET = 30_000;
// Only a few of a query's terms need reading: see `candidates`.
const MIN_TERMS_READ = 4;
const TERMS_READ_SHARE = 0.25;
// Also keeps the shared-term counts within a byte.
const MAX_TERMS_READ = 16;
// How many spelling corrections of one unknown word are worth reading.
const MAX_CORRECTIONS = 4;
const MAX_CORRECTED_WORDS = 3;
// A term this rare nearly names one title.
const RARE_TERM = 100;
// Anything longer is not a title (an abstract pasted as one, say); its start is enough.
const MAX_QUERY_WORDS = 40;

/** A WordIndex's contents: the vocabulary in id order (joined by newlines: one string
 * clones and splits far faster than an array of half a million), the pair bucket count,
 * and the CSR arrays. */
export interface WordIndexData {
  vocabulary: string;
  buckets: number;
  starts: Int32Array;
  postings: Int32Array;
  entryCount: number;
}

/**
 * Where a WordIndex's postings are: every term's run in one array (CSR), in memory or read
 * page by page (./postingPages.ts). Term t's postings are [starts[t], starts[t + 1]).
 */
export interface PostingLists {
  /** Where term `t`'s postings start, and where the next term's start; undefined while not at hand. */
  bounds(term: number): { start: number; end: number } | undefined;
  /** The postings [start, end), undefined while not at hand (not to be written to). */
  read(start: number, end: number): Int32Array | undefined;
}

/** PostingLists over the two arrays in memory. */
export function postingsInMemory(starts: Int32Array, postings: Int32Array): PostingLists {
  return {
    bounds: (term) => ({ start: starts[term] as number, end: starts[term + 1] as number }),
    read: (start, end) => postings.subarray(start, end),
  };
}

/** The vocabulary of a WordIndexData as the word → term-id map a WordIndex needs. */
export function vocabularyOf(data: Pick<WordIndexData, 'vocabulary'>): Map<string, number> {
  const vocabulary = new Map<string, number>();
  if (data.vocabulary) data.vocabulary.split('\n').forEach((word, id) => vocabulary.set(word, id));
  return vocabulary;
}

/** The frozen index: finds the entries sharing the most informative terms with a query. */
export class WordIndex {
  // Scratch space reused by every query, so a lookup allocates nothing proportional to N.
  // Shared-term counts fit a byte: 1 MB at a million entries stays in cache.
  private readonly scores: Uint8Array;
  private readonly touched: Int32Array;
  // Lets spelling corrections skip the ~600 strings an unknown word's edits would make.
  private readonly hashes: WordHashes;

  constructor(
    private readonly vocabulary: Map<string, number>,
    private readonly buckets: number,
    private readonly lists: PostingLists,
    entryCount: number,
  ) {
    this.scores = new Uint8Array(entryCount);
    this.touched = new Int32Array(entryCount);
    this.hashes = new WordHashes(vocabulary.keys(), vocabulary.size);
  }

  /** An index over saved arrays (shared, not copied). */
  static fromData(data: WordIndexData): WordIndex {
    return new WordIndex(vocabularyOf(data), data.buckets, postingsInMemory(data.starts, data.postings), data.entryCount);
  }

  /**
   * Up to `limit` entries sharing terms with the query's content words, best first by how
   * many of the rarest terms they share. Only the rarest terms are read (prefix filtering):
   * a typo or a split word changes at most three or four terms, so the same title up to
   * such edits shares one of the rarest four, while common words ("learning") would cost
   * a million reads. Reading in rarity order makes the count an IDF ranking of sorts.
   */
  candidates(words: readonly string[], limit: number): number[] {
    const query = words.slice(0, MAX_QUERY_WORDS);
    let ranges = this.ranges(query.map((word) => (this.vocabulary.has(word) ? [word] : [])));
    // Postings not at hand yet (./postingPages.ts): nothing to decide until they are read.
    if (!ranges) return [];
    // An unknown word is probably a typo: read its known spellings one edit away too,
    // unless the known words are rare enough to find the title on their own. Correcting
    // costs ~600 lookups per word; a title has one or two typos, more unknowns are names.
    if (ranges.filter((r) => r.end - r.start <= RARE_TERM).length < 2) {
      let unknown = 0;
      const spellings = query.map((word) =>
        this.vocabulary.has(word) ? [word] : unknown++ < MAX_CORRECTED_WORDS ? this.corrections(word) : [],
      );
      if (unknown > 0) ranges = this.ranges(spellings);
      if (!ranges) return [];
    }
    const segments = this.segments(ranges);
    if (!segments) return [];
    const wanted = Math.max(MIN_TERMS_READ, Math.ceil(ranges.length * TERMS_READ_SHARE));
    let touchedCount = 0;
    let most = 0;
    const promoted: number[] = [];
    // Locals: V8 cannot keep fields in registers across the loop's calls to push, and
    // this loop runs over ~15,000 postings per query at a million entries.
    const { scores, touched } = this;
    // Past `wanted`, keep reading while no entry holds every term read so far: then the
    // rarest terms were probably wrong (a typo that made another real word), and only the
    // commoner terms can still single out the title.
    for (let k = 0; k < segments.length && (k < wanted || most < k); k++) {
      const postings = segments[k] as Int32Array;
      for (let p = 0; p < postings.length; p++) {
        const entry = postings[p] as number;
        const score = scores[entry] as number;
        if (score === 0) touched[touchedCount++] = entry;
        else if (score === 1) promoted.push(entry);
        scores[entry] = score + 1;
        if (score >= most) most = score + 1;
      }
    }
    const best = this.top(promoted, touchedCount, limit);
    for (let t = 0; t < touchedCount; t++) this.scores[this.touched[t] as number] = 0;
    return best;
  }

  // The posting ranges of the words and adjacent pairs of a title, rarest first; each
  // position may hold several spellings. Null when a term's bounds are not at hand.
  private ranges(spellings: string[][]): { start: number; end: number }[] | null {
    const terms = new Set<number>();
    spellings.forEach((here, i) => {
      for (const word of here) {
        terms.add(this.vocabulary.get(word) as number);
        for (const next of spellings[i + 1] ?? []) terms.add(this.vocabulary.size + ((-1 - pairToken(word, next)) & (this.buckets - 1)));
      }
    });
    // Every term is asked before giving up, so that one round of reads brings them all.
    const bounds = [...terms].map((term) => this.lists.bounds(term));
    if (bounds.some((b) => b === undefined)) return null;
    return (bounds as { start: number; end: number }[]).filter((r) => r.end > r.start).sort((x, y) => x.end - x.start - (y.end - y.start));
  }

  // The postings of the ranges `candidates` may read, in order: at most MAX_TERMS_READ, and
  // past the first only while their total stays within POSTINGS_BUDGET. Null when some are
  // not at hand (all of them are asked for, so that one round of reads brings them).
  private segments(ranges: readonly { start: number; end: number }[]): Int32Array[] | null {
    const segments: (Int32Array | undefined)[] = [];
    let read = 0;
    for (let k = 0; k < ranges.length && k < MAX_TERMS_READ; k++) {
      const { start, end } = ranges[k] as { start: number; end: number };
      if (k > 0 && read + (end - start) > POSTINGS_BUDGET) break;
      read += end - start;
      segments.push(this.lists.read(start, end));
    }
    return segments.every((s) => s !== undefined) ? (segments as Int32Array[]) : null;
  }

  private corrections(word: string): string[] {
    return knownNeighbours(word, (candidate) => this.vocabulary.has(candidate), MAX_CORRECTIONS, this.hashes);
  }

  // The `limit` touched entries with the highest counts, best first. Only entries that
  // share two or more terms (`promoted`, usually few) need ranking; the rest fill up.
  // Entries two or more terms behind the best are left out: the same title up to a typo
  // shares all but the typo's terms, so they are other papers, and every candidate costs
  // a read from IndexedDB in a stored catalogue (a typo query read 16.6 entries, now 4.0,
  // same recall: docs/benchmarks.md, catalogue matching).
  private top(promoted: number[], touchedCount: number, limit: number): number[] {
    const best = promoted.length > limit ? this.highest(promoted, limit) : promoted;
    best.sort((a, b) => (this.scores[b] as number) - (this.scores[a] as number) || a - b);
    const most = best.length ? (this.scores[best[0] as number] as number) : 1;
    if (most >= 3) return best.filter((e) => (this.scores[e] as number) >= most - 1);
    for (let t = 0; t < touchedCount && best.length < limit; t++) {
      const entry = this.touched[t] as number;
      if (this.scores[entry] === 1) best.push(entry);
    }
    return best;
  }

  // The `limit` entries of a list with the highest counts, unordered: a histogram of the
  // counts gives the cut-off, so two passes suffice however long the list.
  private highest(entries: number[], limit: number): number[] {
    const histogram = new Int32Array(256);
    for (const entry of entries) {
      const score = this.scores[entry] as number;
      histogram[score] = (histogram[score] as number) + 1;
    }
    let cutoff = 255;
    let above = 0;
    while (cutoff > 2 && above + (histogram[cutoff] as number) < limit) above += histogram[cutoff--] as number;
    let room = limit - above;
    return entries.filter((entry) => {
      const score = this.scores[entry] as number;
      return score > cutoff || (score === cutoff && room-- > 0);
    });
  }
}
