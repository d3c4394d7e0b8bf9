import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bulkAddTag, bulkRemovePapers, bulkRemoveTag, bulkRestorePapers, bulkSetStatus, restoreStates } from '@/lib/db/bulk';
import { openDatabase, type MarginaliaDB } from '@/lib/db/database';
import { addHighlight } from '@/lib/db/highlights';
import { addPaper, MAX_TAGS, setTags } from '@/lib/db/library';

let db: MarginaliaDB;
let n = 0;
let ids: string[];
beforeEach(async () => {
  db = openDatabase(`bulk-test-${n++}`);
  await db.open();
  ids = [];
  for (let i = 0; i < 3; i++) {
    const p = await addPaper(db, { ids: { arxiv: `2401.0000${i}` }, title: `Paper number ${i} about things`, authors: [], url: `https://arxiv.org/abs/2401.0000${i}` }, 1);
    ids.push(p.id);
    await addHighlight(db, { paperId: p.id, source: p.url, selector: [{ type: 'TextQuoteSelector', exact: `quote ${i}`, prefix: '', suffix: '' }] }, 2);
  }
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('bulk actions', () => {
  it('sets a status on a selection and undoes it', async () => {
    const before = await bulkSetStatus(db, [ids[0]!, ids[1]!], 'read', 10);
    expect(before.map((s) => s.status)).toEqual(['to-read', 'to-read']);
    expect((await db.papers.get(ids[0]!))!).toMatchObject({ status: 'read', statusDates: { read: 10 }, updatedAt: 10 });
    expect((await db.papers.get(ids[2]!))!.status).toBe('to-read');
    await restoreStates(db, before);
    expect((await db.papers.get(ids[0]!))!).toMatchObject({ status: 'to-read', statusDates: { 'to-read': 1 }, updatedAt: 1 });
  });

  it('tags and untags a selection, skipping papers that already have the tag', async () => {
    await setTags(db, ids[1]!, ['NLP'], 1);
    const before = await bulkAddTag(db, ids, ' nlp ', 10);
    expect(before.map((s) => s.id)).toEqual([ids[0], ids[2]]);
    expect((await db.papers.get(ids[0]!))!.tags).toEqual(['nlp']);
    expect((await db.papers.get(ids[1]!))!.tags).toEqual(['NLP']);
    await bulkRemoveTag(db, ids, 'nlp', 11);
    expect(await db.papers.where('tags').equals('nlp').count()).toBe(0);
  });

  it('tags nothing when one paper is at the tag limit', async () => {
    await setTags(db, ids[2]!, Array.from({ length: MAX_TAGS }, (_, i) => `t${i}`), 1);
    await expect(bulkAddTag(db, ids, 'new', 10)).rejects.toThrow(/no paper was tagged/);
    expect(await db.papers.where('tags').equals('new').count()).toBe(0);
    await expect(bulkAddTag(db, ids, '  ', 10)).rejects.toThrow(/empty/);
  });

  it('removes a selection with its highlights and restores it whole', async () => {
    const removed = await bulkRemovePapers(db, [ids[0]!, ids[1]!, 'missing']);
    expect(removed.map((r) => r.entry.id)).toEqual([ids[0], ids[1]]);
    expect(removed.every((r) => r.highlights.length === 1)).toBe(true);
    expect(await db.papers.count()).toBe(1);
    expect(await db.highlights.count()).toBe(1);
    await bulkRestorePapers(db, removed);
    expect(await db.papers.count()).toBe(3);
    expect(await db.highlights.count()).toBe(3);
  });

  it('restores nothing when one removed paper was added again meanwhile', async () => {
    const removed = await bulkRemovePapers(db, [ids[0]!, ids[1]!]);
    await addPaper(db, { ids: { arxiv: '2401.00001' }, title: 'Added again', authors: [], url: 'https://arxiv.org/abs/2401.00001' }, 20);
    await expect(bulkRestorePapers(db, removed)).rejects.toThrow(/added again/);
    expect(await db.papers.count()).toBe(2);
    expect(await db.highlights.count()).toBe(1);
  });
});
