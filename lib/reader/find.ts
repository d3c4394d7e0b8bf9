/**
 * Find in document: every occurrence of a query in the pages' text (page-text.ts), case
 * and spacing ignored, in page order. Pure; the reader scrolls to and outlines the match.
 */

/** One occurrence: the page (0-based) and text positions in that page's text. */
export interface FindMatch {
  page: number;
  start: number;
  end: number;
}

/** Most matches collected: enough for any sensible query, bounded for "e". */
export const MAX_MATCHES = 5000;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for a query: white space matches any run of white space (line ends included). */
export function queryPattern(query: string): RegExp | null {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  return new RegExp(words.map(escape).join('\\s+'), 'giu');
}

/** Every match of `query` in the given pages' texts (indexed by page), in reading order. */
export function findMatches(texts: ReadonlyArray<string | undefined>, query: string, limit = MAX_MATCHES): FindMatch[] {
  const pattern = queryPattern(query);
  if (!pattern) return [];
  const out: FindMatch[] = [];
  texts.forEach((text, page) => {
    if (!text || out.length >= limit) return;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m && out.length < limit; m = pattern.exec(text)) {
      if (m[0].length === 0) pattern.lastIndex++;
      else out.push({ page, start: m.index, end: m.index + m[0].length });
    }
  });
  return out;
}

/** The match to show first: the first one on or after the current page. */
export function firstMatchFrom(matches: readonly FindMatch[], page: number): number {
  const at = matches.findIndex((m) => m.page >= page);
  return at >= 0 ? at : 0;
}
