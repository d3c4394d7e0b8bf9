/**
 * Plans for importing references (BibTeX, CSL-JSON) into the list: each one joins the
 * paper with any of its aliases (ids, normalised title — lib/aliases.ts), so importing
 * twice, or importing a paper already saved from its arXiv page, duplicates nothing.
 */
import { aliasesOf } from '../aliases';
import { MAX_NOTE_LENGTH } from '../db/library';
import type { LibraryEntry } from '../paper';
import { idUrl } from '../export/links';
import { uniteAliases, uniteTags } from './merge-paper';
import { noChanges, type ImportPlan } from './plan';
import type { ImportedRef } from './reference';
import { WorkingSet } from './working-set';

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A new list entry for a reference, as addPaper would make it. */
export function entryOf(ref: ImportedRef, now: number, id: string): LibraryEntry {
  const url = ref.url ?? (ref.ids.arxiv ? idUrl('arxiv', ref.ids.arxiv) : ref.ids.doi ? idUrl('doi', ref.ids.doi) : undefined) ?? '';
  return {
    id,
    aliases: aliasesOf({ ids: ref.ids, title: ref.title }),
    title: ref.title,
    authors: ref.authors,
    ...(ref.year !== undefined ? { year: ref.year } : {}),
    ...(ref.venue ? { venue: ref.venue } : {}),
    ...(ref.abstract ? { abstract: ref.abstract } : {}),
    ids: ref.ids,
    url,
    status: 'to-read',
    statusDates: { 'to-read': now },
    tags: ref.tags,
    note: ref.note,
    addedAt: now,
    updatedAt: now,
  };
}

/**
 * A list entry completed by a reference: what the entry lacks is filled in, tags are
 * united, and a note not already in the entry's note is appended. Nothing the user wrote
 * or chose is overwritten.
 */
export function completeEntry(entry: LibraryEntry, ref: ImportedRef, now: number, taken: (alias: string) => boolean = () => false): LibraryEntry {
  const next: LibraryEntry = {
    ...entry,
    aliases: uniteAliases(entry.aliases, aliasesOf({ ids: ref.ids, title: ref.title }), taken),
    ids: { ...ref.ids, ...entry.ids },
    tags: uniteTags(entry.tags, ref.tags),
  };
  if (!entry.authors.length && ref.authors.length) next.authors = ref.authors;
  if (entry.year === undefined && ref.year !== undefined) next.year = ref.year;
  if (!entry.venue && ref.venue) next.venue = ref.venue;
  if (!entry.abstract && ref.abstract) next.abstract = ref.abstract;
  if (!entry.url && ref.url) next.url = ref.url;
  // BibTeX collapses white space, so a note that came back from our own export differs only there.
  if (ref.note && !flat(entry.note).includes(flat(ref.note))) {
    const note = entry.note ? `${entry.note.trimEnd()}\n\n${ref.note}` : ref.note;
    if (note.length <= MAX_NOTE_LENGTH) next.note = note;
  }
  const changed =
    next.aliases.length !== entry.aliases.length || next.tags.length !== entry.tags.length || next.note !== entry.note ||
    Object.keys(next.ids).length !== Object.keys(entry.ids).length ||
    (['authors', 'year', 'venue', 'abstract', 'url'] as const).some((k) => next[k] !== entry[k]);
  return changed ? { ...next, updatedAt: Math.max(now, entry.updatedAt) } : entry;
}

/** The plan for adding references to the library. */
export function planReferences(current: readonly LibraryEntry[], refs: readonly ImportedRef[], now: number, makeId: () => string): ImportPlan {
  const set = new WorkingSet(current);
  for (const ref of refs) {
    const target = set.find(undefined, aliasesOf({ ids: ref.ids, title: ref.title }));
    if (target) set.replace(completeEntry(target, ref, now, (alias) => set.takenByOther(alias, target.id)));
    else set.add(entryOf(ref, now, makeId()));
  }
  const result = set.result();
  const papers = { ...noChanges(), added: result.added, updated: result.updated, unchanged: result.unchanged };
  return { replace: false, papers: result.papers, highlights: [], tables: {}, summary: { papers, highlights: noChanges(), tables: {}, notes: [] } };
}
