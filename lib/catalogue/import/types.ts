/**
 * What every streaming catalogue parser shares: input is an async iterable of text chunks
 * (File.stream() through a TextDecoderStream at the edge, or strings in tests), output an
 * async iterable of catalogue entries, so that a file of millions of lines is never held
 * in memory whole.
 */
import type { CatalogueEntry } from '../../paper';

/** The catalogue file formats Marginalia imports. */
export type CatalogueFormat = 'marginalia' | 'csv' | 'bibtex' | 'csl-json' | 'hf-daily' | 'arxiv-jsonl';

/** Human names of the formats, for the library page. */
export const FORMAT_LABELS: Record<CatalogueFormat, string> = {
  marginalia: 'Marginalia catalogue',
  csv: 'CSV',
  bibtex: 'BibTeX',
  'csl-json': 'CSL-JSON',
  'hf-daily': 'Hugging Face daily papers',
  'arxiv-jsonl': 'arXiv metadata snapshot',
};

/** Text chunks of a file, in order; a chunk may end anywhere (mid-line, mid-character never: decoding happens first). */
export type TextChunks = AsyncIterable<string>;

/**
 * Malformed input: names the line (1-based) or the entry where it was found. One bad
 * entry aborts the whole import (nothing is kept): a catalogue silently missing papers
 * would answer "not in the catalogue" wrongly, which is worse than a clear refusal.
 */
export class CatalogueParseError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(line !== undefined ? `Line ${line}: ${message}` : message);
    this.name = 'CatalogueParseError';
  }
}

/** An entry stream plus the name the file gives its catalogue, once known (read from the file header, if any). */
export interface ParsedCatalogue {
  entries: AsyncIterable<CatalogueEntry>;
  /** Filled in while `entries` is read: the catalogue's own name (Marginalia format only). */
  meta: { name?: string };
}
