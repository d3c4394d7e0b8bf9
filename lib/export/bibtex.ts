/**
 * BibTeX export: `@article`, `@inproceedings`, or `@misc` with `eprint` and
 * `archivePrefix = {arXiv}` for preprints; tags as `keywords`, the note as `annote` (not
 * `note`, which styles print in the reference list). Format notes in docs/export-formats.md.
 */
import type { LibraryEntry } from '../paper';
import { bibtexAuthors } from './bibtex-names';
import { citationKeys } from './citation-keys';
import { escapeLatex, escapeTitle, keywordValue, verbatimValue } from './latex';
import { publicationKind } from './venue-kind';

/** Optional facts a paper record does not hold (the arXiv category is known only from the arXiv API). */
export interface BibtexExtras {
  primaryClass?: string;
}

function field(name: string, value: string | undefined): string {
  return value ? `  ${name} = {${value}}` : '';
}

/** The BibTeX entry type of a paper. */
export function bibtexType(entry: Pick<LibraryEntry, 'venue' | 'ids'>): 'article' | 'inproceedings' | 'misc' {
  const kind = publicationKind(entry);
  return kind === 'journal' ? 'article' : kind === 'conference' ? 'inproceedings' : 'misc';
}

/** One paper as a BibTeX entry with the given citation key. */
export function bibtexEntry(entry: LibraryEntry, key: string, extras: BibtexExtras = {}): string {
  const type = bibtexType(entry);
  const venue = type === 'misc' ? undefined : escapeLatex(entry.venue ?? '');
  const arxiv = entry.ids.arxiv;
  // Cleaning can make two tags one; readers keep a keyword once.
  const tags = [...new Set(entry.tags.map(keywordValue).filter(Boolean))];
  const fields = [
    field('title', escapeTitle(entry.title)),
    field('author', entry.authors.length ? bibtexAuthors(entry.authors) : undefined),
    field(type === 'inproceedings' ? 'booktitle' : 'journal', venue),
    field('year', entry.year !== undefined ? String(entry.year) : undefined),
    field('eprint', arxiv ? verbatimValue(arxiv) : undefined),
    field('archivePrefix', arxiv ? 'arXiv' : undefined),
    field('primaryClass', arxiv && extras.primaryClass ? escapeLatex(extras.primaryClass) : undefined),
    field('doi', entry.ids.doi ? verbatimValue(entry.ids.doi) : undefined),
    field('url', entry.url ? verbatimValue(entry.url) : undefined),
    field('abstract', entry.abstract ? escapeLatex(entry.abstract) : undefined),
    field('keywords', tags.length ? tags.join(', ') : undefined),
    field('annote', entry.note ? escapeLatex(entry.note) : undefined),
  ].filter(Boolean);
  return `@${type}{${key},\n${fields.join(',\n')}\n}\n`;
}

/** A whole .bib file for the given papers, in their order, with unique citation keys. */
export function toBibtex(papers: readonly LibraryEntry[], extras: (p: LibraryEntry) => BibtexExtras = () => ({})): string {
  const keys = citationKeys(papers);
  return papers.map((p) => bibtexEntry(p, keys.get(p.id)!, extras(p))).join('\n');
}
