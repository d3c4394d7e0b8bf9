/**
 * How words are compared: lower-cased, without accents, so "Schölkopf" is found by
 * "scholkopf". Shared by the index (lib/search/engine.ts) and the page's marks and quick
 * match, and kept apart from the index so the page does not load MiniSearch.
 */

// Plain ASCII (most words) skips the Unicode work: this runs for every word of 50,000 abstracts.
const NON_ASCII = /[^\u0000-\u007f]/;

/** A word as the index stores it. */
export function normaliseTerm(term: string): string {
  return NON_ASCII.test(term) ? term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() : term.toLowerCase();
}

/** The words of a title filter, normalised as titles are compared (case and accents ignored). */
export function filterWords(text: string): string[] {
  return normaliseTerm(text).split(/\s+/).filter(Boolean);
}

/** Whether a title holds every word of a filter (as a substring: the last word may be half typed). */
export function titleHasWords(title: string, words: readonly string[]): boolean {
  const normalised = normaliseTerm(title);
  return words.every((w) => normalised.includes(w));
}
