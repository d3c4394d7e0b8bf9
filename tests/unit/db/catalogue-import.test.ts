import { describe, expect, it } from 'vitest';
import { loadCatalogueSet } from '@/lib/background/catalogue-set';
import { MatchIndex } from '@/lib/catalogue/match';
import { importCatalogue } from '@/lib/db/catalogue-import';
import * as repo from '@/lib/db/catalogues';
import type { MarginaliaDB } from '@/lib/db/database';
import type { Catalogue } from '@/lib/paper';
import { storedEntries } from './stored-entries';
import { withFreshDatabase } from '@/tests/unit/fresh-database';

let db: MarginaliaDB;
withFreshDatabase('catalogue-import', (opened) => (db = opened));

const TITLES = ['Attention Is All You Need', 'Deep Residual Learning for Image Recognition', 'FLAME: Frozen Large Language Models Enable Data-Efficient Language-Image Pre-training'];

function csv(rows: number): string {
  const lines = ['title,id'];
  for (let i = 0; i < rows; i++) lines.push(`"${TITLES[i % 3]} ${i % 3 === 2 ? '' : `part ${i}`}",${i === 0 ? '1706.03762' : ''}`);
  return lines.join('\n');
}

async function* chunks(text: string, size = 1000, after?: (i: number) => void): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) {
    after?.(i);
    yield text.slice(i, i + size);
  }
}

const counts = async () => ({ rows: await db.importedCatalogues.count(), entries: (await storedEntries(db)).length, indexes: await db.catalogueIndexes.count() });

describe('catalogue import', () => {
  it('imports in batches, then lists the catalogue with its count and a saved index', async () => {
    const progress: number[] = [];
    const row = await importCatalogue(db, chunks(csv(12_000)), { format: 'csv', fileName: 'group.csv', onProgress: (p) => progress.push(p) });
    expect(row).toMatchObject({ name: 'group', state: 'ready', count: 12_000, enabled: true, format: 'csv' });
    expect(progress.length).toBeGreaterThanOrEqual(3);
    expect(await repo.listCatalogues(db)).toHaveLength(1);
    expect(await counts()).toEqual({ rows: 1, entries: 12_000, indexes: 1 });
  });

  it('leaves nothing behind when cancelled mid-way', async () => {
    const controller = new AbortController();
    const work = importCatalogue(db, chunks(csv(20_000), 2000, (i) => i > 300_000 && controller.abort()), { format: 'csv', fileName: 'x.csv', signal: controller.signal });
    await expect(work).rejects.toThrow(/cancelled/);
    expect(await counts()).toEqual({ rows: 0, entries: 0, indexes: 0 });
  });

  it('keeps nothing of a file with a malformed line, and says which line', async () => {
    const text = `${csv(7000)}\n"never closed,\n`;
    await expect(importCatalogue(db, chunks(text), { format: 'csv', fileName: 'x.csv' })).rejects.toThrow(/Line 7002/);
    expect(await counts()).toEqual({ rows: 0, entries: 0, indexes: 0 });
  });

  it('updates from a newer file by swapping old for new, keeping name and enabled flag', async () => {
    const old = await importCatalogue(db, chunks(csv(10)), { format: 'csv', fileName: 'v1.csv', name: 'Reading group' });
    await repo.setCatalogueEnabled(db, old.id, false, 1);
    const fresh = await importCatalogue(db, chunks(csv(25)), { format: 'csv', fileName: 'v2.csv', replaces: old.id });
    expect(fresh).toMatchObject({ name: 'Reading group', enabled: false, count: 25, fileName: 'v2.csv' });
    expect((await repo.listCatalogues(db)).map((c) => c.id)).toEqual([fresh.id]);
    expect(await counts()).toEqual({ rows: 1, entries: 25, indexes: 1 });
  });

  it('a failed update keeps the old catalogue whole', async () => {
    const old = await importCatalogue(db, chunks(csv(10)), { format: 'csv', fileName: 'v1.csv' });
    await expect(importCatalogue(db, chunks('title\n"x'), { format: 'csv', fileName: 'v2.csv', replaces: old.id })).rejects.toThrow();
    expect((await repo.listCatalogues(db)).map((c) => c.id)).toEqual([old.id]);
    expect(await counts()).toEqual({ rows: 1, entries: 10, indexes: 1 });
  });

  it('purges an import left behind by a closed page, but not one still running', async () => {
    await repo.beginCatalogueImport(db, { id: 'imported:left', name: 'x', fileName: 'x.csv', format: 'csv', enabled: true, importedAt: 0, updatedAt: 0 });
    await repo.addCatalogueEntries(db, 'imported:left', 0, [{ id: 'a', title: 'A Title', links: [] }], 1000);
    await repo.beginCatalogueImport(db, { id: 'imported:live', name: 'y', fileName: 'y.csv', format: 'csv', enabled: true, importedAt: 0, updatedAt: 500_000 });
    expect(await repo.listCatalogues(db)).toEqual([]);
    expect(await repo.purgeLeftovers(db, 1000 + repo.STALE_IMPORT_MS + 1)).toBe(1);
    expect((await db.importedCatalogues.toArray()).map((r) => r.id)).toEqual(['imported:live']);
    expect(await db.catalogueEntryBlocks.count()).toBe(0);
  });

  it('renames, disables and deletes', async () => {
    const row = await importCatalogue(db, chunks(csv(5)), { format: 'csv', fileName: 'a.csv' });
    await repo.renameCatalogue(db, row.id, '  Lab bibliography ', 2);
    await expect(repo.renameCatalogue(db, row.id, '  ', 3)).rejects.toThrow(/needs a name/);
    expect((await repo.listCatalogues(db))[0]?.name).toBe('Lab bibliography');
    await repo.deleteCatalogue(db, row.id);
    expect(await counts()).toEqual({ rows: 0, entries: 0, indexes: 0 });
  });
});

describe('the stored index', () => {
  it('answers like the in-memory index after save and load in a fresh object', async () => {
    const text = ['title,id', ...Array.from({ length: 300 }, (_, i) => `"${['Sparse', 'Dense', 'Robust'][i % 3]} ${['Transformers', 'Attention', 'Diffusion Models'][i % 7 % 3]} for ${['Vision', 'Speech', 'Graph Learning', 'Molecules'][i % 4]} Number ${i}: A Study",${i % 2 ? `2401.${String(i).padStart(5, '0')}` : ''}`)].join('\n');
    const row = await importCatalogue(db, chunks(text, 333), { format: 'csv', fileName: 'study.csv', name: 'Study' });
    const papers = await storedEntries(db);
    const memory = MatchIndex.build([{ format: 'marginalia-catalogue', formatVersion: 1, id: row.id, name: 'Study', papers }]);
    const stored = await loadCatalogueSet(db, async () => []);
    const queries = [
      { title: 'Sparse Transformers for Vision Number 0: A Study' },
      { title: 'sparse transformers for vision number 0 - a study' },
      { title: 'Dense Atention for Speech Number 1: A Study' },
      { title: 'Robust Diffusion Models for Graph Learning Number 2' },
      { ids: { arxiv: '2401.00005v3' } },
      { title: 'Something Else Entirely' },
    ];
    for (const query of queries) {
      const want = memory.match(query);
      const got = await stored.match(query);
      expect(got?.entry.id).toBe(want?.entry.id);
      expect(got?.method).toBe(want?.method);
    }
    expect((await stored.match(queries[0]!))?.catalogueName).toBe('Study');
    expect(await stored.matchMany(queries)).toHaveLength(queries.length);
  });

  // Fuzzy candidates are read without their abstracts (most of an entry's bytes); the answer is read whole.
  it('gives every answer its abstract, exact or fuzzy', async () => {
    const papers = TITLES.slice(0, 2).map((title, i) => ({ id: `p${i}`, title, abstract: `We study thing ${i}.`, links: [] }));
    const file = JSON.stringify({ format: 'marginalia-catalogue', formatVersion: 1, id: 'lab', name: 'Lab', papers });
    await importCatalogue(db, chunks(file), { format: 'marginalia', fileName: 'lab.json' });
    const set = await loadCatalogueSet(db, async () => []);
    const exact = await set.match({ title: TITLES[1]! });
    expect(exact).toMatchObject({ method: 'title', entry: { id: 'p1', abstract: 'We study thing 1.' } });
    const typo = await set.match({ title: TITLES[1]!.replace(/e/, 'ee') });
    expect(typo).toMatchObject({ method: 'fuzzy', entry: { id: 'p1', abstract: 'We study thing 1.' } });
  });

  it('consults only enabled catalogues and names every catalogue holding the paper', async () => {
    const bundled: Catalogue = { format: 'marginalia-catalogue', formatVersion: 1, id: 'hf', name: 'Bundled', papers: [{ id: 'b', title: TITLES[0]!, links: [] }] };
    const a = await importCatalogue(db, chunks(`title\n${TITLES[0]}\n${TITLES[1]}\n`), { format: 'csv', fileName: 'a.csv', name: 'Group A' });
    const query = { title: TITLES[0] };
    expect((await (await loadCatalogueSet(db, async () => [bundled])).match(query))?.catalogueNames).toEqual(['Bundled', 'Group A']);
    await repo.setBundledEnabled(db, 'hf', false);
    expect((await (await loadCatalogueSet(db, async () => [bundled])).match(query))?.catalogueName).toBe('Group A');
    await repo.setCatalogueEnabled(db, a.id, false, 5);
    expect(await (await loadCatalogueSet(db, async () => [bundled])).match(query)).toBeNull();
  });

  it('reads the matching set-up in one read as the separate reads do: ready catalogues by age, disabled bundled ones', async () => {
    const older = await importCatalogue(db, chunks(`title\n${TITLES[0]}\n`), { format: 'csv', fileName: 'a.csv', name: 'Older' });
    const newer = await importCatalogue(db, chunks(`title\n${TITLES[1]}\n`), { format: 'csv', fileName: 'b.csv', name: 'Newer' });
    // Rows listed out of age order, one hidden while it imports, and a setting with junk in it (a restored backup's).
    await db.importedCatalogues.update(older.id, { importedAt: 1 });
    await repo.beginCatalogueImport(db, { id: 'half', name: 'Half', fileName: 'c.csv', format: 'csv', enabled: true, importedAt: 0, updatedAt: 0 });
    await db.settings.put({ key: repo.DISABLED_BUNDLED_KEY, value: ['hf', 7, null, 'other'] });
    const setup = await repo.matchingSetup(db);
    expect(setup.imported.map((c) => c.id)).toEqual([older.id, newer.id]);
    expect(setup).toEqual({ imported: await repo.listCatalogues(db), disabledBundled: await repo.disabledBundled(db) });
    expect(setup.disabledBundled).toEqual(['hf', 'other']);
  });
});

describe('listing lookups over stored catalogues', () => {
  it('answers a batch with the names of all catalogues holding each paper', async () => {
    const { lookupListed } = await import('@/lib/background/lookup');
    const bundled: Catalogue = { format: 'marginalia-catalogue', formatVersion: 1, id: 'hf', name: 'Bundled', papers: [{ id: 'b', title: TITLES[0]!, links: [] }] };
    await importCatalogue(db, chunks(`title,id\n${TITLES[0]},1706.03762\n"${TITLES[1]}",\n`), { format: 'csv', fileName: 'a.csv', name: 'Group A' });
    const set = await loadCatalogueSet(db, async () => [bundled]);
    const answers = await lookupListed(db, set, [{ ids: { arxiv: '1706.03762' }, title: TITLES[0] }, { ids: {}, title: TITLES[1] }, { ids: {}, title: 'Nothing Like It At All' }]);
    expect(answers).toEqual([{ inList: false, catalogueName: 'Bundled, Group A' }, { inList: false, catalogueName: 'Group A' }, { inList: false }]);
  });
});
