import { describe, expect, it } from 'vitest';
import type { MarginaliaDB } from '@/lib/db/database';
import * as library from '@/lib/db/library';
import type { PaperRef } from '@/lib/paper';
import { withFreshDatabase } from '@/tests/unit/fresh-database';

const TITLE = 'The Impact of Positional Encoding on Length Generalization in Transformers';
const arxivRef: PaperRef = { ids: { arxiv: '2305.19466' }, title: TITLE, authors: [], url: 'https://arxiv.org/abs/2305.19466', site: 'arxiv', kind: 'abstract' };

let db: MarginaliaDB;
withFreshDatabase('merge-test', (opened) => (db = opened));

describe('mergeAliases', () => {
  it('adds the OpenReview id of a saved arXiv paper, leaving the user data alone', async () => {
    const saved = await library.addPaper(db, arxivRef, 1);
    await library.setTags(db, saved.id, ['nlp'], 2);
    await library.setNote(db, saved.id, 'my note', 3);
    const before = (await db.papers.get(saved.id))!;
    const merged = await library.mergeAliases(db, { ids: { openreview: 'Drg8DHYOPX' }, title: TITLE });
    expect(merged?.aliases).toContain('openreview:drg8dhyopx');
    expect(merged?.ids).toEqual({ arxiv: '2305.19466', openreview: 'Drg8DHYOPX' });
    const after = (await db.papers.get(saved.id))!;
    expect({ ...after, aliases: before.aliases, ids: before.ids }).toEqual(before);
    // Now the OpenReview PDF alone finds it.
    expect((await library.findPaperFor(db, { ids: { openreview: 'Drg8DHYOPX' } }))?.id).toBe(saved.id);
  });

  it('never replaces an id, merges nothing from a different arXiv paper of the same title, nor for a paper not in the list', async () => {
    const saved = await library.addPaper(db, arxivRef, 1);
    const merged = await library.mergeAliases(db, { ids: { arxiv: '2401.99999', doi: '10.1/other' }, title: TITLE });
    expect(merged).toEqual(saved);
    const withDoi = await library.mergeAliases(db, { ids: { doi: '10.48550/arxiv.2305.19466' }, title: TITLE });
    expect(withDoi?.ids).toEqual({ arxiv: '2305.19466', doi: '10.48550/arxiv.2305.19466' });
    expect(await library.mergeAliases(db, { ids: { arxiv: '2401.00001' }, title: 'Another Paper Entirely Unrelated' })).toBeUndefined();
    expect(await db.papers.count()).toBe(1);
  });

  it('leaves an alias owned by another entry to that entry', async () => {
    const a = await library.addPaper(db, arxivRef, 1);
    const b = await library.addPaper(db, { ...arxivRef, ids: { arxiv: '1706.03762' }, title: 'Attention Is All You Need' }, 1);
    await library.mergeAliases(db, { ids: { arxiv: '2305.19466' }, title: 'Attention Is All You Need' });
    expect((await db.papers.get(a.id))?.aliases.some((x) => x.includes('attention'))).toBe(false);
    expect((await db.papers.get(b.id))?.aliases).toEqual(b.aliases);
  });

  it(`keeps at most ${library.MAX_ALIASES} aliases however many pages add some`, async () => {
    const saved = await library.addPaper(db, arxivRef, 1);
    for (let i = 0; i < 80; i++) await library.mergeAliases(db, { ids: { arxiv: '2305.19466', doi: `10.1000/x${i}` } });
    expect((await db.papers.get(saved.id))?.aliases.length).toBe(library.MAX_ALIASES);
  });
});
