/**
 * A word index's two arrays (term starts and postings, CSR) cut into fixed-size pages, so
 * that a fresh service worker reads the few pages one query's terms touch instead of the
 * whole arrays (≈65 MB at a million entries). Pure: where pages live is the caller's
 * business (lib/db/catalogue-pages.ts).
 */
import { type PageReader, PageSet } from './pageSet';
import type { PostingLists } from './wordIndex';

/** Values per page: 4096 × 4 bytes = 16 KB, small enough that a query's pages come in one quick read. */
export const ARRAY_PAGE_VALUES = 4096;

/** What a reader must know of a paged array: its length and values per page. */
export interface ArrayShape {
  length: number;
  pageValues: number;
}

/** Cuts an array into pages of `pageValues` (copies: a view would clone its whole buffer into IndexedDB). */
export function splitArray(array: Int32Array, pageValues = ARRAY_PAGE_VALUES): Int32Array[] {
  const pages: Int32Array[] = [];
  for (let start = 0; start < array.length; start += pageValues) pages.push(array.slice(start, start + pageValues));
  return pages;
}

/** An Int32Array read page by page (see PageSet): values and runs from the pages at hand. */
export class PagedInts {
  /** The pages read so far. */
  readonly pages: PageSet<Int32Array>;

  constructor(
    private readonly shape: ArrayShape,
    read: PageReader<Int32Array>,
  ) {
    this.pages = new PageSet(read);
  }

  /** The values [start, end), or undefined (their missing pages wanted) while not at hand. */
  range(start: number, end: number): Int32Array | undefined {
    const size = this.shape.pageValues;
    const first = Math.floor(start / size);
    const last = Math.floor((Math.max(end, start + 1) - 1) / size);
    const pages: Int32Array[] = [];
    for (let n = first; n <= last; n++) {
      const page = this.pages.page(n);
      if (page) pages.push(page);
    }
    if (pages.length !== last - first + 1) return undefined;
    if (pages.length === 1) return (pages[0] as Int32Array).subarray(start - first * size, end - first * size);
    const values = new Int32Array(end - start);
    pages.forEach((page, i) => {
      const from = Math.max(start, (first + i) * size) - (first + i) * size;
      const to = Math.min(end, (first + i + 1) * size) - (first + i) * size;
      values.set(page.subarray(from, to), Math.max(start, (first + i) * size) - start);
    });
    return values;
  }
}

/** PostingLists read from pages: a term's bounds from the starts pages, its run from the postings pages. */
export function pagedPostings(starts: PagedInts, postings: PagedInts): PostingLists {
  return {
    bounds(term) {
      const pair = starts.range(term, term + 2);
      return pair && { start: pair[0] as number, end: pair[1] as number };
    },
    read: (start, end) => (end > start ? postings.range(start, end) : new Int32Array(0)),
  };
}

/**
 * A page of ascending-ish values as bytes: each value's difference from the one before it
 * (zigzag, then 7 bits per byte). Postings ascend within a term and starts ascend
 * throughout, so most differences take one or two bytes instead of four: IndexedDB in
 * Chromium writes inline values at ≈25 MB/s, and these pages are most of what an import
 * writes besides the entries. Values must lie in [0, 2^31).
 */
export function encodeValues(values: Int32Array): Uint8Array {
  const out = new Uint8Array(values.length * 5);
  let at = 0;
  let previous = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    const delta = value - previous;
    previous = value;
    // Zigzag: small negative differences (a term's run after a longer one) stay small.
    let z = delta >= 0 ? delta * 2 : -delta * 2 - 1;
    while (z >= 0x80) {
      out[at++] = (z % 0x80) | 0x80;
      z = Math.floor(z / 0x80);
    }
    out[at++] = z;
  }
  return out.slice(0, at);
}

/** The `count` values `encodeValues` wrote into `bytes`; undefined when the bytes do not hold exactly that many. */
export function decodeValues(bytes: Uint8Array, count: number): Int32Array | undefined {
  const values = new Int32Array(count);
  let at = 0;
  let previous = 0;
  for (let i = 0; i < count; i++) {
    let z = 0;
    let scale = 1;
    for (;;) {
      if (at >= bytes.length || scale > 2 ** 35) return undefined;
      const byte = bytes[at++] as number;
      z += (byte & 0x7f) * scale;
      if (byte < 0x80) break;
      scale *= 0x80;
    }
    previous += z % 2 === 0 ? z / 2 : -(z + 1) / 2;
    values[i] = previous;
  }
  return at === bytes.length ? values : undefined;
}
