import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type MarginaliaDB } from '@/lib/db/database';
import { highlightsOf } from '@/lib/db/highlights';
import { addPaper, findPaperFor, type NewPaper } from '@/lib/db/library';
import type { Selector } from '@/lib/paper';
import { readerChannel } from '@/lib/reader/channel';

const SOURCE = 'https://arxiv.org/pdf/1706.03762v7';
const paper: NewPaper = { ids: { arxiv: '1706.03762' }, title: 'Attention Is All You Need', authors: [], url: 'https://arxiv.org/abs/1706.03762', pdfUrl: SOURCE };
const selector: Selector[] = [
  { type: 'PageSelector', index: 1 },
  { type: 'TextQuoteSelector', exact: 'the marker sentence', prefix: '', suffix: '' },
  { type: 'TextPositionSelector', start: 10, end: 29 },
];

let db: MarginaliaDB;
let n = 0;
let announced = 0;
beforeEach(async () => {
  db = openDatabase(`reader-channel-${n++}`);
  await db.open();
  announced = 0;
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const channel = (known: NewPaper | null = paper) =>
  readerChannel({ db, paper: () => known, source: SOURCE, now: () => 7, libraryChanged: async () => announced++ });

describe('readerChannel', () => {
  it('highlights a paper not in the list: adds it as Reading with the page selector, and announces it', async () => {
    const reply = await channel()({ type: 'createHighlight', selector, color: 'green', comment: 'why?' });
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.value.addedPaper).toBe(true);
    expect(reply.value.highlight).toMatchObject({ color: 'green', comment: 'why?', target: { source: SOURCE, selector } });
    const entry = await findPaperFor(db, { ids: { arxiv: '1706.03762' } });
    expect(entry).toMatchObject({ status: 'reading', pdfUrl: SOURCE, title: 'Attention Is All You Need' });
    expect(announced).toBe(1);
  });

  it('files highlights under the entry saved from the abstract page', async () => {
    const saved = await addPaper(db, { ...paper, url: 'https://arxiv.org/abs/1706.03762v7', pdfUrl: undefined }, 1);
    const reply = await channel()({ type: 'createHighlight', selector, color: 'yellow' });
    expect(reply.ok && reply.value).toMatchObject({ addedPaper: false, highlight: { paperId: saved.id } });
    expect(announced).toBe(0);
  });

  it('edits, deletes and restores', async () => {
    const ask = channel();
    const made = await ask({ type: 'createHighlight', selector, color: 'yellow' });
    if (!made.ok) throw new Error(made.error);
    const id = made.value.highlight.id;
    expect(await ask({ type: 'updateHighlight', id, comment: 'later' })).toMatchObject({ ok: true, value: { comment: 'later' } });
    const deleted = await ask({ type: 'deleteHighlight', id });
    expect(deleted.ok && deleted.value?.id).toBe(id);
    expect(await highlightsOf(db, made.value.highlight.paperId)).toHaveLength(0);
    if (!deleted.ok || !deleted.value) throw new Error('not deleted');
    expect((await ask({ type: 'restoreHighlight', highlight: deleted.value })).ok).toBe(true);
    expect(await highlightsOf(db, made.value.highlight.paperId)).toHaveLength(1);
  });

  it('answers failures as values and writes nothing while the paper is unknown', async () => {
    expect(await channel(null)({ type: 'createHighlight', selector, color: 'yellow' })).toMatchObject({ ok: false, error: expect.stringMatching(/which paper/) });
    expect(await channel()({ type: 'updateHighlight', id: 'nope', comment: 'x' })).toMatchObject({ ok: false });
    expect(await channel()({ type: 'getHighlights' })).toMatchObject({ ok: false });
    expect(await db.papers.count()).toBe(0);
  });
});
