import { renderHook, waitFor } from '@testing-library/react';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type MarginaliaDB } from '@/lib/db/database';
import { addHighlight } from '@/lib/db/highlights';
import { addPaper, setNote } from '@/lib/db/library';
import { usePaperDetail } from '@/lib/ui/use-paper-detail';

let db: MarginaliaDB;
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('usePaperDetail', () => {
  it('reads the paper with its highlights, follows changes, and says when it is gone', async () => {
    db = openDatabase('use-paper-detail');
    const paper = await addPaper(db, { ids: {}, title: 'A paper to open', authors: [], url: 'https://example.org/p' }, 1);
    const { result } = renderHook(({ id }) => usePaperDetail(db, id), { initialProps: { id: paper.id } });
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(result.current?.entry.title).toBe('A paper to open'));
    expect(result.current!.highlights).toEqual([]);

    await setNote(db, paper.id, 'Read section 3 again.', 2);
    await addHighlight(db, { paperId: paper.id, source: paper.url, selector: [{ type: 'TextQuoteSelector', exact: 'a passage', prefix: '', suffix: '' }] }, 3);
    await waitFor(() => expect(result.current?.entry.note).toBe('Read section 3 again.'));
    await waitFor(() => expect(result.current!.highlights).toHaveLength(1));

    await db.papers.delete(paper.id);
    await waitFor(() => expect(result.current).toBeNull());
  });

  it('answers for the paper asked, as soon as the id changes', async () => {
    db = openDatabase('use-paper-detail-ids');
    const one = await addPaper(db, { ids: {}, title: 'The first paper', authors: [], url: 'https://example.org/1' }, 1);
    const two = await addPaper(db, { ids: {}, title: 'The second paper', authors: [], url: 'https://example.org/2' }, 2);
    const { result, rerender } = renderHook(({ id }) => usePaperDetail(db, id), { initialProps: { id: one.id } });
    await waitFor(() => expect(result.current?.entry.title).toBe('The first paper'));
    rerender({ id: two.id });
    // Never the first paper's record under the second's id, not even for one render.
    expect(result.current?.entry.id ?? two.id).toBe(two.id);
    await waitFor(() => expect(result.current?.entry.title).toBe('The second paper'));
  });
});
