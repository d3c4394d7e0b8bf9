/**
 * Matching against several catalogues at once, each with its own index, whose entries
 * may live elsewhere (IndexedDB): ids and exact titles are decided by the index alone
 * (then only the answer is read); fuzzy lookups ask the index which entry numbers they
 * may need and fetch those few in one batch per catalogue before deciding. Lookups for a
 * listing page are batched the same way: one fetch per catalogue for the whole page.
 */
import type { CatalogueEntry } from '../paper';
import { type CatalogueMatch, MatchIndex, type MatchQuery } from './match';
import { exactKeys, type LoadingIndex } from './pagedIndex';

/** One catalogue ready for matching: its index and how to read its entries by number. */
export interface IndexedCatalogue {
  id: string;
  name: string;
  /** The in-memory index, or one still loading (exact lookups from saved pages); the
   * loader swaps in the full index when it is ready. */
  index: MatchIndex | LoadingIndex;
  /**
   * The entries with these numbers (missing ones left out); called with few numbers.
   * `abstracts: false` may leave abstracts out (a stored catalogue then reads less).
   */
  fetch(numbers: number[], abstracts: boolean): Promise<Map<number, CatalogueEntry>>;
}

/** Beyond this many fuzzy queries in one batch, a loading catalogue's full index is awaited instead of reading pages. */
export const PAGED_QUERIES = 8;

const METHOD_RANK = { id: 3, title: 2, fuzzy: 1 } as const;

// The stronger of two answers: by method, then confidence; the earlier catalogue wins ties.
function better(a: CatalogueMatch | null, b: CatalogueMatch | null): CatalogueMatch | null {
  if (!a) return b;
  if (!b) return a;
  const rank = METHOD_RANK[b.method] - METHOD_RANK[a.method];
  return rank > 0 || (rank === 0 && b.confidence > a.confidence) ? b : a;
}

/** The enabled catalogues, in the order they win ties. */
export class CatalogueSet {
  constructor(readonly catalogues: readonly IndexedCatalogue[]) {}

  /** Entries indexed over all catalogues. */
  get size(): number {
    return this.catalogues.reduce((n, c) => n + c.index.size, 0);
  }

  /** Starts every full load not yet begun; resolves once all are in memory (rejects if one failed). */
  async whenLoaded(): Promise<void> {
    await Promise.all(this.catalogues.map((c) => (c.index instanceof MatchIndex ? undefined : c.index.loaded)));
  }

  /** The best match over all catalogues, naming every catalogue that holds the paper. */
  async match(query: MatchQuery): Promise<CatalogueMatch | null> {
    return (await this.matchMany([query]))[0] ?? null;
  }

  /**
   * `match` for many queries, with one batched entry fetch per catalogue and stage. With
   * `abstracts: false` the answers' entries may lack their abstracts (listing marks show
   * catalogue names only), which spares a stored catalogue a read.
   */
  async matchMany(queries: readonly MatchQuery[], abstracts = true): Promise<(CatalogueMatch | null)[]> {
    const perCatalogue = await Promise.all(this.catalogues.map((c) => matchIn(c, queries, abstracts)));
    return queries.map((_, q) => {
      let best: CatalogueMatch | null = null;
      const names: string[] = [];
      for (const answers of perCatalogue) {
        const answer = answers[q] ?? null;
        if (answer) names.push(answer.catalogueName);
        best = better(best, answer);
      }
      return best && names.length > 1 ? { ...best, catalogueNames: names } : best;
    });
  }
}

async function matchIn(catalogue: IndexedCatalogue, queries: readonly MatchQuery[], whole: boolean): Promise<(CatalogueMatch | null)[]> {
  const first = catalogue.index;
  const known = new Map<number, CatalogueEntry>();
  // Entries read without their abstracts, by object: an answer among them is read again whole.
  const partial = new Map<CatalogueEntry, number>();
  const at = (e: number): CatalogueEntry | undefined => known.get(e);
  const fetchMissing = async (numbers: number[], abstracts: boolean): Promise<void> => {
    // An entry read earlier without its abstract is read again when abstracts now matter.
    const wanted = [...new Set(numbers)].filter((e) => !known.has(e) || (abstracts && partial.has(known.get(e) as CatalogueEntry)));
    if (!wanted.length) return;
    for (const [e, entry] of await catalogue.fetch(wanted, abstracts)) {
      known.set(e, entry);
      if (!abstracts) partial.set(entry, e);
    }
  };
  // Stage 1: ids and exact titles, decided from the index alone (or, while it loads, from
  // the saved pages their probes touch); only the answers are read.
  const quick = first instanceof MatchIndex ? queries.map((q) => first.quickExact(q)) : await first.quickExactMany(queries);
  await fetchMissing(quick.flatMap((hit) => (hit ? [hit.entry] : [])), whole);
  const answers = quick.map((hit) => (hit ? first.answer(hit.entry, hit.method, at) : null));
  // Stage 2: the rest need their fuzzy candidates (a few dozen entries per query). A query
  // without a title key has no fuzzy stage. While the full index loads, the matcher runs
  // over the saved pages these queries touch (LoadingIndex.withIndex), so a fresh worker
  // does not wait ~0.7 s for it at a million entries.
  const open = queries.map((q, i) => (quick[i] || (!(first instanceof MatchIndex) && !exactKeys(q).title) ? undefined : q));
  if (open.every((q) => !q)) return answers;
  // A listing page's batch would read most pages of the word index: the full index is quicker.
  const full = open.filter(Boolean).length > PAGED_QUERIES;
  const withIndex = <T>(pass: (index: MatchIndex) => T): Promise<T> => (first instanceof MatchIndex ? Promise.resolve(pass(first)) : first.withIndex(pass, full));
  // Abstracts are most of an entry's bytes and only matter to a query that has one.
  const abstracts = open.some((q) => q?.abstract);
  const plans = await withIndex((index) => open.map((q) => (q ? index.fuzzyPlan(q) : null)));
  await fetchMissing(plans.flatMap((plan) => plan?.entries ?? []), abstracts);
  const decided = await withIndex((index) => open.map((q, i) => answers[i] ?? (q ? index.matchWith(q, at, plans[i]) : null)));
  // Answers to be shown (the popup's catalogue card) get their abstracts: one more small read.
  const incomplete = whole ? decided.flatMap((m) => (m && partial.has(m.entry) ? [partial.get(m.entry) as number] : [])) : [];
  if (incomplete.length === 0) return decided;
  const complete = await catalogue.fetch(incomplete, true);
  return decided.map((m) => {
    const e = m ? partial.get(m.entry) : undefined;
    return m && e !== undefined ? { ...m, entry: complete.get(e) ?? m.entry } : m;
  });
}

/** A catalogue kept in memory (the bundled one): its entries are read from an array. */
export function inMemoryCatalogue(id: string, name: string, index: MatchIndex, entries: readonly CatalogueEntry[]): IndexedCatalogue {
  return {
    id,
    name,
    index,
    async fetch(numbers) {
      return new Map(numbers.flatMap((e) => (entries[e] ? [[e, entries[e]] as const] : [])));
    },
  };
}
