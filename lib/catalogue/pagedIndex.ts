/**
 * A stored catalogue's index while its full load is under way: ids and exact titles are
 * decided from the saved KeyTable pages their probes touch (the same double hash and
 * arXiv-id flags as MatchIndex.quickExact, so the same answers), everything else waits
 * for the full index. This is what lets a fresh service worker answer its first lookup in
 * milliseconds at a million entries (issue #8).
 */
import { canonicalId, ID_KINDS } from './catalogueIds';
import { type KeyHit, type KeyTableShape, PagedKeyTable, type PageReader } from './keyPages';
import type { CatalogueMatch, CatalogueName, EntryAt, MatchIndex, MatchQuery } from './match';
import { titleKey } from './normalize';

/** What MatchIndex.quickExact returns: the entry that answers and how it was found. */
export interface QuickHit {
  entry: number;
  method: 'id' | 'title';
}

/** The small facts a paged reader needs before reading any page, saved beside the pages. */
export interface PagedIndexHead {
  size: number;
  ids: KeyTableShape;
  keys: KeyTableShape;
}

/** An index still loading: answers exact lookups from pages, and says when the full one is ready. */
export interface LoadingIndex {
  readonly size: number;
  /** `quickExact` for each query, reading only the pages their probes need. */
  quickExactMany(queries: readonly MatchQuery[]): Promise<(QuickHit | null)[]>;
  /** The answer for an entry `quickExactMany` chose, once that entry is at hand. */
  answer(e: number, method: 'id' | 'title', at: EntryAt): CatalogueMatch | null;
  /**
   * The full index, its load begun on first use; the same promise every time. Begun only
   * when a lookup needs it or the worker has a moment: its ~130 MB of reads (at a million
   * entries) delay any small read begun meanwhile.
   */
  readonly loaded: Promise<MatchIndex>;
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

/** Exact lookups over a catalogue's saved pages; `read(table, pages)` fetches them, `load` the full index. */
export class PagedExactIndex implements LoadingIndex {
  private readonly ids: PagedKeyTable;
  private readonly keys: PagedKeyTable;
  private loading: Promise<MatchIndex> | undefined;

  constructor(
    private readonly head: PagedIndexHead,
    read: (table: 'ids' | 'keys', pages: number[]) => ReturnType<PageReader>,
    private readonly catalogue: CatalogueName,
    private readonly load: () => Promise<MatchIndex>,
  ) {
    this.ids = new PagedKeyTable(head.ids, (pages) => read('ids', pages));
    this.keys = new PagedKeyTable(head.keys, (pages) => read('keys', pages));
  }

  /** The full index (see LoadingIndex). */
  get loaded(): Promise<MatchIndex> {
    return (this.loading ??= this.load());
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
}
