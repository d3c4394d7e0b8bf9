import { describe, expect, it } from 'vitest';
import { makeBackup } from '@/lib/export/backup';
import type { LibrarySnapshot } from '@/lib/export/snapshot';
import { mergePaper } from '@/lib/import/merge-paper';
import { planMerge, planRestore } from '@/lib/import/plan-backup';
import { planReferences } from '@/lib/import/plan-references';
import { toBibtex } from '@/lib/export/bibtex';
import { toCslJson } from '@/lib/export/csl';
import { parseBibtex } from '@/lib/import/bibtex';
import { parseCslJson } from '@/lib/import/csl';
import type { ImportedRef } from '@/lib/import/reference';
import { attention, highlight, paper, preprint } from '../export/sample';

const snap = (papers = [attention], highlights = [highlight('h1', attention.id, 'x')]): LibrarySnapshot => ({ papers, highlights, tables: {} });

describe('merging one paper', () => {
  it('takes each field from the newer edit, keeps what only the older has, unites tags and ids', () => {
    const current = paper({ id: 'a', title: 'Old title', abstract: 'Only here', tags: ['x', 'Y'], note: 'old', ids: { arxiv: '1706.03762' }, updatedAt: 10, statusDates: { 'to-read': 1 } });
    const incoming = paper({ id: 'b', title: 'New title', tags: ['y', 'z'], note: 'new', status: 'read', ids: { doi: '10.1/x' }, updatedAt: 20, addedAt: 0, statusDates: { 'to-read': 2, read: 20 } });
    expect(mergePaper(current, incoming)).toMatchObject({
      id: 'a', title: 'New title', abstract: 'Only here', note: 'new', status: 'read', tags: ['x', 'Y', 'z'],
      ids: { arxiv: '1706.03762', doi: '10.1/x' }, statusDates: { 'to-read': 2, read: 20 }, addedAt: 0, updatedAt: 20,
    });
    // An older incoming edit loses every field it shares, but still brings its tags.
    expect(mergePaper(incoming, current)).toMatchObject({ id: 'b', title: 'New title', note: 'new', tags: ['y', 'z', 'x'] });
  });
});

describe('backup plans', () => {
  it('restore counts against the library by id, including what will be removed', () => {
    const edited = { ...attention, note: 'changed', updatedAt: attention.updatedAt + 1 };
    const plan = planRestore(snap([attention, paper({ id: 'gone' })]), makeBackup(snap([edited, preprint], []), 1));
    expect(plan.summary.papers).toEqual({ added: 1, updated: 1, unchanged: 0, removed: 1 });
    expect(plan.summary.highlights).toEqual({ added: 0, updated: 0, unchanged: 0, removed: 1 });
    expect(plan.replace).toBe(true);
  });

  it('merge of the same backup changes nothing', () => {
    const plan = planMerge(snap(), makeBackup(snap(), 1));
    expect(plan.summary.papers).toEqual({ added: 0, updated: 0, unchanged: 1, removed: 0 });
    expect(plan.summary.highlights).toEqual({ added: 0, updated: 0, unchanged: 1, removed: 0 });
    expect(plan.papers).toEqual([]);
  });

  it('merge joins the same paper saved under another id by alias, and moves its highlights over', () => {
    const mine = { ...attention, aliases: ['arxiv:1706.03762'] };
    const theirs = { ...attention, id: 'other-machine', aliases: ['arxiv:1706.03762'], tags: ['new tag'], updatedAt: 1 };
    const h = highlight('h-theirs', 'other-machine', 'quote');
    const plan = planMerge(snap([mine], []), makeBackup(snap([theirs, preprint], [h]), 1));
    expect(plan.summary.papers).toEqual({ added: 1, updated: 1, unchanged: 0, removed: 0 });
    expect(plan.papers.find((p) => p.id === attention.id)!.tags).toEqual([...attention.tags, 'new tag']);
    expect(plan.highlights).toEqual([{ ...h, paperId: attention.id }]);
  });

  it('merge keeps the newer version of a highlight', () => {
    const old = highlight('h1', attention.id, 'x', { comment: 'old', updatedAt: 1 });
    const newer = { ...old, comment: 'new', updatedAt: 2 };
    expect(planMerge(snap([attention], [old]), makeBackup(snap([attention], [newer]), 1)).highlights).toEqual([newer]);
    expect(planMerge(snap([attention], [newer]), makeBackup(snap([attention], [old]), 1)).summary.highlights.unchanged).toBe(1);
  });

  it('notes optional tables this database does not have', () => {
    const backup = { ...makeBackup(snap(), 1), catalogues: [{ id: 'c' }] };
    expect(planMerge(snap(), backup).summary.notes.join()).toMatch(/catalogues \(1\) are not imported/);
    expect(planMerge({ ...snap(), tables: { catalogues: [] } }, backup).tables).toEqual({ catalogues: [{ id: 'c' }] });
  });
});

describe('reference plans', () => {
  const ref = (over: Partial<ImportedRef>): ImportedRef => ({ label: 'Entry', ids: {}, title: 'T', authors: [], tags: [], note: '', ...over });
  const ids = () => { let n = 0; return () => `new-${n++}`; };

  it('adds unknown papers as "to read" and matches known ones by id or title, duplicating nothing', () => {
    const known = { ...attention, aliases: ['arxiv:1706.03762', 'title:attentionisallyouneed'], abstract: undefined, year: undefined };
    const refs = [
      ref({ title: 'Attention is all you need', ids: {}, year: 2017, abstract: 'Filled in', tags: ['imported'] }),
      ref({ title: 'Something else entirely new', ids: { arxiv: '2103.00020' } }),
      ref({ title: 'Learning Transferable Visual Models', ids: { arxiv: '2103.00020' }, note: 'n' }),
    ];
    const now = Date.UTC(2025, 0, 1);
    const plan = planReferences([known], refs, now, ids());
    expect(plan.summary.papers).toEqual({ added: 1, updated: 1, unchanged: 0, removed: 0 });
    const updated = plan.papers.find((p) => p.id === attention.id)!;
    expect(updated).toMatchObject({ year: 2017, abstract: 'Filled in', title: attention.title, note: attention.note, tags: [...attention.tags, 'imported'], updatedAt: now });
    const added = plan.papers.find((p) => p.id === 'new-0')!;
    expect(added).toMatchObject({ status: 'to-read', statusDates: { 'to-read': now }, url: 'https://arxiv.org/abs/2103.00020', note: 'n', addedAt: now });
  });

  it('importing our own BibTeX and CSL-JSON exports back changes nothing', () => {
    for (const text of [toBibtex([attention]), toCslJson([attention])]) {
      const parsed = text.startsWith('@') ? parseBibtex(text) : parseCslJson(text);
      if (!parsed.ok) throw new Error(parsed.errors.join());
      expect(planReferences([attention], parsed.value, Date.UTC(2025, 0, 1), ids()).summary.papers).toEqual({ added: 0, updated: 0, unchanged: 1, removed: 0 });
    }
  });

  it('importing the same references twice changes nothing the second time', () => {
    const refs = [ref({ title: 'A paper with a long enough title', ids: { doi: '10.1/x' }, tags: ['t'], note: 'hello' })];
    const first = planReferences([], refs, 1, ids());
    const second = planReferences(first.papers, refs, 2, ids());
    expect(second.summary.papers).toEqual({ added: 0, updated: 0, unchanged: 1, removed: 0 });
  });
});
