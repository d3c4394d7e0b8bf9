import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { catalogueEntriesAt, catalogueEntriesFrom, ENTRY_BLOCK, toBlocks } from '@/lib/db/catalogue-blocks';
import { openDatabase, type MarginaliaDB } from '@/lib/db/database';
import { declareSchema } from '@/lib/db/schema';
import type { CatalogueEntry } from '@/lib/paper';

const entry = (c: string, n: number): CatalogueEntry => ({ id: `${c}-${n}`, title: `Paper ${n} of ${c}`, links: [] });
const withAbstract = (c: string, n: number): CatalogueEntry => (n % 3 === 0 ? { ...entry(c, n), abstract: `Abstract ${n}.` } : entry(c, n));

describe('catalogue entry blocks', () => {
  let db: MarginaliaDB | undefined;
  afterEach(async () => {
    db?.close();
    await Dexie.delete('blocks-upgrade');
  });

  it('cuts a batch into blocks and refuses one that starts inside a block', () => {
    const entries = Array.from({ length: ENTRY_BLOCK + 5 }, (_, i) => (i === ENTRY_BLOCK + 2 ? { ...entry('c', i), abstract: 'We study.' } : entry('c', i)));
    const blocks = toBlocks('c', ENTRY_BLOCK * 3, entries);
    expect(blocks.entries.map((b) => [b.block, b.entries.length])).toEqual([[3, ENTRY_BLOCK], [4, 5]]);
    // Abstracts apart, and only for blocks that have one.
    expect(blocks.entries[1]?.entries[2]).not.toHaveProperty('abstract');
    expect(blocks.abstracts).toEqual([{ catalogueId: 'c', block: 4, abstracts: [undefined, undefined, 'We study.', undefined, undefined] }]);
    expect(() => toBlocks('c', 5, [entry('c', 5)])).toThrow(/block boundary/);
  });

  // A million-entry catalogue saved by v5 must come through the upgrade whole, read a page
  // of rows at a time: two catalogues, past the upgrade's page size, ending mid-block.
  it('moves v5 entry rows into blocks on upgrade, losing none', async () => {
    const sizes = { 'imported:a': 4_200, 'imported:b': 77 };
    const old = new Dexie('blocks-upgrade');
    declareSchema(old, 5);
    await old.open();
    for (const [c, size] of Object.entries(sizes)) {
      await old.table('importedCatalogues').add({ id: c, name: c, fileName: 'f.csv', format: 'csv', count: size, enabled: true, state: 'ready', importedAt: 0, updatedAt: 0 });
      await old.table('catalogueEntries').bulkAdd(Array.from({ length: size }, (_, n) => ({ ...withAbstract(c, n), catalogueId: c, n })));
    }
    old.close();

    db = openDatabase('blocks-upgrade');
    await db.open();
    expect(db.tables.map((t) => t.name)).not.toContain('catalogueEntries');
    expect(await db.catalogueEntryBlocks.count()).toBe(Math.ceil(4_200 / ENTRY_BLOCK) + Math.ceil(77 / ENTRY_BLOCK));
    for (const [c, size] of Object.entries(sizes)) {
      const all = await catalogueEntriesFrom(db, c, 0, size + 10);
      expect(all.map((e) => e.n)).toEqual(Array.from({ length: size }, (_, n) => n));
      expect(all.every(({ n, entry: e }) => e.id === `${c}-${n}` && e.abstract === withAbstract(c, n).abstract)).toBe(true);
    }
    const some = await catalogueEntriesAt(db, 'imported:a', [0, 31, 32, 4_095, 4_096, 4_199, 4_200]);
    expect([...some.keys()].sort((x, y) => x - y)).toEqual([0, 31, 32, 4_095, 4_096, 4_199]);
    expect(some.get(4_096)?.title).toBe('Paper 4096 of imported:a');
    expect(some.get(4_095)?.abstract).toBe('Abstract 4095.');
    // Without abstracts: the same entries, half the reading.
    const heads = await catalogueEntriesAt(db, 'imported:a', [4_095, 4_096]);
    expect(heads.get(4_095)?.abstract).toBe('Abstract 4095.');
    const bare = await catalogueEntriesAt(db, 'imported:a', [4_095, 4_096], false);
    expect([...bare.values()].map((e) => [e.id, e.abstract])).toEqual([['imported:a-4095', undefined], ['imported:a-4096', undefined]]);
  });
});
