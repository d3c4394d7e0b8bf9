import { describe, expect, it } from 'vitest';
import type { MarginaliaDB } from '@/lib/db/database';
import { addHighlight } from '@/lib/db/highlights';
import { addPaper } from '@/lib/db/library';
import { paperDetail, paperDetailNow } from '@/lib/db/paper-detail';
import { withFreshDatabase } from '@/tests/unit/fresh-database';

let db: MarginaliaDB;
withFreshDatabase('paper-detail', (opened) => (db = opened));

const at = (exact: string) => [{ type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' }];

describe('paperDetailNow', () => {
  it('reads what paperDetail reads: the paper, its highlights oldest first, nobody else\'s', async () => {
    const paper = await addPaper(db, { ids: {}, title: 'A paper to open', authors: [], url: 'https://example.org/p' }, 1);
    const other = await addPaper(db, { ids: {}, title: 'Another paper', authors: [], url: 'https://example.org/q' }, 1);
    // Written newest first: the answer must sort them, not rely on key order.
    for (const [when, text] of [[30, 'third'], [10, 'first'], [20, 'second']] as const) {
      await addHighlight(db, { paperId: paper.id, source: paper.url, selector: at(text) }, when);
    }
    await addHighlight(db, { paperId: other.id, source: other.url, selector: at('elsewhere') }, 5);
    const now = await paperDetailNow(db, paper.id);
    expect(now?.entry.title).toBe('A paper to open');
    expect(now?.highlights.map((h) => (h.target.selector[0] as { exact: string }).exact)).toEqual(['first', 'second', 'third']);
    expect(now).toEqual(await paperDetail(db, paper.id));
  });

  it('answers null for a paper not in the list', async () => {
    expect(await paperDetailNow(db, 'no-such-paper')).toBeNull();
  });
});
