import { describe, expect, it } from 'vitest';
import type { MarginaliaDB } from '@/lib/db/database';
import { addHighlight, deleteHighlight } from '@/lib/db/highlights';
import { EVERYTHING } from '@/lib/db/journal';
import { addPaper, removePaper, restorePaper, setStatus } from '@/lib/db/library';
import { forgetChanges, readJournal } from '@/lib/db/search-store';
import { withFreshDatabase } from '@/tests/unit/fresh-database';

const quote = (exact: string) => [{ type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' }];

let db: MarginaliaDB;
withFreshDatabase('journal-test', (opened) => (db = opened));

const add = (title: string) => addPaper(db, { ids: {}, title, authors: [], url: 'https://example.org/' + title.length }, 1);
const journal = async () => new Map((await readJournal(db)).map((e) => [e.paperId, e]));

describe('change journal', () => {
  it('records each changed paper in the same transaction as the change', async () => {
    const a = await add('A paper about frozen encoders');
    const b = await add('Another paper about something else');
    expect([...(await journal()).keys()].sort()).toEqual([a.id, b.id].sort());
    expect((await journal()).get(a.id)?.highlights).toBe(false);
  });

  it('marks highlight changes, stickily, and finds the paper of a deleted highlight', async () => {
    const a = await add('A paper about frozen encoders');
    await db.changes.clear();
    const h = await addHighlight(db, { paperId: a.id, source: 'https://x', selector: quote('words') }, 2);
    expect((await journal()).get(a.id)?.highlights).toBe(true);
    await setStatus(db, a.id, 'read', 3);
    expect((await journal()).get(a.id)?.highlights).toBe(true);
    await db.changes.clear();
    await deleteHighlight(db, h.id);
    expect((await journal()).get(a.id)).toMatchObject({ highlights: true });
  });

  it('records removals and restores, and a cleared table as everything', async () => {
    const a = await add('A paper about frozen encoders');
    await db.changes.clear();
    const removed = await removePaper(db, a.id);
    expect((await journal()).has(a.id)).toBe(true);
    await db.changes.clear();
    await restorePaper(db, removed!);
    expect((await journal()).has(a.id)).toBe(true);
    await db.papers.clear();
    expect((await journal()).has(EVERYTHING)).toBe(true);
  });

  it('does not journal other tables, and writes nothing when a write fails', async () => {
    await db.arxivMeta.put({ id: '1', fetchedAt: 1 } as never);
    expect(await readJournal(db)).toEqual([]);
    await expect(addHighlight(db, { paperId: 'missing', source: 'x', selector: quote('w') }, 1)).rejects.toThrow();
    expect(await readJournal(db)).toEqual([]);
  });

  it('forgets only the entries not written again since they were read', async () => {
    const a = await add('A paper about frozen encoders');
    const b = await add('Another paper about something else');
    const seen = await readJournal(db);
    await setStatus(db, b.id, 'read', 5);
    await forgetChanges(db, seen);
    expect([...(await journal()).keys()]).toEqual([b.id]);
    expect(a.id).not.toBe(b.id);
  });

  it('writes one entry per paper per transaction, and only a new stamp on a pending rebuild', async () => {
    const a = await add('A paper about frozen encoders');
    const b = await add('Another paper about something else');
    await db.changes.clear();
    const h = (i: number, paperId: string) => ({ id: `h${i}`, paperId, color: 'yellow' as const, comment: '', createdAt: 1, updatedAt: 1, target: { source: 'x', selector: quote(`w${i}`) } });
    await db.transaction('rw', db.papers, db.highlights, async () => {
      await db.papers.update(a.id, { note: 'first' });
      for (let i = 0; i < 6; i++) await db.highlights.bulkPut([h(2 * i, a.id), h(2 * i + 1, b.id)]);
    });
    // Written without highlights first, then with: the entry says highlights.
    expect((await journal()).get(a.id)?.highlights).toBe(true);
    expect((await journal()).get(b.id)?.highlights).toBe(true);
    await db.changes.clear();
    await db.highlights.clear();
    const everything = (await journal()).get(EVERYTHING)!;
    await db.transaction('rw', db.papers, db.highlights, async () => {
      await db.highlights.bulkPut([h(1, a.id)]);
      await db.papers.update(b.id, { note: 'later' });
    });
    // A rebuild is pending and reads every paper: only its stamp changes, so it runs again.
    const after = await journal();
    expect([...after.keys()]).toEqual([EVERYTHING]);
    expect(after.get(EVERYTHING)!.stamp).not.toBe(everything.stamp);
  });
});
