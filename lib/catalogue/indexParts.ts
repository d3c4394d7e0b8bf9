/**
 * Building a match index one entry at a time, keeping only its compact parts (hash tables
 * and postings), never the entries: an import of a million papers streams through this
 * and stores the parts, so neither the import nor a later service worker holds the
 * entries in memory.
 */
import type { CatalogueEntry } from '../paper';
import { canonicalId, ID_KINDS } from './catalogueIds';
import { KeyTable, type KeyTableData } from './keyTable';
import { mainTitle, normalizeTitle, titleKey } from './normalize';
import { isContentWord } from './titleAlign';
import { SKETCH_WORDS, sketchKey, type TitleSketches } from './titleSketch';
import { WordIndexBuilder, type WordIndexData } from './wordIndex';

/** The serialisable parts of a match index: typed arrays and one word list, structured-cloneable into IndexedDB. */
export interface MatchIndexParts {
  size: number;
  /** Per entry: bit 0 set when it has an arXiv id (what `conflicts` needs, without the entry). */
  flags: Uint8Array;
  ids: KeyTableData;
  keys: KeyTableData;
  mains: KeyTableData;
  words: WordIndexData;
  /** Per entry: a sketch of its title that rules out fuzzy candidates unread (titleSketch.ts); absent in indexes saved before it. */
  sketches?: TitleSketches;
}

// Cheap pre-test for mainTitle's separators (a colon, a spaced dash, or LaTeX that may
// hide one), so that titles without a subtitle skip the second normalisation.
const SUBTITLE_SEPARATOR = /[:$\\]|\s[-–—]\s/;

/** The main title's key when the title has a subtitle, else undefined. */
export function mainKeyOf(title: string, key: string): string | undefined {
  const main = titleKey(mainTitle(title));
  return main && main !== key ? main : undefined;
}

// A copy of a per-entry array with room for `length` values (typed arrays cannot grow).
function grown<T extends Uint8Array<ArrayBuffer> | Uint32Array<ArrayBuffer>>(array: T, length: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(length);
  bigger.set(array);
  return bigger;
}

/** Collects entries (numbered in call order from 0) into the parts of a match index. */
export class MatchIndexBuilder {
  private count = 0;
  private readonly ids = new KeyTable();
  private readonly keys: KeyTable;
  private readonly mains = new KeyTable();
  private readonly words = new WordIndexBuilder();
  private flags = new Uint8Array(1024);
  private sketchBits = new Uint32Array(1024 * SKETCH_WORDS);
  private keyLengths = new Uint8Array(1024);

  constructor(expected = 8) {
    this.keys = new KeyTable(expected);
  }

  /** Indexes the next entry: its ids, its title key, its main title's key and its words. */
  add(paper: CatalogueEntry): void {
    const e = this.count++;
    if (e >= this.flags.length) {
      const room = this.flags.length * 2;
      this.flags = grown(this.flags, room);
      this.sketchBits = grown(this.sketchBits, room * SKETCH_WORDS);
      this.keyLengths = grown(this.keyLengths, room);
    }
    if (paper.ids?.arxiv) this.flags[e] = 1;
    for (const kind of ID_KINDS) {
      const value = paper.ids?.[kind];
      if (value) this.ids.add(`${kind}:${canonicalId(kind, value)}`, e);
    }
    // One normalisation gives both the key and the words: titleKey is the normalised
    // title without its spaces (normalize.ts), and the build is mostly normalising.
    const normalized = paper.title ? normalizeTitle(paper.title) : '';
    const key = normalized.replace(/ /g, '');
    if (key) {
      this.keys.add(key, e);
      sketchKey(key, e, this.sketchBits, this.keyLengths);
      const main = SUBTITLE_SEPARATOR.test(paper.title) ? mainKeyOf(paper.title, key) : undefined;
      if (main) this.mains.add(main, e);
    }
    this.words.add(key ? normalized.split(' ').filter(isContentWord) : []);
  }

  /** Entries added so far. */
  get size(): number {
    return this.count;
  }

  /** Freezes the parts; the builder is spent afterwards. */
  finish(): MatchIndexParts {
    const sketches = { bits: this.sketchBits.slice(0, this.count * SKETCH_WORDS), lengths: this.keyLengths.slice(0, this.count) };
    return { size: this.count, flags: this.flags.slice(0, this.count), ids: this.ids.toData(), keys: this.keys.toData(), mains: this.mains.toData(), words: this.words.finishData(), sketches };
  }
}
