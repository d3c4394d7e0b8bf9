/**
 * Finding a quoted passage in a page's text again: exactly first, then approximately with
 * approx-string-match (Myers' bit-parallel algorithm), choosing between candidates by the
 * text around them and by the distance to where the passage used to be.
 */
import search from 'approx-string-match';

/** The quote to find: the exact passage with some context either side. */
export interface Quote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Where a quote was found in the text. */
export interface QuoteMatch {
  start: number;
  end: number;
  /** Edits between the stored quote and the text found (0 for an exact match). */
  errors: number;
}

/** At most this share of a quote may differ for an approximate match (1/8, as in the issue). */
export const MAX_ERROR_RATE = 1 / 8;
/** Cap on allowed edits: the search costs O(text length × edits / 32). */
const MAX_ERRORS = 256;
/** Exact occurrences weighed at most, so that a quote like "the" cannot make anchoring slow. */
const MAX_CANDIDATES = 1000;
/** How far from its stored position a passage is first looked for (characters). */
const NEAR = 4000;

/** How many characters `a` and `b` share at their ends (`fromEnd`) or starts. */
function shared(a: string, b: string, fromEnd: boolean): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  if (fromEnd) while (i < n && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  else while (i < n && a[i] === b[i]) i++;
  return i;
}

/**
 * How well a candidate fits: agreement of the context either side (each 0..1), then
 * closeness to the stored position as a tie-breaker that never outweighs context.
 */
function fit(text: string, quote: Quote, start: number, end: number, hint: number | undefined): number {
  const before = text.slice(Math.max(0, start - quote.prefix.length), start);
  const after = text.slice(end, end + quote.suffix.length);
  const prefix = quote.prefix.length ? shared(before, quote.prefix, true) / quote.prefix.length : 1;
  const suffix = quote.suffix.length ? shared(after, quote.suffix, false) / quote.suffix.length : 1;
  const near = hint === undefined ? 0 : 1 / (1 + Math.abs(start - hint) / Math.max(1, text.length));
  return prefix + suffix + 0.01 * near;
}

function best(text: string, quote: Quote, candidates: QuoteMatch[], hint: number | undefined): QuoteMatch | null {
  let chosen: QuoteMatch | null = null;
  let score = -Infinity;
  for (const c of candidates) {
    const s = fit(text, quote, c.start, c.end, hint) - c.errors / Math.max(1, quote.exact.length);
    if (s > score) [chosen, score] = [c, s];
  }
  return chosen;
}

/** Exact occurrences starting in [from, to), up to a bound. */
function occurrences(text: string, exact: string, from: number, to: number): QuoteMatch[] {
  const found: QuoteMatch[] = [];
  for (let at = text.indexOf(exact, from); at >= 0 && at < to && found.length < MAX_CANDIDATES; at = text.indexOf(exact, at + 1)) {
    found.push({ start: at, end: at + exact.length, errors: 0 });
  }
  return found;
}

/**
 * Every exact occurrence of the quote (up to a bound), the best by context and position.
 * Near the stored position first: an occurrence there whose context agrees in full cannot
 * be beaten, and finding it spares a scan of the whole page for each of hundreds of highlights.
 */
export function matchExact(text: string, quote: Quote, hint?: number): QuoteMatch | null {
  if (hint !== undefined) {
    const near = best(text, quote, occurrences(text, quote.exact, Math.max(0, hint - NEAR), hint + NEAR), hint);
    if (near && fit(text, quote, near.start, near.end, undefined) === 2) return near;
  }
  return best(text, quote, occurrences(text, quote.exact, 0, text.length), hint);
}

/** The most edits an approximate match of this quote may have. */
export function maxErrorsFor(exact: string): number {
  return Math.min(MAX_ERRORS, Math.floor(exact.length * MAX_ERROR_RATE));
}

/**
 * The best approximate occurrence within the error bound, or null. Looks near the stored
 * position first (cheap, and right when the page only shifted), then in the whole text.
 */
export function matchFuzzy(text: string, quote: Quote, hint?: number): QuoteMatch | null {
  const maxErrors = maxErrorsFor(quote.exact);
  if (maxErrors === 0) return null;
  const len = quote.exact.length;
  const windows: Array<[number, number]> = [];
  if (hint !== undefined) windows.push([Math.max(0, hint - 2 * len - 2000), Math.min(text.length, hint + 3 * len + 2000)]);
  windows.push([0, text.length]);
  for (const [from, to] of windows) {
    const matches = search(text.slice(from, to), quote.exact, maxErrors).map((m) => ({
      start: m.start + from,
      end: m.end + from,
      errors: m.errors,
    }));
    const chosen = best(text, quote, matches, hint);
    if (chosen) return trim(text, chosen);
    if (from === 0 && to === text.length) break;
  }
  return null;
}

/** Drops white space an approximate match may have picked up at its edges. */
function trim(text: string, m: QuoteMatch): QuoteMatch {
  let { start, end } = m;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { ...m, start, end };
}

/** The quote's place in the text: exact occurrences first, then approximate ones. */
export function matchQuote(text: string, quote: Quote, hint?: number): QuoteMatch | null {
  if (!quote.exact) return null;
  return matchExact(text, quote, hint) ?? matchFuzzy(text, quote, hint);
}
