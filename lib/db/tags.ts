/**
 * Library-wide tag operations — rename, merge, delete, colour — each one transaction over
 * every paper carrying the tag and the tag colours, so every view sees the whole change.
 */
import type { LibraryEntry } from '../paper';
import type { MarginaliaDB } from './database';
import { cleanTag } from './library';

/** Colours a tag can have (CSS in components/library/library.css maps each to light and dark shades). */
export const TAG_COLORS = ['gray', 'red', 'orange', 'yellow', 'green', 'teal', 'blue', 'purple', 'pink'] as const;

/** A tag colour name. */
export type TagColor = (typeof TAG_COLORS)[number];

/** The settings key under which tag colours are kept (one small map). */
export const TAG_COLORS_KEY = 'tagColors';

/** Every tag's colour, by tag; tags without one are absent. */
export async function tagColors(db: MarginaliaDB): Promise<Record<string, TagColor>> {
  const row = await db.settings.get(TAG_COLORS_KEY);
  return (row?.value as Record<string, TagColor> | undefined) ?? {};
}

async function writeColors(db: MarginaliaDB, change: (colors: Record<string, TagColor>) => void): Promise<void> {
  const colors = { ...(await tagColors(db)) };
  change(colors);
  await db.settings.put({ key: TAG_COLORS_KEY, value: colors });
}

/** Gives a tag a colour, or takes it away with `null`. */
export async function setTagColor(db: MarginaliaDB, tag: string, color: TagColor | null): Promise<void> {
  if (color !== null && !TAG_COLORS.includes(color)) throw new Error(`Unknown colour "${String(color)}".`);
  if (!tag) throw new Error('A tag cannot be empty.');
  await db.transaction('rw', db.settings, () =>
    writeColors(db, (colors) => {
      if (color) colors[tag] = color;
      else delete colors[tag];
    }),
  );
}

/**
 * Replaces the tags `sources` by `target` on every paper, in one transaction; a paper that
 * already has the target keeps it once. The target keeps its colour, else takes the first
 * source's. Returns how many papers changed.
 */
export async function mergeTags(db: MarginaliaDB, sources: readonly string[], rawTarget: string, now: number): Promise<number> {
  const target = cleanTag(rawTarget);
  const from = [...new Set(sources)].filter((s) => s && s !== target);
  if (sources.length === 0) throw new Error('Choose the tags to merge.');
  return db.transaction('rw', db.papers, db.settings, async () => {
    const papers = from.length ? await db.papers.where('tags').anyOf(from).distinct().toArray() : [];
    const changed: LibraryEntry[] = papers.map((paper) => {
      const kept = paper.tags.filter((t) => !from.includes(t));
      const has = kept.some((t) => t.toLowerCase() === target.toLowerCase());
      const at = paper.tags.findIndex((t) => from.includes(t));
      const tags = has ? kept : [...kept.slice(0, at), target, ...kept.slice(at)];
      return { ...paper, tags, updatedAt: now };
    });
    await db.papers.bulkPut(changed);
    await writeColors(db, (colors) => {
      const inherited = from.map((s) => colors[s]).find(Boolean);
      if (!colors[target] && inherited) colors[target] = inherited;
      for (const s of from) delete colors[s];
    });
    return changed.length;
  });
}

/** Renames a tag on every paper; renaming onto an existing tag merges the two. Returns papers changed. */
export function renameTag(db: MarginaliaDB, from: string, to: string, now: number): Promise<number> {
  return mergeTags(db, [from], to, now);
}

/** Removes a tag from every paper, with its colour. Returns how many papers changed. */
export async function deleteTag(db: MarginaliaDB, tag: string, now: number): Promise<number> {
  return db.transaction('rw', db.papers, db.settings, async () => {
    const papers = await db.papers.where('tags').equals(tag).toArray();
    await db.papers.bulkPut(papers.map((p) => ({ ...p, tags: p.tags.filter((t) => t !== tag), updatedAt: now })));
    await writeColors(db, (colors) => {
      delete colors[tag];
    });
    return papers.length;
  });
}
