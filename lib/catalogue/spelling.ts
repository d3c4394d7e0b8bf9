/** Spelling neighbours: how the word index recovers from a typo in a query word. */

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

// The four edits one spelling away.
const DELETE = 0;
const SWAP = 1;
const REPLACE = 2;
const INSERT = 3;
type Edit = typeof DELETE | typeof SWAP | typeof REPLACE | typeof INSERT;
// The polynomial hash's base (odd, so powers never vanish modulo 2^32).
const BASE = 31;

/** A word's polynomial hash modulo 2^32: H(a + b) = H(a)·BASE^|b| + H(b), which lets `knownNeighbours` hash an edited word from its pieces. */
export function wordHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, BASE) + word.charCodeAt(i)) | 0;
  return h;
}

/**
 * The hashes of a vocabulary in an open-addressing table (4–8 bytes per word): whether a
 * spelling may be known, tested from its hash alone. Building each of a word's ~50 edits
 * per letter as a string and looking it up in the vocabulary's Map cost ~1 µs apiece
 * (flattening and hashing a new string), 40% of a typo query's index work at a million
 * titles; only hashes found here are built and checked against the vocabulary.
 */
export class WordHashes {
  private readonly table: Int32Array;
  private readonly mask: number;

  constructor(words: Iterable<string>, count: number) {
    let size = 64;
    while (size < count * 2) size *= 2;
    this.table = new Int32Array(size);
    this.mask = size - 1;
    for (const word of words) this.add(wordHash(word));
  }

  // 0 marks an empty slot, so a hash of 0 is stored (and asked) as 1.
  private add(hash: number): void {
    const h = hash || 1;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const here = this.table[slot] as number;
      if (here === h) return;
      if (here === 0) {
        this.table[slot] = h;
        return;
      }
    }
  }

  /** Whether a word with this hash may be in the vocabulary (never false for one that is). */
  mayHave(hash: number): boolean {
    const h = hash || 1;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const here = this.table[slot] as number;
      if (here === h) return true;
      if (here === 0) return false;
    }
  }
}

/**
 * Up to `max` known words one edit (delete, swap two neighbours, replace, insert) away from
 * `word`, in a fixed order. Brute force, ~50 candidates per letter: a deletion index would
 * be faster but cost hundreds of MB at a million titles, and only unknown words of four
 * letters or more (the ones `isTypo` accepts) are tried. With `hashes`, a candidate is
 * hashed from the word's prefix and suffix hashes, and only built as a string when the
 * vocabulary may hold it: the same answer, without ~600 strings per word.
 */
export function knownNeighbours(word: string, isKnown: (candidate: string) => boolean, max: number, hashes?: WordHashes): string[] {
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return [];
  const n = word.length;
  // prefix[i] = H(word[0, i)), suffix[i] = H(word[i, n)), power[k] = BASE^k.
  const prefix = new Int32Array(n + 1);
  const suffix = new Int32Array(n + 2);
  const power = new Int32Array(n + 2);
  power[0] = 1;
  for (let k = 1; k <= n + 1; k++) power[k] = Math.imul(power[k - 1] as number, BASE);
  for (let i = 0; i < n; i++) prefix[i + 1] = (Math.imul(prefix[i] as number, BASE) + word.charCodeAt(i)) | 0;
  for (let i = n - 1; i >= 0; i--) suffix[i] = (Math.imul(word.charCodeAt(i), power[n - 1 - i] as number) + (suffix[i + 1] as number)) | 0;
  // H(head + middle + tail), where head = word[0, i), the middle is `width` letters hashed
  // as `middle`, and tail = word[from, n).
  const joined = (i: number, middle: number, width: number, from: number): number =>
    (Math.imul(prefix[i] as number, power[width + n - from] as number) + Math.imul(middle, power[n - from] as number) + (suffix[from] as number)) | 0;

  // An edit's string, built only when its hash may be known.
  const spelled = (edit: Edit, i: number, letter: string): string => {
    const head = word.slice(0, i);
    if (edit === DELETE) return head + word.slice(i + 1);
    if (edit === SWAP) return head + (word[i + 1] as string) + (word[i] as string) + word.slice(i + 2);
    return head + letter + word.slice(edit === REPLACE ? i + 1 : i);
  };
  const found = new Set<string>();
  const check = (hash: number, edit: Edit, i: number, letter = ''): void => {
    if (found.size >= max || (hashes && !hashes.mayHave(hash))) return;
    const candidate = spelled(edit, i, letter);
    if (isKnown(candidate)) found.add(candidate);
  };
  for (let i = 0; i <= n; i++) {
    if (i < n) check(joined(i, 0, 0, i + 1), DELETE, i);
    if (i + 1 < n) check(joined(i, (Math.imul(word.charCodeAt(i + 1), BASE) + word.charCodeAt(i)) | 0, 2, i + 2), SWAP, i);
    for (let l = 0; l < LETTERS.length; l++) {
      const letter = LETTERS[l] as string;
      const code = LETTERS.charCodeAt(l);
      if (i < n && code !== word.charCodeAt(i)) check(joined(i, code, 1, i + 1), REPLACE, i, letter);
      check(joined(i, code, 1, i), INSERT, i, letter);
    }
  }
  return [...found];
}
