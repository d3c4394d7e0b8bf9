import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyImport, previewImport, readSnapshot, type ImportSource } from '@/lib/db/backup';
import { openDatabase, type MarginaliaDB } from '@/lib/db/database';
import { exportLibrary } from '@/lib/db/export';
import { isAbort } from '@/lib/long-task';
import { makeBackup } from '@/lib/export/backup';
import type { LibrarySnapshot } from '@/lib/export/snapshot';
import { parseBibtex } from '@/lib/import/bibtex';
import { attention, highlight, paper, preprint } from '../export/sample';

let db: MarginaliaDB;
let n = 0;
beforeEach(async () => {
  db = openDatabase(`apply-test-${n++}`);
  await db.open();
  await db.papers.bulkAdd([attention, preprint]);
  await db.highlights.add(highlight('h1', attention.id, 'x'));
  await db.settings.add({ key: 'tagColours', value: { ml: 'blue' } });
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const counts = async () => [await db.papers.count(), await db.highlights.count(), await db.settings.count()];
const backupOf = (s: Partial<LibrarySnapshot>) => makeBackup({ papers: [], highlights: [], tables: {}, ...s }, 1);
const many = (count: number) => Array.from({ length: count }, (_, i) => paper({ id: `m${i}`, title: `Paper number ${i}`, aliases: [`title:papernumber${i}`] }));

describe('importing into the database', () => {
  it('previews without writing, then restores exactly the backup (settings included)', async () => {
    const source: ImportSource = { kind: 'backup', mode: 'restore', backup: { ...backupOf({ papers: [preprint] }), settings: [{ key: 'theme', value: 'dark' }] } };
    const summary = await previewImport(db, source, 1);
    expect(summary.papers).toEqual({ added: 0, updated: 0, unchanged: 1, removed: 1 });
    expect(summary.highlights.removed).toBe(1);
    expect(summary.tables).toEqual({ settings: 1 });
    expect(await counts()).toEqual([2, 1, 1]);
    await applyImport(db, source, { now: 2, expected: summary });
    expect(await db.papers.toArray()).toEqual([preprint]);
    expect(await db.highlights.count()).toBe(0);
    expect(await db.settings.toArray()).toEqual([{ key: 'theme', value: 'dark' }]);
  });

  it('merges, keeping settings already set and adding new ones', async () => {
    const edited = { ...attention, note: 'edited elsewhere', updatedAt: attention.updatedAt + 1 };
    const source: ImportSource = {
      kind: 'backup', mode: 'merge',
      backup: { ...backupOf({ papers: [edited, paper({ id: 'new', title: 'A brand new paper title' })] }), settings: [{ key: 'tagColours', value: {} }, { key: 'theme', value: 'dark' }] },
    };
    const summary = await applyImport(db, source, { now: 2 });
    expect(summary.papers).toEqual({ added: 1, updated: 1, unchanged: 0, removed: 0 });
    expect((await db.papers.get(attention.id))!.note).toBe('edited elsewhere');
    expect(await db.settings.get('tagColours')).toEqual({ key: 'tagColours', value: { ml: 'blue' } });
    expect(await db.settings.get('theme')).toEqual({ key: 'theme', value: 'dark' });
  });

  it('adds BibTeX references to the list without duplicating the paper already there', async () => {
    const parsed = parseBibtex('@article{v, title = {Attention is all you need}, year = 2017, keywords = {from-zotero}}\n@misc{n, title = {Another paper entirely}}');
    if (!parsed.ok) throw new Error(parsed.errors.join());
    const summary = await applyImport(db, { kind: 'references', refs: parsed.value }, { now: 5, makeId: () => 'new-id' });
    expect(summary.papers).toEqual({ added: 1, updated: 1, unchanged: 0, removed: 0 });
    expect((await db.papers.get(attention.id))!.tags).toContain('from-zotero');
    expect(await db.papers.get('new-id')).toMatchObject({ title: 'Another paper entirely', status: 'to-read' });
  });

  it('refuses when the library changed since the preview, writing nothing', async () => {
    const source: ImportSource = { kind: 'backup', mode: 'merge', backup: backupOf({ papers: [paper({ id: 'new', title: 'A brand new paper title' })] }) };
    const summary = await previewImport(db, source, 1);
    await db.papers.add(paper({ id: 'new', title: 'A brand new paper title' }));
    await expect(applyImport(db, source, { now: 2, expected: summary })).rejects.toThrow(/changed since the preview/);
  });

  it('rolls everything back when a write fails part-way', async () => {
    const source: ImportSource = { kind: 'backup', mode: 'restore', backup: backupOf({ papers: many(10), highlights: [highlight('hx', 'm1', 'q')] }) };
    vi.spyOn(db.highlights, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    await expect(applyImport(db, source, { now: 2 })).rejects.toThrow('disk full');
    expect(await counts()).toEqual([2, 1, 1]);
    expect(await db.papers.get(attention.id)).toEqual(attention);
  });

  it('rolls everything back when cancelled part-way, after some chunks were written', async () => {
    const source: ImportSource = { kind: 'backup', mode: 'restore', backup: backupOf({ papers: many(5000) }) };
    const controller = new AbortController();
    const seen: number[] = [];
    const work = applyImport(db, source, {
      now: 2,
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p.done);
        if (p.done >= 2000) controller.abort();
      },
    });
    await expect(work).rejects.toSatisfy(isAbort);
    expect(seen[0]).toBe(2000);
    expect(await counts()).toEqual([2, 1, 1]);
  }, 30_000);
});

describe('exporting from the database', () => {
  it('exports a selection with its highlights only, and reports progress', async () => {
    const phases = new Set<string>();
    const file = await exportLibrary(db, 'annotations', { now: 1, ids: [attention.id], onProgress: (p) => phases.add(p.phase) });
    expect(JSON.parse(file.data as string).total).toBe(1);
    expect([...phases]).toEqual(['read', 'convert']);
    const snapshot = await readSnapshot(db, { ids: [preprint.id, 'missing'] });
    expect(snapshot.papers).toEqual([preprint]);
    expect(snapshot.highlights).toEqual([]);
    expect(snapshot.tables.settings).toHaveLength(1);
  });

  it('reads highlights only for the formats that use them, and every one of them otherwise', async () => {
    const spy = vi.spyOn(db.highlights, 'where');
    const bib = await exportLibrary(db, 'bibtex', { now: 1, ids: [attention.id] });
    expect(bib.data).toContain('@');
    expect(spy).not.toHaveBeenCalled();
    expect((await readSnapshot(db, { highlights: false })).highlights).toEqual([]);
    const annotations = await exportLibrary(db, 'annotations', { now: 1 });
    expect(JSON.parse(annotations.data as string).total).toBe(1);
    spy.mockRestore();
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(exportLibrary(db, 'bibtex', { now: 1, signal: controller.signal })).rejects.toSatisfy(isAbort);
  });
});
