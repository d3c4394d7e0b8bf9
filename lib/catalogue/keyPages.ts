/**
 * A KeyTable cut into fixed-size pages, so that an exact lookup reads only the page(s)
 * its probe run touches instead of the whole table: a fresh service worker answers ids
 * and exact titles from a few tens of KB while the full index (≈128 MB at a million
 * entries) is still loading. Pure: where pages live is the caller's business (issue #8).
 */
import { check32, hash32, type KeyTableData } from './keyTable';

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

/** Reads pages by number, in the order asked; a missing page is undefined. */
export type PageReader = (pages: number[]) => Promise<(KeyPage | undefined)[]>;

interface Probe {
  hash: number;
  check: number;
  at: number;
  hits: KeyHit[];
  done: boolean;
}

/** A KeyTable read page by page: `lookupExact` semantics, pages fetched on demand and kept. */
export class PagedKeyTable {
  private readonly pages = new Map<number, KeyPage>();

  constructor(
    private readonly shape: KeyTableShape,
    private readonly read: PageReader,
  ) {}

  /** For each key, the entries whose key matches it in both hashes (as KeyTable.lookupExact),
   * with their flags; one page read per round for all keys, a second only when a probe run
   * crosses into a page not yet read. */
  async lookupExactMany(keys: readonly string[]): Promise<KeyHit[][]> {
    const mask = this.shape.capacity - 1;
    const probes: Probe[] = keys.map((key) => {
      const hash = hash32(key);
      return { hash, check: check32(key), at: hash & mask, hits: [], done: false };
    });
    for (;;) {
      const missing = new Set<number>();
      for (const probe of probes) this.advance(probe, mask, missing);
      if (!missing.size) return probes.map((p) => p.hits);
      const wanted = [...missing];
      const got = await this.read(wanted);
      wanted.forEach((p, i) => {
        const page = got[i];
        // Only a catalogue deleted mid-lookup could lose a page: fail rather than miss a hit.
        if (!page) throw new Error('The saved catalogue index is incomplete.');
        this.pages.set(p, page);
      });
    }
  }

  // Walks one probe run until an empty slot (done) or a page not at hand (noted in `missing`).
  private advance(probe: Probe, mask: number, missing: Set<number>): void {
    const size = this.shape.pageSlots;
    while (!probe.done) {
      const number = Math.floor(probe.at / size);
      const page = this.pages.get(number);
      if (!page) {
        missing.add(number);
        return;
      }
      const i = probe.at - number * size;
      const slot = page.slots[i] as number;
      if (slot === 0) {
        probe.done = true;
        return;
      }
      if (page.hashes[i] === probe.hash && page.checks[i] === probe.check) probe.hits.push({ entry: slot - 1, flag: page.flags?.[i] ?? 0 });
      probe.at = (probe.at + 1) & mask;
    }
  }
}
