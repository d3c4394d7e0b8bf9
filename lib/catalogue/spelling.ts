/** Spelling neighbours: how the word index recovers from a typo in a query word. */

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Up to `max` known words one edit (delete, swap two neighbours, replace, insert) away from
 * `word`. Brute force, ~50 lookups per letter: a deletion index would be faster but cost
 * hundreds of MB at a million titles, and only unknown words of four letters or more
 * (the ones `isTypo` accepts) are tried.
 */
export function knownNeighbours(word: string, isKnown: (candidate: string) => boolean, max: number): string[] {
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return [];
  const found = new Set<string>();
  const check = (candidate: string): void => {
    if (found.size < max && isKnown(candidate)) found.add(candidate);
  };
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i + 1);
    if (i < word.length) check(head + tail);
    if (i + 1 < word.length) check(head + (word[i + 1] as string) + (word[i] as string) + word.slice(i + 2));
    for (const letter of LETTERS) {
      if (i < word.length && letter !== word[i]) check(head + letter + tail);
      check(head + letter + word.slice(i));
    }
  }
  return [...found];
}
