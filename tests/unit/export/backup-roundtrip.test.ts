import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { applyImport, readSnapshot } from '@/lib/db/backup';
import { openDatabase, type MarginaliaDB } from '@/lib/db/database';
import { exportLibrary } from '@/lib/db/export';
import { LATEST_VERSION } from '@/lib/db/schema';
import { parseBackup } from '@/lib/import/backup';
import type { LibraryEntry } from '@/lib/paper';
import { libraryArb } from './arbitraries';

let n = 0;
const opened: MarginaliaDB[] = [];
async function freshDb(): Promise<MarginaliaDB> {
  const db = openDatabase(`backup-roundtrip-${n++}`);
  await db.open();
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

// Settings rows: any JSON value under a unique key (fc.json keeps to values JSON round-trips).
const settingsArb = fc.uniqueArray(fc.record({ key: fc.string({ minLength: 1, maxLength: 20 }), value: fc.json().map((j) => JSON.parse(j) as unknown) }), {
  selector: (r) => r.key,
  maxLength: 4,
});
const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const bytes = (data: string | Uint8Array) => (typeof data === 'string' ? new TextEncoder().encode(data) : data);

describe('JSON backup', () => {
  it('survives backup → bytes → wipe → restore identical, for random libraries', async () => {
    await fc.assert(
      fc.asyncProperty(libraryArb(6), settingsArb, async (library, settings) => {
        const db = await freshDb();
        await db.papers.bulkAdd(library.papers);
        await db.highlights.bulkAdd(library.highlights);
        await db.settings.bulkAdd(settings);
        const before = await readSnapshot(db);

        const file = await exportLibrary(db, 'backup', { now: 1_700_000_000_000 });
        // Through real bytes, as a download and a later file pick would do.
        const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes(file.data));
        await db.papers.clear();
        await db.highlights.clear();
        await db.settings.clear();

        const parsed = parseBackup(text);
        if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
        await applyImport(db, { kind: 'backup', backup: parsed.value, mode: 'restore' }, { now: 2 });
        const after = await readSnapshot(db);
        expect(byId(after.papers)).toEqual(byId(before.papers));
        expect(byId(after.highlights)).toEqual(byId(before.highlights));
        expect(byId(after.papers)).toEqual(byId(library.papers));
        expect(after.tables.settings).toEqual(before.tables.settings);
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('keeps fields a newer schema added, and the exact bytes of a note', async () => {
    const db = await freshDb();
    const note = 'a\u0000b\uD800c\r\n\u2028😀\\{}%';
    const entry = {
      id: 'p1', aliases: ['arxiv:1706.03762'], title: 'T', authors: [], ids: { arxiv: '1706.03762' }, url: '', status: 'read',
      statusDates: { read: 5 }, tags: [], note, addedAt: 1, updatedAt: 2, rating: { stars: 4 },
    } as LibraryEntry;
    await db.papers.add(entry);
    const file = await exportLibrary(db, 'backup', { now: 3 });
    await db.papers.clear();
    const parsed = parseBackup(new TextDecoder().decode(bytes(file.data)));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toMatchObject({ format: 'marginalia-backup', version: 1, exportedAt: '1970-01-01T00:00:00.003Z', schemaVersion: LATEST_VERSION });
    await applyImport(db, { kind: 'backup', backup: parsed.value, mode: 'restore' }, { now: 4 });
    expect(await db.papers.get('p1')).toEqual(entry);
  });
});
