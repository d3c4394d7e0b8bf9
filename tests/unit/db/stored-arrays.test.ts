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
});
