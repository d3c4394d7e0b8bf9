import { describe, expect, it } from 'vitest';
import { fromStored, toStored, type StoredArray } from '@/lib/db/stored-arrays';

describe('typed arrays stored as Blobs', () => {
  const value = {
    size: 3,
    name: 'x',
    flags: new Uint8Array([1, 0, 1]),
    table: { hashes: new Uint32Array([4_000_000_000, 7]), slots: new Int32Array([-1, 2]), count: 2 },
    none: undefined,
    list: ['a', 'b'],
  };

  it('reads back what it stored, type by type, whatever the nesting', async () => {
    const stored = toStored(value);
    expect(stored.flags).toMatchObject({ stored: 'blob', type: 'Uint8Array' });
    expect(stored.table.hashes.blob.size).toBe(8);
    expect(stored.table.count).toBe(2);
    const back = await fromStored<typeof value>(stored);
    expect(back).toEqual(value);
    expect(back.table.slots).toBeInstanceOf(Int32Array);
  });

  it('stores only the bytes of a view, not the whole buffer behind it', async () => {
    const whole = new Uint32Array([9, 8, 7, 6]);
    const stored = toStored({ part: whole.subarray(1, 3) });
    expect(stored.part.blob.size).toBe(8);
    expect(Array.from((await fromStored<{ part: Uint32Array }>(stored)).part)).toEqual([8, 7]);
  });

  it('passes typed arrays stored as such (records saved before Blobs) through', async () => {
    expect(await fromStored(value)).toEqual(value);
  });

  it('refuses arrays it cannot type, and Blobs that do not fit their type', async () => {
    expect(() => toStored({ x: new Float64Array(2) })).toThrow(/Float64Array/);
    const odd: StoredArray = { stored: 'blob', type: 'Uint32Array', blob: new Blob([new Uint8Array(6)]) };
    await expect(fromStored({ odd })).rejects.toThrow(/6 bytes/);
    const unknown = { stored: 'blob', type: 'BigInt64Array', blob: new Blob([]) } as unknown as StoredArray;
    await expect(fromStored(unknown)).rejects.toThrow(/Unknown stored array type/);
  });

  it('reads arrays one after another, each whole and in its place', async () => {
    // 12 MB and 5 MB, and a small one between them.
    const big = Int32Array.from({ length: 3_000_000 }, (_, i) => i * 7);
    const other = Uint8Array.from({ length: 5_000_001 }, (_, i) => i % 251);
    const [a, b, c] = await Promise.all([fromStored(toStored(big)), fromStored(toStored(Uint32Array.of(1, 2))), fromStored(toStored(other))]);
    expect(a).toEqual(big);
    expect(b).toEqual(Uint32Array.of(1, 2));
    expect(c).toEqual(other);
    // A failed read does not stop the ones after it.
    const broken = { stored: 'blob', type: 'Uint8Array', blob: { size: 10, arrayBuffer: () => Promise.reject(new Error('gone')) } } as unknown as StoredArray;
    await expect(fromStored(broken)).rejects.toThrow(/gone/);
    expect(await fromStored(toStored(Uint8Array.of(9)))).toEqual(Uint8Array.of(9));
  });
});
