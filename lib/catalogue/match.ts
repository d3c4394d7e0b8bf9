/**
 * The catalogue matcher: finds the catalogue entry for a detected paper by id, then by
 * exact title key, then by fuzzy title (with the abstract as a second signal). Pure and
 * synchronous; built once per service-worker life and sized for a million entries.
 */
import type { Catalogue, CatalogueEntry, PaperIds } from '../paper';
import { abstractOverlap, abstractWords } from './abstractSimilarity';
import { canonicalId, conflicts, ID_KINDS } from './catalogueIds';
import { KeyTable } from './keyTable';
import { judgeFullTitle, judgeMainTitle, MIN_DISTINCTIVE_WORDS, MIN_TITLE_SIMILARITY, type Option, pickBest } from './matchRules';
import { mainTitle, normalizeTitle, titleKey, titleWords } from './normalize';
import { alignWords, isContentWord, titleSimilarity } from './titleAlign';
import { WordIndex, WordIndexBuilder } from './wordIndex';

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
}

// Cheap pre-test for mainTitle's separators (a colon, a spaced dash, or LaTeX that may
// hide one), so that titles without a subtitle skip the second normalisation.
const SUBTITLE_SEPARATOR = /[:$\\]|\s[-–—]\s/;
// Beyond this many entries sharing a main title, the main title alone decides nothing.
const MAX_MAIN_HITS = 32;
// How many word-index candidates get the full word alignment.
const FUZZY_CANDIDATES = 16;

// The main title's key when the title has a subtitle, else undefined.
function mainKeyOf(title: string, key: string): string | undefined {
  const main = titleKey(mainTitle(title));
  return main && main !== key ? main : undefined;
}

/** An immutable index over catalogues: exact lookups take microseconds, fuzzy ones about a millisecond at a million entries. */
export class MatchIndex {
  private constructor(
    private readonly entries: CatalogueEntry[],
    private readonly catalogueOf: Int32Array,
    private readonly catalogues: Catalogue[],
    private readonly ids: KeyTable,
    private readonly keys: KeyTable,
    private readonly mains: KeyTable,
    private readonly words: WordIndex,
  ) {}

  /** Indexes every paper of the given catalogues; earlier catalogues win ties. */
  static build(catalogues: Catalogue[]): MatchIndex {
    const total = catalogues.reduce((n, c) => n + c.papers.length, 0);
    const entries: CatalogueEntry[] = [];
    const catalogueOf = new Int32Array(total);
    const ids = new KeyTable();
    const keys = new KeyTable(total);
    const mains = new KeyTable();
    const words = new WordIndexBuilder();
    catalogues.forEach((catalogue, c) => {
      for (const paper of catalogue.papers) {
        const e = entries.length;
        entries.push(paper);
        catalogueOf[e] = c;
        for (const kind of ID_KINDS) {
          const value = paper.ids?.[kind];
          if (value) ids.add(`${kind}:${canonicalId(kind, value)}`, e);
        }
        // One normalisation gives both the key and the words: titleKey is the normalised
        // title without its spaces (normalize.ts), and the build is mostly normalising.
        const normalized = paper.title ? normalizeTitle(paper.title) : '';
        const key = normalized.replace(/ /g, '');
        if (key) {
          keys.add(key, e);
          const main = SUBTITLE_SEPARATOR.test(paper.title) ? mainKeyOf(paper.title, key) : undefined;
          if (main) mains.add(main, e);
        }
        words.add(key ? normalized.split(' ').filter(isContentWord) : []);
      }
    });
    return new MatchIndex(entries, catalogueOf, catalogues, ids, keys, mains, words.finish());
  }

  /** Number of catalogue entries indexed (a paper in two catalogues counts twice). */
  get size(): number {
    return this.entries.length;
  }

  /** The best catalogue entry for the query, or null when none is safe to claim. */
  match(query: MatchQuery): CatalogueMatch | null {
    const byId = this.matchId(query.ids);
    if (byId !== undefined) return this.result(byId, 'id', 1);
    const title = query.title?.trim();
    const key = title ? titleKey(title) : '';
    if (!title || !key) return null;
    const exact = this.verified(this.keys.lookup(key), (e) => titleKey(e.title) === key, query.ids);
    if (exact.length) return this.result(Math.min(...exact), 'title', 1);
    const best = this.fuzzy(query, title, key);
    return best ? this.result(best.entry, 'fuzzy', best.confidence) : null;
  }

  private matchId(ids: PaperIds | undefined): number | undefined {
    for (const kind of ID_KINDS) {
      const value = ids?.[kind];
      if (!value) continue;
      const id = canonicalId(kind, value);
      const hits = this.ids.lookup(`${kind}:${id}`).filter((e) => canonicalId(kind, this.entries[e]?.ids?.[kind] ?? '') === id);
      if (hits.length) return Math.min(...hits);
    }
    return undefined;
  }

  // Hash-table hits are only candidates: a collision must not pass for a match.
  private verified(hits: number[], test: (entry: CatalogueEntry) => boolean, ids: PaperIds | undefined): number[] {
    return hits.filter((e) => {
      const entry = this.entries[e] as CatalogueEntry;
      return test(entry) && !conflicts(ids, entry);
    });
  }

  private fuzzy(query: MatchQuery, title: string, key: string): Option | undefined {
    const queryWords = titleWords(title);
    let queryAbstract: Set<string> | undefined | null = null;
    const overlap = (entry: CatalogueEntry): number | undefined => {
      if (queryAbstract === null) queryAbstract = abstractWords(query.abstract);
      return queryAbstract && abstractOverlap(queryAbstract, abstractWords(entry.abstract));
    };
    const options = new Map<number, Option>();
    const offer = (e: number, confidence: number | null, entryKey: string): void => {
      if (confidence !== null && confidence > (options.get(e)?.confidence ?? 0)) options.set(e, { entry: e, confidence, key: entryKey });
    };

    for (const e of this.words.candidates(queryWords.filter(isContentWord), FUZZY_CANDIDATES)) {
      const entry = this.entries[e] as CatalogueEntry;
      if (conflicts(query.ids, entry)) continue;
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
    const mainKey = mainKeyOf(title, key);
    const shared = [{ hits: this.mainHits(key, query.ids), words: contentCount(title), changed: false }];
    if (mainKey) {
      const words = contentCount(mainTitle(title));
      shared.push({ hits: this.verified(this.keys.lookup(mainKey), (e) => titleKey(e.title) === mainKey, query.ids), words, changed: false });
      shared.push({ hits: this.mainHits(mainKey, query.ids), words, changed: true });
    }
    const allHits = shared.flatMap((s) => s.hits);
    const unique = new Set(allHits.map((e) => titleKey((this.entries[e] as CatalogueEntry).title))).size === 1;
    for (const { hits, words, changed } of shared) {
      for (const e of hits) {
        const entry = this.entries[e] as CatalogueEntry;
        const standsAlone = unique && !changed && words >= MIN_DISTINCTIVE_WORDS;
        offer(e, judgeMainTitle(overlap(entry), standsAlone), titleKey(entry.title));
      }
    }
    return pickBest([...options.values()]);
  }

  private mainHits(mainKey: string, ids: PaperIds | undefined): number[] {
    const hits = this.mains.lookup(mainKey);
    // A main title shared by dozens of entries ("Towards Robust Learning") identifies
    // nothing, and verifying every hit would blow the time budget at a million entries.
    if (hits.length > MAX_MAIN_HITS) return [];
    return this.verified(hits, (e) => mainKeyOf(e.title, titleKey(e.title)) === mainKey, ids);
  }

  private result(e: number, method: CatalogueMatch['method'], confidence: number): CatalogueMatch {
    const catalogue = this.catalogues[this.catalogueOf[e] as number] as Catalogue;
    return {
      entry: this.entries[e] as CatalogueEntry,
      catalogueId: catalogue.id,
      catalogueName: catalogue.name,
      method,
      confidence: Math.round(confidence * 1000) / 1000,
    };
  }
}

function contentCount(title: string): number {
  return titleWords(title).filter(isContentWord).length;
}
