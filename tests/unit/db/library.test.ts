import { describe, expect, it } from 'vitest';
import type { MarginaliaDB } from '@/lib/db/database';
import { addHighlight } from '@/lib/db/highlights';
import * as library from '@/lib/db/library';
import type { PaperRef } from '@/lib/paper';
import { withFreshDatabase } from '@/tests/unit/fresh-database';

const ref = (over: Partial<PaperRef> = {}): PaperRef => ({
  ids: { arxiv: '2411.11927' },
  title: 'FLAME: Frozen Large Language Models Enable Data-Efficient Language-Image Pre-training',
  authors: ['Anjia Cao'],
  url: 'https://arxiv.org/abs/2411.11927',
  site: 'arxiv',
  kind: 'abstract',
  ...over,
});

let db: MarginaliaDB;
withFreshDatabase('library-test', (opened) => (db = opened));

describe('adding and finding', () => {
  it('adds a paper as "to read" with its aliases, and finds it by any of them', async () => {
    const entry = await library.addPaper(db, ref(), 1000);
    expect(entry).toMatchObject({ status: 'to-read', statusDates: { 'to-read': 1000 }, tags: [], note: '', addedAt: 1000 });
    expect(entry.aliases).toContain('arxiv:2411.11927');
    expect(entry.aliases.some((a) => a.startsWith('title:flame'))).toBe(true);
    // Same paper met elsewhere with a differently punctuated title and no arXiv id.
    const found = await library.findPaperFor(db, { ids: {}, title: 'FLAME - frozen large language models enable data efficient language image pretraining' });
    expect(found?.id).toBe(entry.id);
  });

  it('adding the same paper twice keeps one entry and learns new ids', async () => {
    const first = await library.addPaper(db, ref(), 1000);
    const second = await library.addPaper(db, ref({ ids: { doi: '10.1/x' }, url: 'https://doi.org/10.1/x' }), 2000);
    expect(second.id).toBe(first.id);
    expect(second.aliases).toEqual(expect.arrayContaining(['arxiv:2411.11927', 'doi:10.1/x']));
    expect(await db.papers.count()).toBe(1);
  });

  it('uses the arXiv id as title when metadata was unavailable', async () => {
    const entry = await library.addPaper(db, ref({ title: undefined, kind: 'pdf' }), 1);
    expect(entry.title).toBe('arXiv:2411.11927');
  });

  it('refuses a paper with neither title nor id, writing nothing', async () => {
    await expect(library.addPaper(db, ref({ ids: {}, title: '  ' }), 1)).rejects.toThrow(/no title/);
    expect(await db.papers.count()).toBe(0);
  });
});

describe('status, tags, note', () => {
  it('records when each status was entered', async () => {
    const { id } = await library.addPaper(db, ref(), 1);
    await library.setStatus(db, id, 'reading', 2);
    const read = await library.setStatus(db, id, 'read', 3);
    expect(read.status).toBe('read');
    expect(read.statusDates).toEqual({ 'to-read': 1, reading: 2, read: 3 });
  });

  it('rejects an unknown status and changes nothing', async () => {
    const { id } = await library.addPaper(db, ref(), 1);
    await expect(library.setStatus(db, id, 'done' as never, 2)).rejects.toThrow(/Unknown status/);
    expect((await db.papers.get(id))!.status).toBe('to-read');
  });

  it('cleans tags, drops case duplicates, and rejects bad ones whole', async () => {
    const { id } = await library.addPaper(db, ref(), 1);
    const entry = await library.setTags(db, id, ['  vision   language ', 'CLIP', 'clip', 'ünï ☃'], 2);
    expect(entry.tags).toEqual(['vision language', 'CLIP', 'ünï ☃']);
    await expect(library.setTags(db, id, ['ok', ' '], 3)).rejects.toThrow(/empty/);
    await expect(library.setTags(db, id, ['x'.repeat(65)], 3)).rejects.toThrow(/64/);
    expect((await db.papers.get(id))!.tags).toEqual(['vision language', 'CLIP', 'ünï ☃']);
  });

  it('saves notes verbatim, including markup, and refuses oversized ones', async () => {
    const { id } = await library.addPaper(db, ref(), 1);
    const note = '# Title\n<script>alert(1)</script>\n$\\alpha$';
    expect((await library.setNote(db, id, note, 2)).note).toBe(note);
    await expect(library.setNote(db, id, 'x'.repeat(library.MAX_NOTE_LENGTH + 1), 3)).rejects.toThrow(/too long/);
    expect((await db.papers.get(id))!.note).toBe(note);
  });

  it('lists tags most used first', async () => {
    const a = await library.addPaper(db, ref(), 1);
    const b = await library.addPaper(db, ref({ ids: { arxiv: '2305.19466' }, title: 'The Impact of Positional Encoding on Length Generalization in Transformers' }), 1);
    await library.setTags(db, a.id, ['nlp', 'vision'], 2);
    await library.setTags(db, b.id, ['nlp'], 2);
    expect(await library.allTags(db)).toEqual(['nlp', 'vision']);
  });

  it('fails clearly on a paper that is gone', async () => {
    await expect(library.setNote(db, 'missing', 'x', 1)).rejects.toThrow(/no longer in your list/);
  });
});

describe('remove and undo', () => {
  it('restores a removed paper exactly, tags and note included', async () => {
    const { id } = await library.addPaper(db, ref(), 1);
    await library.setTags(db, id, ['keep'], 2);
    const before = await library.setNote(db, id, 'my note', 3);
    const removed = await library.removePaper(db, id);
    expect(await db.papers.count()).toBe(0);
    await library.restorePaper(db, removed!);
    expect(await db.papers.get(id)).toEqual(before);
  });

  it('removes and restores the highlights with the paper', async () => {
    const { id } = await library.addPaper(db, ref(), 1);
    const quote = { type: 'TextQuoteSelector' as const, exact: 'frozen', prefix: '', suffix: '' };
    const h = await addHighlight(db, { paperId: id, source: 'https://arxiv.org/html/2411.11927', selector: [quote] }, 2);
    const removed = await library.removePaper(db, id);
    expect(await db.highlights.count()).toBe(0);
    await library.restorePaper(db, removed!);
    expect(await db.highlights.get(h.id)).toEqual(h);
  });

  it('does not restore over a paper added again meanwhile', async () => {
    const { id } = await library.addPaper(db, ref(), 1);
    const removed = await library.removePaper(db, id);
    await library.addPaper(db, ref(), 2);
    await expect(library.restorePaper(db, removed!)).rejects.toThrow(/added again/);
    expect(await db.papers.count()).toBe(1);
  });
});
