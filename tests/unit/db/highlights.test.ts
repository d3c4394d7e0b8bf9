import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type MarginaliaDB } from '@/lib/db/database';
import * as highlights from '@/lib/db/highlights';
import { addPaper } from '@/lib/db/library';
import type { Selector } from '@/lib/paper';

const SOURCE = 'https://arxiv.org/html/2411.11927v1';
const quote = (exact: string): Selector[] => [
  { type: 'TextQuoteSelector', exact, prefix: 'a ', suffix: ' b' },
  { type: 'TextPositionSelector', start: 10, end: 10 + exact.length },
];

let db: MarginaliaDB;
let paperId: string;
let n = 0;
beforeEach(async () => {
  db = openDatabase(`highlights-test-${n++}`);
  await db.open();
  paperId = (await addPaper(db, { ids: { arxiv: '2411.11927' }, title: 'FLAME: Frozen Large Language Models', authors: [], url: SOURCE }, 1)).id;
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('highlights', () => {
  it('stores a highlight in the default colour and lists a paper\'s highlights oldest first', async () => {
    const second = await highlights.addHighlight(db, { paperId, source: SOURCE, selector: quote('second') }, 20);
    const first = await highlights.addHighlight(db, { paperId, source: SOURCE, selector: quote('first'), color: 'green', comment: 'c' }, 10);
    expect(second.color).toBe('yellow');
    expect((await highlights.highlightsOf(db, paperId)).map((h) => h.id)).toEqual([first.id, second.id]);
  });

  it.each([
    ['no quote', [{ type: 'TextPositionSelector', start: 1, end: 2 }] as Selector[], /selected text/],
    ['an empty quote', quote('   '), /selected text/],
    ['a huge quote', quote('x'.repeat(highlights.MAX_QUOTE_LENGTH + 1)), /too long/],
  ])('refuses %s, writing nothing', async (_what, selector, error) => {
    await expect(highlights.addHighlight(db, { paperId, source: SOURCE, selector }, 1)).rejects.toThrow(error);
    expect(await db.highlights.count()).toBe(0);
  });

  it('refuses a highlight for a paper not in the list, and an unknown colour', async () => {
    await expect(highlights.addHighlight(db, { paperId: 'gone', source: SOURCE, selector: quote('x') }, 1)).rejects.toThrow(/no longer/);
    await expect(highlights.addHighlight(db, { paperId, source: SOURCE, selector: quote('x'), color: 'black' as never }, 1)).rejects.toThrow(/colour/);
    expect(await db.highlights.count()).toBe(0);
  });

  it('edits colour and comment, deletes and restores', async () => {
    const h = await highlights.addHighlight(db, { paperId, source: SOURCE, selector: quote('text') }, 1);
    const edited = await highlights.updateHighlight(db, h.id, { color: 'blue', comment: 'why' }, 5);
    expect(edited).toMatchObject({ color: 'blue', comment: 'why', updatedAt: 5, createdAt: 1 });
    const removed = await highlights.deleteHighlight(db, h.id);
    expect(await db.highlights.count()).toBe(0);
    await highlights.restoreHighlight(db, removed!);
    expect(await db.highlights.get(h.id)).toEqual(edited);
  });
});
