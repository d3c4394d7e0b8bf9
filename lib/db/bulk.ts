/**
 * Actions on a selection of papers, each one transaction: all papers change or none. Each
 * returns what it replaced, so the library page can undo it.
 */
import { READING_STATUSES, type LibraryEntry, type ReadingStatus } from '../paper';
import type { MarginaliaDB } from './database';
import { cleanTag, MAX_TAGS, type RemovedPaper } from './library';

/** The fields a bulk status or tag change replaces, as they were before it (for undo). */
export type PaperState = Pick<LibraryEntry, 'id' | 'status' | 'statusDates' | 'tags' | 'updatedAt'>;

const stateOf = ({ id, status, statusDates, tags, updatedAt }: LibraryEntry): PaperState => ({ id, status, statusDates, tags, updatedAt });

async function changeEach(
  db: MarginaliaDB,
  ids: readonly string[],
  change: (paper: LibraryEntry) => Partial<LibraryEntry> | null,
): Promise<PaperState[]> {
  return db.transaction('rw', db.papers, async () => {
    const papers = (await db.papers.bulkGet([...new Set(ids)])).filter((p): p is LibraryEntry => p !== undefined);
    const before: PaperState[] = [];
    const after: LibraryEntry[] = [];
    for (const paper of papers) {
      const patch = change(paper);
      if (!patch) continue;
      before.push(stateOf(paper));
      after.push({ ...paper, ...patch });
    }
    await db.papers.bulkPut(after);
    return before;
  });
}

/** Sets the status of every given paper (those already in it are left alone). */
export function bulkSetStatus(db: MarginaliaDB, ids: readonly string[], status: ReadingStatus, now: number): Promise<PaperState[]> {
  if (!READING_STATUSES.includes(status)) return Promise.reject(new Error(`Unknown status "${String(status)}".`));
  return changeEach(db, ids, (p) => (p.status === status ? null : { status, statusDates: { ...p.statusDates, [status]: now }, updatedAt: now }));
}

/** Adds a tag to every given paper; refuses all if one would pass the tag limit. */
export function bulkAddTag(db: MarginaliaDB, ids: readonly string[], raw: string, now: number): Promise<PaperState[]> {
  let tag: string;
  try {
    tag = cleanTag(raw);
  } catch (error) {
    return Promise.reject(error);
  }
  return changeEach(db, ids, (p) => {
    if (p.tags.some((t) => t.toLowerCase() === tag.toLowerCase())) return null;
    if (p.tags.length >= MAX_TAGS) throw new Error(`"${p.title}" already has ${MAX_TAGS} tags; no paper was tagged.`);
    return { tags: [...p.tags, tag], updatedAt: now };
  });
}

/** Removes a tag from every given paper. */
export function bulkRemoveTag(db: MarginaliaDB, ids: readonly string[], tag: string, now: number): Promise<PaperState[]> {
  return changeEach(db, ids, (p) => (p.tags.includes(tag) ? { tags: p.tags.filter((t) => t !== tag), updatedAt: now } : null));
}

/** Undoes a bulk status or tag change: puts those fields back on the papers still in the list. */
export function restoreStates(db: MarginaliaDB, states: readonly PaperState[]): Promise<void> {
  const byId = new Map(states.map((s) => [s.id, s]));
  return changeEach(db, [...byId.keys()], (p) => byId.get(p.id) ?? null).then(() => undefined);
}

/** Removes the given papers with their highlights, returning them whole for undo. */
export async function bulkRemovePapers(db: MarginaliaDB, ids: readonly string[]): Promise<RemovedPaper[]> {
  return db.transaction('rw', db.papers, db.highlights, async () => {
    const unique = [...new Set(ids)];
    const entries = (await db.papers.bulkGet(unique)).filter((p): p is LibraryEntry => p !== undefined);
    const highlights = await db.highlights.where('paperId').anyOf(entries.map((e) => e.id)).toArray();
    await db.highlights.bulkDelete(highlights.map((h) => h.id));
    await db.papers.bulkDelete(entries.map((e) => e.id));
    const byPaper = new Map<string, typeof highlights>();
    for (const h of highlights) {
      const group = byPaper.get(h.paperId);
      if (group) group.push(h);
      else byPaper.set(h.paperId, [h]);
    }
    return entries.map((entry) => ({ entry, highlights: byPaper.get(entry.id) ?? [] }));
  });
}

/** Puts removed papers back exactly as they were (undo); refuses all if one was added again meanwhile. */
export async function bulkRestorePapers(db: MarginaliaDB, removed: readonly RemovedPaper[]): Promise<void> {
  await db.transaction('rw', db.papers, db.highlights, async () => {
    const aliases = removed.flatMap((r) => r.entry.aliases);
    const ids = new Set(removed.map((r) => r.entry.id));
    const clash = aliases.length ? await db.papers.where('aliases').anyOf(aliases).first() : undefined;
    if (clash && !ids.has(clash.id)) throw new Error(`"${clash.title}" was added again meanwhile; nothing was restored.`);
    await db.papers.bulkPut(removed.map((r) => r.entry));
    await db.highlights.bulkPut(removed.flatMap((r) => r.highlights));
  });
}
