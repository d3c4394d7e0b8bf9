/** Turning one record of any format into a compact catalogue entry, the same way for all. */
import { parseArxivId } from '../../detect/arxiv-id';
import { cleanAbstract, cleanAuthors, cleanTitle, cleanUrl, normalizeDoi, yearOf } from '../../detect/sanitize';
import { stableHash } from '../hf-trending';
import { linkKind } from '../links';
import { titleKey } from '../normalize';
import type { CatalogueEntry, CatalogueLink, PaperIds } from '../../paper';

/** The fields a format reader found for one paper, before cleaning. */
export interface RawEntry {
  id?: string;
  title?: unknown;
  authors?: readonly unknown[];
  year?: unknown;
  url?: unknown;
  abstract?: unknown;
  ids?: PaperIds;
}

/** A clean entry, or an error message naming what is wrong (the caller adds the line). */
export function toEntry(raw: RawEntry): CatalogueEntry | string {
  const title = cleanTitle(raw.title);
  if (!title || !titleKey(title)) return 'an entry without a title';
  const ids: PaperIds = {};
  for (const [kind, value] of Object.entries(raw.ids ?? {}) as [keyof PaperIds, string | undefined][]) {
    if (value) ids[kind] = value;
  }
  const url = raw.url !== undefined ? cleanUrl(raw.url) : undefined;
  if (!ids.arxiv && url) {
    const fromUrl = parseArxivId(url);
    if (fromUrl) ids.arxiv = fromUrl.id;
  }
  const links: CatalogueLink[] = url && !/arxiv\.org\/(abs|pdf)\//.test(url) ? [{ url, kind: linkKind(url) }] : [];
  const authors = raw.authors ? cleanAuthors(raw.authors) : [];
  const year = typeof raw.year === 'number' ? (Number.isInteger(raw.year) && raw.year >= 1000 && raw.year <= 3000 ? raw.year : undefined) : raw.year !== undefined && raw.year !== '' ? yearOf(raw.year) : undefined;
  const abstract = raw.abstract !== undefined ? cleanAbstract(raw.abstract) : undefined;
  const entry: CatalogueEntry = { id: raw.id?.trim() || stableHash(ids.arxiv ?? titleKey(title)), title, links };
  if (authors.length) entry.authors = authors;
  if (year !== undefined) entry.year = year;
  if (abstract) entry.abstract = abstract;
  if (Object.keys(ids).length) entry.ids = ids;
  return entry;
}

/** An arXiv id as the snapshot or a CSV writes it (`2401.01234`, `arXiv:2401.01234v2`, `hep-th/9901001`), canonical, or undefined. */
export function arxivIdOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? (parseArxivId(value.trim())?.id ?? undefined) : undefined;
}

/** A DOI in canonical form, or undefined. */
export function doiOf(value: unknown): string | undefined {
  return normalizeDoi(value);
}
