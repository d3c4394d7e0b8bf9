import { describe, expect, it } from 'vitest';
import type { MarginaliaDB } from '@/lib/db/database';
import { highlightPaper } from '@/lib/db/highlight-paper';
import { addPaper } from '@/lib/db/library';
import type { Highlight, HighlightColor, Selector } from '@/lib/paper';
import { inReadingOrder } from '@/lib/reading-order';
import { withFreshDatabase } from '@/tests/unit/fresh-database';

const SOURCE = 'https://arxiv.org/html/2411.11927v1';
const paper = { ids: { arxiv: '2411.11927' }, title: 'FLAME: Frozen Large Language Models', authors: [], url: SOURCE };
const selector: Selector[] = [{ type: 'TextQuoteSelector', exact: 'frozen', prefix: '', suffix: '' }];

let db: MarginaliaDB;
withFreshDatabase('highlight-paper', (opened) => (db = opened));

describe('highlightPaper', () => {
  it('adds a missing paper as "reading" with the highlight, in one go', async () => {
    const made = await highlightPaper(db, paper, { source: SOURCE, selector, color: 'pink' }, 5);
    expect(made.addedPaper).toBe(true);
    expect(made.entry).toMatchObject({ status: 'reading', statusDates: { reading: 5 } });
    expect(made.highlight).toMatchObject({ paperId: made.entry.id, color: 'pink', comment: '' });
  });

  it('uses the paper already in the list', async () => {
    const entry = await addPaper(db, paper, 1);
    const made = await highlightPaper(db, { ...paper, title: 'FLAME' }, { source: SOURCE, selector }, 5);
    expect(made).toMatchObject({ addedPaper: false, entry: { id: entry.id, status: 'to-read' } });
  });

  it('changes nothing, not even the list, when the highlight is refused', async () => {
    const empty: Selector[] = [{ type: 'TextQuoteSelector', exact: '   ', prefix: '', suffix: '' }];
    await expect(highlightPaper(db, paper, { source: SOURCE, selector: empty }, 5)).rejects.toThrow(/selected text/);
    await expect(highlightPaper(db, paper, { source: SOURCE, selector, color: 'red' as HighlightColor }, 5)).rejects.toThrow(/colour/);
    expect(await db.papers.count()).toBe(0);
    expect(await db.highlights.count()).toBe(0);
  });
});

describe('inReadingOrder', () => {
  const h = (id: string, selector: Selector[], createdAt = 0): Highlight => ({
    id, paperId: 'p', target: { source: SOURCE, selector }, color: 'yellow', comment: '', createdAt, updatedAt: createdAt,
  });
  it('sorts by PDF page, then text position, then age', () => {
    const list = [
      h('late', [{ type: 'TextPositionSelector', start: 900, end: 910 }]),
      h('page2', [{ type: 'PageSelector', index: 2 }, { type: 'TextPositionSelector', start: 1, end: 2 }]),
      h('early', [{ type: 'TextPositionSelector', start: 10, end: 20 }]),
      h('quote-only-new', selector, 2),
      h('quote-only-old', selector, 1),
    ];
    expect(inReadingOrder(list).map((x) => x.id)).toEqual(['early', 'late', 'quote-only-old', 'quote-only-new', 'page2']);
  });
});
