/** Telling a catalogue file's format from its name and first characters. */
import type { CatalogueFormat } from './types';

/** File types the catalogue import input offers. */
export const CATALOGUE_ACCEPT = '.json,.jsonl,.ndjson,.csv,.bib,.bibtex,.csljson,application/json,text/csv';

/**
 * The format of a catalogue file, or undefined when it is none of them. `head` is the
 * start of the file (a few kilobytes are enough: JSON formats are told apart by their
 * first keys).
 */
export function detectCatalogueFormat(name: string, head: string): CatalogueFormat | undefined {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  const lower = name.toLowerCase();
  if (/\.(bib|bibtex)$/.test(lower) || text.startsWith('@')) return 'bibtex';
  if (/\.csv$/.test(lower)) return 'csv';
  if (/\.(jsonl|ndjson)$/.test(lower)) return 'arxiv-jsonl';
  if (text.startsWith('{')) {
    if (/"format"\s*:\s*"marginalia-catalogue"/.test(text)) return 'marginalia';
    // One object per line with an arXiv snapshot's keys.
    const firstLine = text.split('\n', 1)[0] ?? '';
    if (/"id"\s*:/.test(firstLine) && /"title"\s*:/.test(firstLine) && /}\s*$/.test(firstLine.trimEnd())) return 'arxiv-jsonl';
    if (/"papers"\s*:/.test(text)) return 'marginalia';
    return undefined;
  }
  if (text.startsWith('[')) {
    // HF daily papers wrap each paper: [{"paper": {...}, ...}]; CSL-JSON items carry "type" and "title" at their top level.
    if (/^\[\s*\{\s*"paper"\s*:/.test(text) || /"upvotes"\s*:/.test(text) || /"publishedAt"\s*:/.test(text)) return 'hf-daily';
    return 'csl-json';
  }
  if (/^[^\n]*\btitle\b[^\n]*,|,[^\n]*\btitle\b/i.test(text)) return 'csv';
  return undefined;
}
