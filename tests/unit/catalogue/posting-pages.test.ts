import { describe, expect, it } from 'vitest';
import { decodeValues, encodeValues, PagedInts, splitArray } from '@/lib/catalogue/postingPages';
import { untilComplete } from '@/lib/catalogue/pageSet';

describe('array pages', () => {
  it('encode values in few bytes and decode them exactly', () => {
    // Ascending runs with drops between them, as postings are; and the extremes.
    const values = Int32Array.from([0, 1, 2, 900_000, 3, 4, 5, 2 ** 31 - 1, 0, 17, 17, 17, 123_456]);
    const bytes = encodeValues(values);
    expect(decodeValues(bytes, values.length)).toEqual(values);
    const run = Int32Array.from({ length: 4096 }, (_, i) => i * 3);
    expect(encodeValues(run).length).toBe(4096);
    expect(decodeValues(encodeValues(new Int32Array(0)), 0)).toEqual(new Int32Array(0));
  });

  it('refuse bytes that do not hold the count they claim', () => {
    const bytes = encodeValues(Int32Array.from([5, 6, 7]));
    expect(decodeValues(bytes, 2)).toBeUndefined();
    expect(decodeValues(bytes, 4)).toBeUndefined();
    expect(decodeValues(Uint8Array.from([0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01]), 1)).toBeUndefined();
  });

  it('read any run of values across page boundaries, asking only for the pages it covers', async () => {
    const array = Int32Array.from({ length: 50 }, (_, i) => i * 7);
    const pages = splitArray(array, 8);
    const asked: number[][] = [];
    const paged = new PagedInts({ length: 50, pageValues: 8 }, async (wanted) => (asked.push(wanted), wanted.map((n) => pages[n])));
    expect(paged.range(3, 21)).toBeUndefined();
    expect(await untilComplete([paged.pages], () => paged.range(3, 21))).toEqual(array.slice(3, 21));
    expect(asked).toEqual([[0, 1, 2]]);
    expect(await untilComplete([paged.pages], () => paged.range(16, 24))).toEqual(array.slice(16, 24));
    expect(await untilComplete([paged.pages], () => paged.range(45, 50))).toEqual(array.slice(45, 50));
    expect(asked).toEqual([[0, 1, 2], [5, 6]]);
  });
});
