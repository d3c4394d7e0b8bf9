/**
 * A reference read from a foreign file (BibTeX, CSL-JSON), cleaned and validated the
 * same way whatever the format: this is what the reference planner adds to the list.
 */
import { cleanAbstract, cleanAuthors, cleanText, cleanTitle, cleanUrl, yearOf } from '../detect/sanitize';
import { cleanTag, MAX_NOTE_LENGTH } from '../db/library';
import type { PaperIds } from '../paper';
import { idsFrom, isPreprintVenue, type IdSources } from './ids';

/** One validated reference. */
export interface ImportedRef {
  /** How messages name it: `Entry "vaswani2017" (line 12)`, `Item 3 ("ITEM-3")`. */
  label: string;
  ids: PaperIds;
  title: string;
  authors: string[];
  year?: number;
  venue?: string;
  abstract?: string;
  url?: string;
  tags: string[];
  note: string;
}

/** The raw fields a format reader hands over, before cleaning. */
export interface RawRef {
  label: string;
  title?: string;
  authors: string[];
  date?: string;
  venue?: string;
  abstract?: string;
  url?: string;
  tags: string[];
  note?: string;
  idSources: IdSources;
}

/** Cleans and validates one raw reference; problems are pushed to `errors`, naming the reference. */
export function finishRef(raw: RawRef, errors: string[]): ImportedRef | undefined {
  const ids = idsFrom(raw.idSources);
  const title = cleanTitle(raw.title) ?? (ids.arxiv ? `arXiv:${ids.arxiv}` : undefined);
  if (!title) {
    errors.push(`${raw.label} has no title, so it cannot be added.`);
    return undefined;
  }
  const tags: string[] = [];
  const seen = new Set<string>();
  for (const rawTag of raw.tags) {
    if (!rawTag.trim()) continue;
    try {
      const tag = cleanTag(rawTag);
      if (!seen.has(tag.toLowerCase())) tags.push(tag);
      seen.add(tag.toLowerCase());
    } catch (error) {
      errors.push(`${raw.label}: tag "${rawTag.slice(0, 80)}": ${(error as Error).message}`);
    }
  }
  const note = (raw.note ?? '').trim();
  if (note.length > MAX_NOTE_LENGTH) errors.push(`${raw.label}: the note is too long (over a million characters).`);
  const venue = cleanText(raw.venue, 500);
  const ref: ImportedRef = { label: raw.label, ids, title, authors: cleanAuthors(raw.authors), tags, note };
  const year = yearOf(raw.date);
  if (year !== undefined) ref.year = year;
  if (venue && !isPreprintVenue(venue)) ref.venue = venue;
  const abstract = cleanAbstract(raw.abstract);
  if (abstract) ref.abstract = abstract;
  const url = cleanUrl(raw.url);
  if (url) ref.url = url;
  return ref;
}
