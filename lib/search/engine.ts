/**
 * The full-text index: MiniSearch over titles, authors, abstracts, notes and highlights
 * with their comments, one document per paper. Words are matched whole, except the last
 * one typed, which matches as a prefix once it has a few letters (search as you type).
 */
import MiniSearch, { type Options } from 'minisearch';
import { normaliseTerm } from './normalise';
import { withUnclampedZeroTimeouts } from './zero-timeout';
import type { SearchDoc } from './rows';

/** The indexed fields of a paper (title, authors and note weigh more; see the boosts below). */
export const SEARCH_FIELDS = ['title', 'authors', 'abstract', 'note', 'highlights'] as const;

/** Shortest last word searched as a prefix: shorter ones expand to too many words to be fast. */
export const MIN_PREFIX = 3;

const OPTIONS: Options<SearchDoc> = {
  fields: [...SEARCH_FIELDS],
  storeFields: [],
  processTerm: normaliseTerm,
  searchOptions: {
    boost: { title: 3, authors: 2, note: 1.5 },
    combineWith: 'AND',
    prefix: (term, i, terms) => i === terms.length - 1 && term.length >= MIN_PREFIX,
  },
};

/** The full-text index type. */
export type TextIndex = MiniSearch<SearchDoc>;

/** A new empty index. */
export function createTextIndex(): TextIndex {
  return new MiniSearch<SearchDoc>(OPTIONS);
}

/** An index saved by saveTextIndex; yields now and then, so that a worker keeps answering. */
export function loadTextIndex(json: string): Promise<TextIndex> {
  return withUnclampedZeroTimeouts(() => MiniSearch.loadJSONAsync<SearchDoc>(json, OPTIONS));
}

/** Terms serialised between two pauses. */
const SLICE = 20_000;

/**
 * The index as JSON, the same as `JSON.stringify(index)`, but its term list serialised in
 * slices with a pause between them: at 50,000 papers stringifying it whole blocks for seconds.
 */
export async function saveTextIndex(index: TextIndex, pause: () => Promise<void>): Promise<string> {
  const { index: terms, ...rest } = index.toJSON();
  const parts: string[] = [];
  for (let i = 0; i < terms.length; i += SLICE) {
    parts.push(JSON.stringify(terms.slice(i, i + SLICE)).slice(1, -1));
    await pause();
  }
  return `${JSON.stringify(rest).slice(0, -1)},"index":[${parts.join(',')}]}`;
}

/** Adds or replaces a paper's document. */
export function putDoc(index: TextIndex, doc: SearchDoc): void {
  if (index.has(doc.id)) index.replace(doc);
  else index.add(doc);
}

/** Removes a paper's document, if indexed. */
export function dropDoc(index: TextIndex, id: string): void {
  if (index.has(id)) index.discard(id);
}

/**
 * Whether the words are worth a full-text search: a lone word shorter than MIN_PREFIX is
 * answered from titles and authors instead (see quickMatch), as it is still being typed.
 */
export function wantsFullText(terms: readonly string[]): boolean {
  return terms.length > 1 || (terms.length === 1 && (terms[0] as string).length >= MIN_PREFIX);
}

/**
 * Paper ids matching every word, best first. A last word too short for a prefix search is
 * left out rather than matched whole: it is most likely half typed.
 */
export function searchText(index: TextIndex, terms: readonly string[]): string[] {
  const last = terms[terms.length - 1];
  const used = terms.length > 1 && last !== undefined && last.length < MIN_PREFIX ? terms.slice(0, -1) : terms;
  if (used.length === 0) return [];
  return index.search(used.join(' ')).map((r) => r.id as string);
}
