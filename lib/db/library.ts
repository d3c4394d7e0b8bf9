import { aliasesOf } from '../aliases';
import { READING_STATUSES, type Highlight, type LibraryEntry, type PaperRef, type ReadingStatus } from '../paper';
import type { MarginaliaDB } from './database';

/** Longest note kept (characters): far beyond any real note, small enough to stay fast. */
export const MAX_NOTE_LENGTH = 1_000_000;
/** Longest tag kept (characters). */
export const MAX_TAG_LENGTH = 64;
/** Most tags on one paper. */
export const MAX_TAGS = 100;

/** What is needed to put a paper in the list: a detected page, maybe completed by the arXiv API. */
export type NewPaper = Pick<PaperRef, 'ids' | 'title' | 'authors' | 'year' | 'venue' | 'abstract' | 'url' | 'pdfUrl'>;

/** Finds the library entry for any of the given aliases. */
export async function findPaper(db: MarginaliaDB, aliases: string[]): Promise<LibraryEntry | undefined> {
  if (aliases.length === 0) return undefined;
  return db.papers.where('aliases').anyOf(aliases).first();
}

/** Finds the library entry of a detected paper, by its ids and title. */
export function findPaperFor(db: MarginaliaDB, ref: Pick<PaperRef, 'ids' | 'title'>): Promise<LibraryEntry | undefined> {
  return findPaper(db, aliasesOf(ref));
}

/**
 * Adds a paper to the list with status "to read", or returns the entry that already has
 * one of its aliases (adding the new aliases to it), in one transaction.
 */
export async function addPaper(db: MarginaliaDB, paper: NewPaper, now: number, makeId = () => crypto.randomUUID()): Promise<LibraryEntry> {
  const title = paper.title?.trim() || (paper.ids.arxiv ? `arXiv:${paper.ids.arxiv}` : '');
  if (!title) throw new Error('This paper has no title or id, so it cannot be added.');
  const aliases = aliasesOf({ ids: paper.ids, title: paper.title });
  return db.transaction('rw', db.papers, async () => {
    const existing = await findPaper(db, aliases);
    if (existing) {
      const merged = [...new Set([...existing.aliases, ...aliases])];
      if (merged.length !== existing.aliases.length) {
        await db.papers.update(existing.id, { aliases: merged, ids: { ...paper.ids, ...existing.ids }, updatedAt: now });
      }
      return (await db.papers.get(existing.id))!;
    }
    const entry: LibraryEntry = {
      id: makeId(),
      aliases,
      title,
      authors: paper.authors,
      ...(paper.year !== undefined ? { year: paper.year } : {}),
      ...(paper.venue ? { venue: paper.venue } : {}),
      ...(paper.abstract ? { abstract: paper.abstract } : {}),
      ids: paper.ids,
      url: paper.url,
      ...(paper.pdfUrl ? { pdfUrl: paper.pdfUrl } : {}),
      status: 'to-read',
      statusDates: { 'to-read': now },
      tags: [],
      note: '',
      addedAt: now,
      updatedAt: now,
    };
    await db.papers.add(entry);
    return entry;
  });
}

/** A removed paper with everything that went with it, kept by the UI for undo. */
export interface RemovedPaper {
  entry: LibraryEntry;
  highlights: Highlight[];
}

/** Removes a paper and its highlights, returning them whole so that the caller can offer undo. */
export async function removePaper(db: MarginaliaDB, id: string): Promise<RemovedPaper | undefined> {
  return db.transaction('rw', db.papers, db.highlights, async () => {
    const entry = await db.papers.get(id);
    if (!entry) return undefined;
    const highlights = await db.highlights.where('paperId').equals(id).toArray();
    await db.highlights.bulkDelete(highlights.map((h) => h.id));
    await db.papers.delete(id);
    return { entry, highlights };
  });
}

/** Puts a removed paper back exactly as it was, highlights included (undo); refuses if its place was taken meanwhile. */
export async function restorePaper(db: MarginaliaDB, removed: RemovedPaper): Promise<void> {
  await db.transaction('rw', db.papers, db.highlights, async () => {
    const clash = await findPaper(db, removed.entry.aliases);
    if (clash && clash.id !== removed.entry.id) throw new Error('This paper was added again meanwhile; nothing was restored.');
    await db.papers.put(removed.entry);
    await db.highlights.bulkPut(removed.highlights);
  });
}

async function update(db: MarginaliaDB, id: string, change: (entry: LibraryEntry) => Partial<LibraryEntry>): Promise<LibraryEntry> {
  return db.transaction('rw', db.papers, async () => {
    const entry = await db.papers.get(id);
    if (!entry) throw new Error('This paper is no longer in your list.');
    const next = { ...entry, ...change(entry) };
    await db.papers.put(next);
    return next;
  });
}

/** Sets the reading status, remembering when each status was entered. */
export function setStatus(db: MarginaliaDB, id: string, status: ReadingStatus, now: number): Promise<LibraryEntry> {
  if (!READING_STATUSES.includes(status)) return Promise.reject(new Error(`Unknown status "${String(status)}".`));
  return update(db, id, (entry) =>
    entry.status === status ? {} : { status, statusDates: { ...entry.statusDates, [status]: now }, updatedAt: now },
  );
}

/** Cleans a tag as typed: trimmed, inner white space collapsed; empty or too long is an error. */
export function cleanTag(raw: string): string {
  const tag = raw.replace(/\s+/g, ' ').trim();
  if (!tag) throw new Error('A tag cannot be empty.');
  if (tag.length > MAX_TAG_LENGTH) throw new Error(`A tag can have at most ${MAX_TAG_LENGTH} characters.`);
  return tag;
}

/** Replaces a paper's tags; duplicates that differ only in case are kept once. */
export function setTags(db: MarginaliaDB, id: string, tags: string[], now: number): Promise<LibraryEntry> {
  let clean: string[];
  try {
    const seen = new Set<string>();
    clean = tags.map(cleanTag).filter((t) => !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase()));
  } catch (error) {
    return Promise.reject(error);
  }
  if (clean.length > MAX_TAGS) return Promise.reject(new Error(`A paper can have at most ${MAX_TAGS} tags.`));
  return update(db, id, () => ({ tags: clean, updatedAt: now }));
}

/** Saves a paper's Markdown note. */
export function setNote(db: MarginaliaDB, id: string, note: string, now: number): Promise<LibraryEntry> {
  if (note.length > MAX_NOTE_LENGTH) return Promise.reject(new Error('This note is too long to save (over a million characters).'));
  return update(db, id, (entry) => (entry.note === note ? {} : { note, updatedAt: now }));
}

/** Every tag in the library, most used first: the popup's autocomplete list. */
export async function allTags(db: MarginaliaDB): Promise<string[]> {
  // Keys of the multi-entry index, one per (paper, tag): no paper is read whole.
  const keys = (await db.papers.orderBy('tags').keys()) as string[];
  const counts = new Map<string, number>();
  for (const tag of keys) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
}

/** Most aliases one paper keeps: a few per site it was seen on, bounded so that pages cannot grow it without end. */
export const MAX_ALIASES = 64;

/**
 * Adds what a page of an already saved paper newly tells about it — its aliases, and ids
 * of kinds the entry lacks — in one transaction. Only adds: status, tags, note, title,
 * existing ids and `updatedAt` stay as they are, and an alias another entry owns is left
 * to it. Returns the entry as it now is, or undefined when the paper is not in the list.
 */
export async function mergeAliases(db: MarginaliaDB, ref: Pick<PaperRef, 'ids' | 'title'>): Promise<LibraryEntry | undefined> {
  const aliases = aliasesOf(ref);
  if (aliases.length === 0) return undefined;
  return db.transaction('rw', db.papers, async () => {
    const owners = await db.papers.where('aliases').anyOf(aliases).toArray();
    const entry = owners.find((e) => e.aliases.some((a) => aliases.includes(a)));
    if (!entry) return undefined;
    // Two arXiv ids are two papers, whatever their titles say (as the catalogue matcher holds).
    if (entry.ids.arxiv && ref.ids.arxiv && entry.ids.arxiv !== ref.ids.arxiv) return entry;
    const taken = new Set(owners.filter((e) => e.id !== entry.id).flatMap((e) => e.aliases));
    const fresh = aliases.filter((a) => !entry.aliases.includes(a) && !taken.has(a));
    const added = fresh.slice(0, Math.max(0, MAX_ALIASES - entry.aliases.length));
    const ids = { ...ref.ids, ...entry.ids };
    const newIds = Object.keys(ids).length !== Object.keys(entry.ids).length;
    if (added.length === 0 && !newIds) return entry;
    const next = { ...entry, aliases: [...entry.aliases, ...added], ids };
    await db.papers.put(next);
    return next;
  });
}
