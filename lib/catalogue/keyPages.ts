/**
 * A KeyTable cut into fixed-size pages, so that an exact lookup reads only the page(s)
 * its probe run touches instead of the whole table: a fresh service worker answers ids
 * and exact titles from a few tens of KB while the full index (≈128 MB at a million
 * entries) is still loading. Pure: where pages live is the caller's business (issue #8).
 */
import { check32, hash32, type KeyTableData } from './keyTable';
import { type PageReader, PageSet, untilComplete } from './pageSet';

/** Slots per page: 4096 × 12 bytes ≈ 48 KB, under Chromium's 64 KB threshold past which
 * IndexedDB moves a value out to a blob file (slower to read one at a time). */
export const PAGE_SLOTS = 4096;

/** One page of a KeyTable: slots [page × pageSlots, (page + 1) × pageSlots). */
export interface KeyPage {
  hashes: Uint32Array;
  checks: Uint32Array;
  slots: Int32Array;
  /** Per slot, the entry's flags (MatchIndexParts.flags), so exact decisions need no entry read. */
  flags?: Uint8Array;
}

/** What a reader must know to probe a paged table: its capacity and page size (powers of two). */
export interface KeyTableShape {
  capacity: number;
  count: number;
  pageSlots: number;
}

/** An entry number a key matched, with that entry's flags (0 when the pages carry none). */
export interface KeyHit {
  entry: number;
  flag: number;
}

/** The shape a table's pages will have; small tables are one page of their own size. */
export function shapeOf(data: KeyTableData, pageSlots = PAGE_SLOTS): KeyTableShape {
  return { capacity: data.slots.length, count: data.count, pageSlots: Math.min(pageSlots, data.slots.length) };
}

/** Cuts a table into pages (copies: a typed-array view would clone its whole buffer into IndexedDB). */
export function splitPages(data: KeyTableData, shape: KeyTableShape, entryFlags?: Uint8Array): KeyPage[] {
  const pages: KeyPage[] = [];
  for (let start = 0; start < shape.capacity; start += shape.pageSlots) {
    const end = start + shape.pageSlots;
    const page: KeyPage = { hashes: data.hashes.slice(start, end), checks: data.checks.slice(start, end), slots: data.slots.slice(start, end) };
    if (entryFlags) {
      const flags = new Uint8Array(shape.pageSlots);
      for (let i = 0; i < shape.pageSlots; i++) {
        const slot = page.slots[i] as number;
        if (slot !== 0) flags[i] = entryFlags[slot - 1] as number;
      }
      page.flags = flags;
    }
    pages.push(page);
  }
  return pages;
}

/** A KeyTable's lookups (lib/catalogue/keyTable.ts), with each hit's flags where the table carries them. */
export interface KeyLookup {
  /** Entry numbers whose key hashes like `key`: a superset of the true hits. */
  lookup(key: string): number[];
  /** Entry numbers whose key matches `key` in both hashes. */
  lookupExact(key: string): number[];
  /** `lookupExact` with each entry's flags (MatchIndexParts.flags). */
  lookupExactHits(key: string): KeyHit[];
}

/** A KeyTable read page by page: its lookups over the pages at hand (see PageSet), or awaited. */
export class PagedKeyTable implements KeyLookup {
  /** The pages read so far (`untilComplete` fetches what the lookups wanted). */
  readonly pages: PageSet<KeyPage>;

  constructor(
    private readonly shape: KeyTableShape,
    read: PageReader<KeyPage>,
  ) {
    this.pages = new PageSet(read);
  }

  /** For each key, `lookupExactHits`, reading the pages their probe runs touch: one read per
   * round for all keys, a second only when a run crosses into a page not yet read. */
  async lookupExactMany(keys: readonly string[]): Promise<KeyHit[][]> {
    return untilComplete([this.pages], () => keys.map((key) => this.lookupExactHits(key)));
  }

  /** KeyTable.lookup over the pages at hand (incomplete while one is wanted). */
  lookup(key: string): number[] {
    return this.walk(key, false).map((h) => h.entry);
  }

  /** KeyTable.lookupExact over the pages at hand (incomplete while one is wanted). */
  lookupExact(key: string): number[] {
    return this.walk(key, true).map((h) => h.entry);
  }

  /** `lookupExact` with the hits' flags (0 when the pages carry none). */
  lookupExactHits(key: string): KeyHit[] {
    return this.walk(key, true);
  }

  // Walks the key's probe run until an empty slot, or until a page not at hand (wanted).
  private walk(key: string, exact: boolean): KeyHit[] {
    const hash = hash32(key);
    const check = exact ? check32(key) : 0;
    const mask = this.shape.capacity - 1;
    const size = this.shape.pageSlots;
    const hits: KeyHit[] = [];
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const number = Math.floor(at / size);
      const page = this.pages.page(number);
      if (!page) return hits;
      const i = at - number * size;
      const slot = page.slots[i] as number;
      if (slot === 0) return hits;
      if (page.hashes[i] === hash && (!exact || page.checks[i] === check)) hits.push({ entry: slot - 1, flag: page.flags?.[i] ?? 0 });
    }
  }
}
