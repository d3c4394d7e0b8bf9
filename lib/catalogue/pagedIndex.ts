/**
 * A stored catalogue's index while its full load is under way: ids and exact titles are
 * decided from the saved KeyTable pages their probes touch (the same double hash and
 * arXiv-id flags as MatchIndex.quickExact, so the same answers), and fuzzy lookups run the
 * matcher itself over the pages of the fuzzy stage's tables (main titles, word postings)
 * that they touch. This is what lets a fresh service worker answer its first lookup in
 * milliseconds at a million entries, not after a ~145 MB load (issue #8). Indexes saved
 * before the fuzzy pages existed answer fuzzy lookups after the full load, as before.
 */
import { canonicalId, ID_KINDS } from './catalogueIds';
import { type KeyHit, type KeyPage, type KeyTableShape, PagedKeyTable } from './keyPages';
import { type CatalogueMatch, type CatalogueName, type EntryAt, MatchIndex, type MatchQuery } from './match';
import { titleKey } from './normalize';
import { type ArrayShape, PagedInts, pagedPostings } from './postingPages';
import { type PageSet, untilComplete } from './pageSet';
import { vocabularyOf, WordIndex } from './wordIndex';

/** What MatchIndex.quickExact returns: the entry that answers and how it was found. */
export interface QuickHit {
  entry: number;
  method: 'id' | 'title';
}

/** The shapes of the fuzzy stage's paged tables, and the word index's bucket count. */
export interface FuzzyHead {
  mains: KeyTableShape;
  starts: ArrayShape;
  postings: ArrayShape;
  buckets: number;
}

/** The small facts a paged reader needs before reading any page, saved beside the pages. */
export interface PagedIndexHead {
  size: number;
  ids: KeyTableShape;
  keys: KeyTableShape;
  /** Absent in indexes saved before fuzzy lookups were paged. */
  fuzzy?: FuzzyHead;
}

/** What each paged table's pages hold. */
export interface PageTypes {
  ids: KeyPage;
  keys: KeyPage;
  mains: KeyPage;
  starts: Int32Array;
  postings: Int32Array;
}

/** The paged tables of a saved index. */
export type PagedTable = keyof PageTypes;

/** Reads some pages of one table, in the order asked (undefined where missing). */
export type TableReader = <T extends PagedTable>(table: T, pages: number[]) => Promise<(PageTypes[T] | undefined)[]>;

/** An index still loading: answers exact lookups from pages, and says when the full one is ready. */
export interface LoadingIndex {
  readonly size: number;
  /** `quickExact` for each query, reading only the pages their probes need. */
  quickExactMany(queries: readonly MatchQuery[]): Promise<(QuickHit | null)[]>;
  /** The answer for an entry `quickExactMany` chose, once that entry is at hand. */
  answer(e: number, method: 'id' | 'title', at: EntryAt): CatalogueMatch | null;
  /**
   * The full index, its load begun on first use; the same promise every time. Begun only
   * when the worker has a moment (or a lookup cannot do without it): its ~145 MB of reads
   * (at a million entries) delay small reads begun meanwhile.
   */
  readonly loaded: Promise<MatchIndex>;
  /**
   * `pass`'s result over the index: the full one if loaded, else one over the saved pages
   * (`pass` rerun until it wants no page it lacks: it must be synchronous and free of side
   * effects), else, for an index saved without fuzzy pages or when `full` asks for it, the
   * full one once loaded.
   */
  withIndex<T>(pass: (index: MatchIndex) => T, full?: boolean): Promise<T>;
}

/** The keys quickExact probes, in its order: one per id kind present, then the title key ('' when none). */
export function exactKeys(query: MatchQuery): { ids: string[]; title: string } {
  const ids: string[] = [];
  for (const kind of ID_KINDS) {
    const value = query.ids?.[kind];
    if (value) ids.push(`${kind}:${canonicalId(kind, value)}`);
  }
  const title = query.title?.trim();
  return { ids, title: title ? titleKey(title) : '' };
}

/** quickExact's decision from the hits of its keys: the first id kind that hits, else the
 * title hits an arXiv id does not rule out (the entry has another one); lowest entry wins. */
export function decideExact(query: MatchQuery, idHits: readonly (readonly number[])[], titleHits: readonly KeyHit[]): QuickHit | null {
  for (const hits of idHits) if (hits.length) return { entry: Math.min(...hits), method: 'id' };
  const queryHasArxiv = !!query.ids?.arxiv;
  const hits = titleHits.filter((h) => !(queryHasArxiv && h.flag & 1)).map((h) => h.entry);
  return hits.length ? { entry: Math.min(...hits), method: 'title' } : null;
}

/** Lookups over a catalogue's saved pages; `read` fetches them, `vocabulary` the word index's
 * word list (only fuzzy lookups need it), `load` the full index. */
export class PagedIndex implements LoadingIndex {
  private readonly ids: PagedKeyTable;
  private readonly keys: PagedKeyTable;
  private loading: Promise<MatchIndex> | undefined;
  private full: MatchIndex | undefined;
  private fuzzy: Promise<{ index: MatchIndex; sets: PageSet<unknown>[] }> | undefined;

  constructor(
    private readonly head: PagedIndexHead,
    private readonly read: TableReader,
    private readonly vocabulary: () => Promise<string>,
    private readonly catalogue: CatalogueName,
    private readonly load: () => Promise<MatchIndex>,
  ) {
    this.ids = new PagedKeyTable(head.ids, (pages) => read('ids', pages));
    this.keys = new PagedKeyTable(head.keys, (pages) => read('keys', pages));
  }

  /** The full index (see LoadingIndex). */
  get loaded(): Promise<MatchIndex> {
    return (this.loading ??= this.load().then((index) => (this.full = index)));
  }

  /** Entries indexed. */
  get size(): number {
    return this.head.size;
  }

  /** Probes every id and title key of the batch at once (ids and titles read in parallel). */
  async quickExactMany(queries: readonly MatchQuery[]): Promise<(QuickHit | null)[]> {
    const keys = queries.map(exactKeys);
    const [idHits, titleHits] = await Promise.all([
      this.ids.lookupExactMany(keys.flatMap((k) => k.ids)),
      this.keys.lookupExactMany(keys.flatMap((k) => (k.title ? [k.title] : []))),
    ]);
    let id = 0;
    let title = 0;
    return queries.map((query, q) => {
      const { ids, title: key } = keys[q] as { ids: string[]; title: string };
      const mine = idHits.slice(id, (id += ids.length)).map((hits) => hits.map((h) => h.entry));
      return decideExact(query, mine, key ? (titleHits[title++] as KeyHit[]) : []);
    });
  }

  /** As MatchIndex.answer for a single stored catalogue (entry numbers all belong to it). */
  answer(e: number, method: 'id' | 'title', at: EntryAt): CatalogueMatch | null {
    const entry = at(e);
    return entry ? { entry, catalogueId: this.catalogue.id, catalogueName: this.catalogue.name, method, confidence: 1 } : null;
  }

  /** See LoadingIndex.withIndex. */
  async withIndex<T>(pass: (index: MatchIndex) => T, full = false): Promise<T> {
    if (this.full) return pass(this.full);
    if (full || !this.head.fuzzy) return pass(await this.loaded);
    const { index, sets } = await (this.fuzzy ??= this.pagedIndex(this.head.fuzzy).catch((error: unknown) => {
      this.fuzzy = undefined; // A failed read is retried by the next lookup.
      throw error;
    }));
    return this.full ? pass(this.full) : untilComplete(sets, () => pass(index));
  }

  // The matcher over the saved pages: the exact tables shared with quickExactMany (their
  // pages read once), the fuzzy stage's read as its lookups touch them.
  private async pagedIndex(fuzzy: FuzzyHead): Promise<{ index: MatchIndex; sets: PageSet<unknown>[] }> {
    const vocabulary = vocabularyOf({ vocabulary: await this.vocabulary() });
    const mains = new PagedKeyTable(fuzzy.mains, (pages) => this.read('mains', pages));
    const starts = new PagedInts(fuzzy.starts, (pages) => this.read('starts', pages));
    const postings = new PagedInts(fuzzy.postings, (pages) => this.read('postings', pages));
    const words = new WordIndex(vocabulary, fuzzy.buckets, pagedPostings(starts, postings), this.head.size);
    const index = MatchIndex.fromSources({ size: this.head.size, ids: this.ids, keys: this.keys, mains, words }, this.catalogue);
    return { index, sets: [this.ids.pages, this.keys.pages, mains.pages, starts.pages, postings.pages] };
  }
}
