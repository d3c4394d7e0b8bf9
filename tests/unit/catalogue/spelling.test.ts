import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { knownNeighbours, wordHash, WordHashes } from '@/lib/catalogue/spelling';

const lowerWord = (min: number, max: number) => fc.stringMatching(new RegExp(`^[a-z]{${min},${max}}$`));

// Every edit one step away, built as strings: what the hashes must agree with.
function edits(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    if (i < word.length) out.push(head + word.slice(i + 1));
    if (i + 1 < word.length) out.push(head + word[i + 1] + word[i] + word.slice(i + 2));
    for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
      if (i < word.length) out.push(head + letter + word.slice(i + 1));
      out.push(head + letter + word.slice(i));
    }
  }
  return out;
}

describe('knownNeighbours', () => {
  it('finds the known words one edit away', () => {
    const vocabulary = new Set(['attention', 'transformers', 'transformer', 'graph']);
    const hashes = new WordHashes(vocabulary, vocabulary.size);
    expect(knownNeighbours('atention', (w) => vocabulary.has(w), 4, hashes)).toEqual(['attention']);
    expect(knownNeighbours('transfromers', (w) => vocabulary.has(w), 4, hashes)).toEqual(['transformers']);
    expect(knownNeighbours('transformerss', (w) => vocabulary.has(w), 4, hashes)).toEqual(['transformers']);
    expect(knownNeighbours('grah', (w) => vocabulary.has(w), 4, hashes)).toEqual(['graph']);
    // Too short, or not plain letters: not corrected.
    expect(knownNeighbours('grp', (w) => vocabulary.has(w), 4, hashes)).toEqual([]);
    expect(knownNeighbours('gr4ph', (w) => vocabulary.has(w), 4, hashes)).toEqual([]);
  });

  it('gives the same answer with the hash table as without it', () => {
    fc.assert(
      fc.property(fc.array(lowerWord(3, 9), { maxLength: 60 }), lowerWord(4, 10), fc.integer({ min: 1, max: 6 }), (words, word, max) => {
        // Half the vocabulary one edit from the query word, so corrections are found.
        const near = edits(word).filter((_, i) => i % 7 === 0).slice(0, 30);
        const vocabulary = new Set([...words, ...near]);
        const isKnown = (w: string) => vocabulary.has(w);
        const hashed = knownNeighbours(word, isKnown, max, new WordHashes(vocabulary, vocabulary.size));
        expect(hashed).toEqual(knownNeighbours(word, isKnown, max));
      }),
      { numRuns: 300 },
    );
  });

  it('hashes every edit as the string it spells (so no known neighbour is skipped)', () => {
    fc.assert(
      fc.property(lowerWord(4, 12), (word) => {
        const every = new Set(edits(word));
        // A vocabulary of every edit: each must be found (the word itself aside: a swap
        // of two equal letters spells it, and a replace by the same letter is not tried).
        const found = knownNeighbours(word, (w) => every.has(w), every.size, new WordHashes(every, every.size));
        const others = (list: Iterable<string>) => new Set([...list].filter((w) => w !== word));
        expect(others(found)).toEqual(others(every));
      }),
      { numRuns: 100 },
    );
  });
});

describe('WordHashes', () => {
  it('never says no to a word it holds, including one whose hash is 0', () => {
    const words = ['a', 'attention', 'b', ''];
    const table = new WordHashes(words, words.length);
    for (const w of words) expect(table.mayHave(wordHash(w))).toBe(true);
    expect(wordHash('')).toBe(0);
    expect(table.mayHave(wordHash('nothing-like-it'))).toBe(false);
  });
});
