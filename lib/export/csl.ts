/**
 * CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html), the format
 * Zotero, pandoc and citation processors read. Preprints are CSL `article` items with
 * `number: arXiv:<id>`, which Zotero imports as Preprint items.
 */
import type { LibraryEntry } from '../paper';
import { citationKeys, surnameOf } from './citation-keys';
import { canonicalUrl } from './links';
import { publicationKind } from './venue-kind';

/** A CSL name: family and given parts, or a literal for names that cannot be split. */
export type CslName = { family: string; given?: string } | { literal: string };

/** The CSL-JSON item fields Marginalia writes (and reads back). */
export interface CslItem {
  id: string;
  type: 'article-journal' | 'paper-conference' | 'article';
  title: string;
  author?: CslName[];
  issued?: { 'date-parts': [[number]] };
  'container-title'?: string;
  DOI?: string;
  URL?: string;
  abstract?: string;
  keyword?: string;
  note?: string;
  number?: string;
  publisher?: string;
  archive?: string;
}

/** A stored name (`First Last`) as a CSL name, splitting off the surname with its particles. */
export function cslName(name: string): CslName {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (clean.includes(',')) {
    const [family = '', given = ''] = clean.split(',').map((p) => p.trim());
    return family && given ? { family, given } : { literal: clean };
  }
  const surname = surnameOf(clean);
  const at = clean.lastIndexOf(surname);
  if (!surname || at <= 0) return { literal: clean };
  // Particles (`van der`) stay with the family name, as Zotero shows them.
  const words = clean.slice(0, at).trim().split(' ');
  let start = words.length;
  while (start > 1 && /^\p{Ll}/u.test(words[start - 1]!)) start--;
  const family = [...words.slice(start), clean.slice(at)].join(' ');
  const given = words.slice(0, start).join(' ');
  return given ? { family, given } : { literal: clean };
}

/** One paper as a CSL-JSON item with the given citation key as its id. */
export function cslItem(entry: LibraryEntry, key: string): CslItem {
  const kind = publicationKind(entry);
  const item: CslItem = {
    id: key,
    type: kind === 'journal' ? 'article-journal' : kind === 'conference' ? 'paper-conference' : 'article',
    title: entry.title,
  };
  if (entry.authors.length) item.author = entry.authors.map(cslName);
  if (entry.year !== undefined) item.issued = { 'date-parts': [[entry.year]] };
  if (kind !== 'preprint' && entry.venue) item['container-title'] = entry.venue;
  if (entry.ids.doi) item.DOI = entry.ids.doi;
  const url = entry.url || canonicalUrl(entry);
  if (url) item.URL = url;
  if (entry.abstract) item.abstract = entry.abstract;
  if (entry.tags.length) item.keyword = entry.tags.join(', ');
  if (entry.note) item.note = entry.note;
  if (entry.ids.arxiv) {
    item.number = `arXiv:${entry.ids.arxiv}`;
    item.archive = 'arXiv';
    if (kind === 'preprint') item.publisher = 'arXiv';
  }
  return item;
}

/** A CSL-JSON array for the given papers, with the same citation keys as the BibTeX export. */
export function toCslItems(papers: readonly LibraryEntry[]): CslItem[] {
  const keys = citationKeys(papers);
  return papers.map((p) => cslItem(p, keys.get(p.id)!));
}

/** The CSL-JSON file text (pretty-printed: people open these files). */
export function toCslJson(papers: readonly LibraryEntry[]): string {
  return `${JSON.stringify(toCslItems(papers), null, 2)}\n`;
}
