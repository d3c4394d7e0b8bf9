import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type MarginaliaDB } from '@/lib/db/database';
import { addPaper, setTags } from '@/lib/db/library';
import { deleteTag, mergeTags, renameTag, setTagColor, tagColors } from '@/lib/db/tags';

let db: MarginaliaDB;
let n = 0;
let ids: string[];
beforeEach(async () => {
  db = openDatabase(`tags-test-${n++}`);
  await db.open();
  ids = [];
  const tagSets = [['nlp', 'to-discuss'], ['NLP-old', 'vision'], ['vision', 'nlp'], []];
  for (const [i, tags] of tagSets.entries()) {
    const paper = await addPaper(db, { ids: { arxiv: `2401.0000${i}` }, title: `Paper number ${i} about things`, authors: [], url: `https://arxiv.org/abs/2401.0000${i}` }, 1);
    await setTags(db, paper.id, tags, 1);
    ids.push(paper.id);
  }
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const tagsOf = async (i: number) => (await db.papers.get(ids[i]!))!.tags;

describe('tags', () => {
  it('renames a tag on every paper, in place, and moves its colour', async () => {
    await setTagColor(db, 'vision', 'blue');
    expect(await renameTag(db, 'vision', 'computer vision', 5)).toBe(2);
    expect(await tagsOf(1)).toEqual(['NLP-old', 'computer vision']);
    expect(await tagsOf(2)).toEqual(['computer vision', 'nlp']);
    expect((await db.papers.get(ids[2]!))!.updatedAt).toBe(5);
    expect(await tagColors(db)).toEqual({ 'computer vision': 'blue' });
    expect(await db.papers.where('tags').equals('vision').count()).toBe(0);
  });

  it('merges tags, keeping one copy on papers that had several', async () => {
    expect(await mergeTags(db, ['nlp', 'NLP-old'], 'language', 5)).toBe(3);
    expect(await tagsOf(0)).toEqual(['language', 'to-discuss']);
    expect(await tagsOf(1)).toEqual(['language', 'vision']);
    expect(await tagsOf(2)).toEqual(['vision', 'language']);
  });

  it('renaming onto an existing tag merges, and the target keeps its own colour', async () => {
    await setTagColor(db, 'nlp', 'red');
    await setTagColor(db, 'vision', 'green');
    await renameTag(db, 'vision', 'nlp', 5);
    expect(await tagsOf(2)).toEqual(['nlp']);
    expect(await tagColors(db)).toEqual({ nlp: 'red' });
  });

  it('deletes a tag everywhere, with its colour', async () => {
    await setTagColor(db, 'nlp', 'red');
    expect(await deleteTag(db, 'nlp', 5)).toBe(2);
    expect(await tagsOf(0)).toEqual(['to-discuss']);
    expect(await tagColors(db)).toEqual({});
  });

  it('refuses bad input and changes nothing', async () => {
    await expect(renameTag(db, 'nlp', '   ', 5)).rejects.toThrow(/empty/);
    await expect(renameTag(db, 'nlp', 'x'.repeat(65), 5)).rejects.toThrow(/at most/);
    await expect(setTagColor(db, 'nlp', 'octarine' as never)).rejects.toThrow(/Unknown colour/);
    await expect(mergeTags(db, [], 'x', 5)).rejects.toThrow(/Choose/);
    expect(await tagsOf(0)).toEqual(['nlp', 'to-discuss']);
  });

  it('clears a colour with null', async () => {
    await setTagColor(db, 'nlp', 'red');
    await setTagColor(db, 'nlp', null);
    expect(await tagColors(db)).toEqual({});
  });
});
