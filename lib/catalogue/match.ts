/**
 * The catalogue matcher: finds the catalogue entry for a detected paper by id, then by
 * exact title key, then by fuzzy title (with the abstract as a second signal). Pure and
 * synchronous; sized for a million entries.
 */
import type { Catalogue, CatalogueEntry, PaperIds } from '../paper';
import { abstractOverlap, abstractWords } from './abstractSimilarity';
import { canonicalId, conflicts, ID_KINDS } from './catalogueIds';
import { MatchIndexBuilder, mainKeyOf, type MatchIndexParts } from './indexParts';
import type { KeyLookup } from './keyPages';
import { KeyTable, type KeyTableData } from './keyTable';
import { judgeFullTitle, judgeMainTitle, MIN_DISTINCTIVE_WORDS, MIN_TITLE_SIMILARITY, type Option, pickBest } from './matchRules';
import { mainTitle, titleKey, titleWords } from './normalize';
import { alignWords, isContentWord, titleSimilarity } from './titleAlign';
import { mayMatchAlone, SKETCH_WORDS, sketchQuery, type TitleSketches } from './titleSketch';
import { WordIndex } from './wordIndex';

/** What is known about the paper to match; every field is optional. */
export interface MatchQuery {
  ids?: PaperIds;
  title?: string;
  abstract?: string;
}

/** The catalogue entry a query matched, how, and how sure (0..1, 1 for id and exact title). */
export interface CatalogueMatch {
  entry: CatalogueEntry;
  catalogueId: string;
  catalogueName: string;
  method: 'id' | 'title' | 'fuzzy';
  confidence: number;
  /** Every enabled catalogue holding the paper, when more than the one named above (CatalogueSet). */
  catalogueNames?: string[];
}

// Beyond this many entries sharing a main title, the main title alone decides nothing.
const MAX_MAIN_HITS = 32;
// How many word-index candidates get the full word alignment. Each is read from IndexedDB in
// the worker, which is most of a fuzzy lookup's time: at a million entries, 16 → 8 took the
// nonMember median from 4.3 to 2.7 ms and typo recall from 0.999 to 0.996 (docs/benchmarks.md).
const FUZZY_CANDIDATES = 8;

/** Reads an indexed entry by its number; undefined when it is not at hand (then it cannot match). */
export type EntryAt = (e: number) => CatalogueEntry | undefined;

/** What the index needs to know of a catalogue to name it in an answer. */
export type CatalogueName = Pick<Catalogue, 'id' | 'name'>;

/**
 * An immutable index over catalogues: exact lookups take microseconds, fuzzy ones about a
 * millisecond at a million entries. It keeps hashes and postings only; the entries are
 * read through an `EntryAt`, from memory (`build`) or, for a stored index, from the few
 * candidates fetched beforehand (`exactCandidates`, `fuzzyCandidates`, then `matchWith`).
 */
export class MatchIndex {
  private constructor(
    private readonly entryAt: EntryAt,
    private readonly count: number,
    private readonly catalogueOf: (e: number) => number,
    private readonly catalogues: readonly CatalogueName[],
    private readonly ids: KeyLookup,
    private readonly keys: KeyLookup,
    private readonly mains: KeyLookup,
    private readonly words: WordIndex,
    private readonly sketches: TitleSketches | undefined,
  ) {}

  /** Indexes every paper of the given catalogues, kept in memory; earlier catalogues win ties. */
  static build(catalogues: Catalogue[]): MatchIndex {
    const total = catalogues.reduce((n, c) => n + c.papers.length, 0);
    const entries: CatalogueEntry[] = [];
    const catalogueOf = new Int32Array(total);
    const builder = new MatchIndexBuilder(total);
    catalogues.forEach((catalogue, c) => {
      for (const paper of catalogue.papers) {
        catalogueOf[entries.length] = c;
        entries.push(paper);
        builder.add(paper);
      }
    });
    return MatchIndex.fromParts(builder.finish(), catalogues, (e) => entries[e], (e) => catalogueOf[e] as number);
  }

  /** An index over saved parts; `entryAt` reads entries (see the class comment). */
  static fromParts(parts: MatchIndexParts, catalogues: readonly CatalogueName[], entryAt: EntryAt = () => undefined, catalogueOf: (e: number) => number = () => 0): MatchIndex {
    // Sketches that do not cover every entry would rule out the ones they miss: then none.
    const sketches = parts.sketches?.lengths.length === parts.size && parts.sketches.bits.length === parts.size * SKETCH_WORDS ? parts.sketches : undefined;
    const table = (data: KeyTableData) => withFlags(KeyTable.fromData(data), parts.flags);
    return new MatchIndex(entryAt, parts.size, catalogueOf, catalogues, table(parts.ids), table(parts.keys), table(parts.mains), WordIndex.fromData(parts.words), sketches);
  }

  /**
   * An index over tables that may be read page by page (./pagedIndex.ts): lookups then
   * answer from the pages at hand, so callers run them until no page is wanted. Without
   * sketches, fuzzy lookups read candidates that sketches would have ruled out: more
   * reads, the same answers.
   */
  static fromSources(sources: IndexSources, catalogue: CatalogueName): MatchIndex {
    return new MatchIndex(() => undefined, sources.size, () => 0, [catalogue], sources.ids, sources.keys, sources.mains, sources.words, undefined);
  }

  /** Number of catalogue entries indexed (a paper in two catalogues counts twice). */
  get size(): number {
    return this.count;
  }

  /** The best catalogue entry for the query, or null when none is safe to claim. */
  match(query: MatchQuery): CatalogueMatch | null {
    return this.matchWith(query, this.entryAt);
  }

  /** Entry numbers the id and exact-title stages may read: a superset of their answer. */
  exactCandidates(query: MatchQuery): number[] {
    const found: number[] = [];
    for (const kind of ID_KINDS) {
      const value = query.ids?.[kind];
      if (value) found.push(...this.ids.lookup(`${kind}:${canonicalId(kind, value)}`));
    }
    const title = query.title?.trim();
    const key = title ? titleKey(title) : '';
    if (key) found.push(...this.keys.lookup(key));
    return found;
  }

  /**
   * The fuzzy stage's index work, before any entry is read: its word candidates and
   * main-title hits (`entries` lists every number it may read); null for a query without
   * a title. Pass it back to `matchWith` to decide without doing it twice.
   */
  fuzzyPlan(query: MatchQuery): FuzzyPlan | null {
    const title = query.title?.trim();
    const key = title ? titleKey(title) : '';
    if (!title || !key) return null;
    const queryWords = titleWords(title);
    const words = this.wordCandidates(query, key, queryWords);
    const mains = this.mainLookups(query, title, key);
    return { queryWords, words, mains, entries: [...words, ...mains.flatMap((m) => m.hits)] };
  }

  /** Entry numbers the fuzzy stage may read (word candidates, main-title hits). */
  fuzzyCandidates(query: MatchQuery): number[] {
    return this.fuzzyPlan(query)?.entries ?? [];
  }

  /**
   * The id or exact-title answer from the index alone, without reading any entry: the
   * double hashes vouch for the key, and the arXiv-id flags for `conflicts` (an entry
   * with an arXiv id that the id stage did not match carries another id). Same answer as
   * `matchExact`; null means the fuzzy stage must decide.
   */
  quickExact(query: MatchQuery): { entry: number; method: 'id' | 'title' } | null {
    for (const kind of ID_KINDS) {
      const value = query.ids?.[kind];
      if (!value) continue;
      const hits = this.ids.lookupExact(`${kind}:${canonicalId(kind, value)}`);
      if (hits.length) return { entry: Math.min(...hits), method: 'id' };
    }
    const title = query.title?.trim();
    const key = title ? titleKey(title) : '';
    if (!key) return null;
    const hits = this.vouchedHits(this.keys, key, query.ids);
    return hits.length ? { entry: Math.min(...hits), method: 'title' } : null;
  }

  /** The answer for an entry number `quickExact` chose, once that entry is at hand. */
  answer(e: number, method: 'id' | 'title', at: EntryAt): CatalogueMatch | null {
    return at(e) ? this.result(e, method, 1, at) : null;
  }

  /** Whether the id or exact-title stage answers the query with these entries at hand. */
  matchExact(query: MatchQuery, at: EntryAt): CatalogueMatch | null {
    const byId = this.matchId(query.ids, at);
    if (byId !== undefined) return this.result(byId, 'id', 1, at);
    const title = query.title?.trim();
    const key = title ? titleKey(title) : '';
    if (!key) return null;
    const exact = this.verified(this.keys.lookup(key), (e) => titleKey(e.title) === key, query.ids, at);
    return exact.length ? this.result(Math.min(...exact), 'title', 1, at) : null;
  }

  /**
   * `match` reading entries through `at`: every candidate it may read must be at hand.
   * `plan`, when given, is this query's `fuzzyPlan`, already made.
   */
  matchWith(query: MatchQuery, at: EntryAt, plan?: FuzzyPlan | null): CatalogueMatch | null {
    const exact = this.matchExact(query, at);
    if (exact) return exact;
    const fuzzy = plan === undefined ? this.fuzzyPlan(query) : plan;
    const best = fuzzy ? this.fuzzy(query, fuzzy, at) : undefined;
    return best ? this.result(best.entry, 'fuzzy', best.confidence, at) : null;
  }

  private matchId(ids: PaperIds | undefined, at: EntryAt): number | undefined {
    for (const kind of ID_KINDS) {
      const value = ids?.[kind];
      if (!value) continue;
      const id = canonicalId(kind, value);
      const hits = this.ids.lookup(`${kind}:${id}`).filter((e) => canonicalId(kind, at(e)?.ids?.[kind] ?? '') === id);
      if (hits.length) return Math.min(...hits);
    }
    return undefined;
  }

  // Hash-table hits are only candidates: a collision must not pass for a match.
  private verified(hits: number[], test: (entry: CatalogueEntry) => boolean, ids: PaperIds | undefined, at: EntryAt): number[] {
    return hits.filter((e) => {
      const entry = at(e);
      return !!entry && test(entry) && !conflicts(ids, entry);
    });
  }

  private fuzzy(query: MatchQuery, { queryWords, words, mains }: FuzzyPlan, at: EntryAt): Option | undefined {
    let queryAbstract: Set<string> | undefined | null = null;
    const overlap = (entry: CatalogueEntry): number | undefined => {
      if (queryAbstract === null) queryAbstract = abstractWords(query.abstract);
      return queryAbstract && abstractOverlap(queryAbstract, abstractWords(entry.abstract));
    };
    const options = new Map<number, Option>();
    const offer = (e: number, confidence: number | null, entryKey: string): void => {
      if (confidence !== null && confidence > (options.get(e)?.confidence ?? 0)) options.set(e, { entry: e, confidence, key: entryKey });
    };

    for (const e of words) {
      const entry = at(e);
      if (!entry || conflicts(query.ids, entry)) continue;
      const entryWords = titleWords(entry.title);
      const alignment = alignWords(queryWords, entryWords);
      // Cheap rejection first: most candidates share a word or two and nothing more.
      if (titleSimilarity(alignment) < MIN_TITLE_SIMILARITY) continue;
      // The title key is the words without spaces (see normalize.ts): no second normalisation.
      offer(e, judgeFullTitle(alignment, overlap(entry)), entryWords.join(''));
    }

    // Subtitle dropped (page title = catalogue's main title), added (catalogue title = page's
    // main title) or changed (same main title). A changed subtitle is a rival claim: two
    // papers can share "FLAME", so without abstracts it never matches.
    const shared = mains.map(({ hits, words: count, changed, test }) => ({
      hits: this.verified(hits, test, query.ids, at), words: count, changed,
    }));
    const allHits = shared.flatMap((s) => s.hits);
    const unique = new Set(allHits.map((e) => titleKey((at(e) as CatalogueEntry).title))).size === 1;
    for (const { hits, words, changed } of shared) {
      for (const e of hits) {
        const entry = at(e) as CatalogueEntry;
        const standsAlone = unique && !changed && words >= MIN_DISTINCTIVE_WORDS;
        offer(e, judgeMainTitle(overlap(entry), standsAlone), titleKey(entry.title));
      }
    }
    return pickBest([...options.values()]);
  }

  // The word index's candidates that may match: without an abstract only judgeFullTitle can
  // accept one, and the title sketches rule out most that it would reject, unread.
  private wordCandidates(query: MatchQuery, key: string, queryWords: string[]): number[] {
    const found = this.words.candidates(queryWords.filter(isContentWord), FUZZY_CANDIDATES);
    const sketches = this.sketches;
    if (query.abstract || !sketches) return found;
    const sketch = sketchQuery(key, queryWords);
    return found.filter((e) => mayMatchAlone(sketch, sketches, e));
  }

  // The main-title stage's hash hits, before reading: the query's title as another entry's
  // main title (subtitle dropped), its main title as another's whole title (added), and as
  // another's main title (changed), each with the test a hit must pass once read. Without
  // an abstract only the first two can match, and the third only disputes them: when
  // neither can match, nothing here is worth reading.
  private mainLookups(query: MatchQuery, title: string, key: string): MainLookup[] {
    // A main title shared by dozens of entries ("Towards Robust Learning") identifies
    // nothing, and verifying every hit would blow the time budget at a million entries.
    const capped = (hits: number[]): number[] => (hits.length > MAX_MAIN_HITS ? [] : hits);
    const isMain = (k: string) => (e: CatalogueEntry): boolean => mainKeyOf(e.title, titleKey(e.title)) === k;
    const lookups: MainLookup[] = [{ hits: capped(this.mains.lookup(key)), table: this.mains, key, words: contentCount(title), changed: false, test: isMain(key) }];
    const mainKey = mainKeyOf(title, key);
    if (mainKey) {
      const words = contentCount(mainTitle(title));
      lookups.push({ hits: this.keys.lookup(mainKey), table: this.keys, key: mainKey, words, changed: false, test: (e) => titleKey(e.title) === mainKey });
      lookups.push({ hits: capped(this.mains.lookup(mainKey)), table: this.mains, key: mainKey, words, changed: true, test: isMain(mainKey) });
    }
    if (query.abstract) return lookups;
    if (!lookups.some((l) => !l.changed && l.words >= MIN_DISTINCTIVE_WORDS && l.hits.length > 0)) return [];
    // A hit can only stand alone if every hit has the same title (`unique` in fuzzy): hits
    // whose sketches differ have different titles, so then nothing here can match either.
    const verified = lookups.flatMap((l) => (l.hits.length ? this.vouchedHits(l.table, l.key, query.ids) : []));
    return this.differentTitles(verified) ? [] : lookups;
  }

  // The hits for `key` that verifying would keep, told from the index alone: the double
  // hash vouches for the key, and the arXiv-id flags for `conflicts` (an entry with an arXiv
  // id that the id stage did not match carries another one).
  private vouchedHits(table: KeyLookup, key: string, ids: PaperIds | undefined): number[] {
    const queryHasArxiv = !!ids?.arxiv;
    return table.lookupExactHits(key).flatMap((h) => (queryHasArxiv && h.flag & 1 ? [] : [h.entry]));
  }

  // Whether the sketches show that these entries do not all have the same title key.
  private differentTitles(entries: readonly number[]): boolean {
    const sketches = this.sketches;
    const first = entries[0];
    if (!sketches || first === undefined) return false;
    const same = (e: number): boolean => {
      if (sketches.lengths[e] !== sketches.lengths[first]) return false;
      for (let w = 0; w < SKETCH_WORDS; w++) if (sketches.bits[e * SKETCH_WORDS + w] !== sketches.bits[first * SKETCH_WORDS + w]) return false;
      return true;
    };
    return !entries.every(same);
  }

  private result(e: number, method: CatalogueMatch['method'], confidence: number, at: EntryAt): CatalogueMatch {
    const catalogue = this.catalogues[this.catalogueOf(e)] as CatalogueName;
    return {
      entry: at(e) as CatalogueEntry,
      catalogueId: catalogue.id,
      catalogueName: catalogue.name,
      method,
      confidence: Math.round(confidence * 1000) / 1000,
    };
  }
}

/** The fuzzy stage's index work for one query (MatchIndex.fuzzyPlan). */
export interface FuzzyPlan {
  queryWords: string[];
  /** Word-index candidates the sketches did not rule out. */
  words: number[];
  mains: MainLookup[];
  /** Every entry number the stage may read. */
  entries: number[];
}

// One main-title lookup: hash hits (to verify with `test` once read), the shared part's
// content words, and whether the hits' subtitles differ from the query's.
interface MainLookup {
  hits: number[];
  /** Where `hits` came from: the table and the key looked up. */
  table: KeyLookup;
  key: string;
  words: number;
  changed: boolean;
  test: (entry: CatalogueEntry) => boolean;
}

/** What an index is made of when its tables are not plain arrays in memory (MatchIndex.fromSources). */
export interface IndexSources {
  size: number;
  ids: KeyLookup;
  /** With each entry's flags (MatchIndexParts.flags) on its hits. */
  keys: KeyLookup;
  /** With each entry's flags on its hits. */
  mains: KeyLookup;
  words: WordIndex;
}

// A KeyTable in memory, its hits' flags read from the index's per-entry array.
function withFlags(table: KeyTable, flags: Uint8Array): KeyLookup {
  return {
    lookup: (key) => table.lookup(key),
    lookupExact: (key) => table.lookupExact(key),
    lookupExactHits: (key) => table.lookupExact(key).map((entry) => ({ entry, flag: flags[entry] as number })),
  };
}

function contentCount(title: string): number {
  return titleWords(title).filter(isContentWord).length;
}
