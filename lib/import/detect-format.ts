/** Which importer a chosen file needs, from its name and its first characters. */

/** The file kinds the import input accepts. */
export type ImportFormat = 'backup' | 'bibtex' | 'csl-json';

/** The `accept` attribute of the import file input. */
export const IMPORT_ACCEPT = '.json,.bib,.bibtex,.csljson,application/json,application/x-bibtex,text/x-bibtex';

/**
 * The format of a file: BibTeX starts with an `@entry` (after comments); JSON is a backup
 * when it says so, CSL-JSON otherwise. Undefined when it is neither.
 */
export function detectFormat(name: string, text: string): ImportFormat | undefined {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{') || start.startsWith('[')) {
    // The format marker comes first in our backups; a short look avoids parsing twice.
    return /^\{\s*"format"\s*:\s*"marginalia-backup"/.test(start) || /"format"\s*:\s*"marginalia-backup"/.test(start.slice(0, 4096))
      ? 'backup'
      : 'csl-json';
  }
  if (/\.(bib|bibtex)$/i.test(name) || /(^|\n)\s*@\s*[a-z]+\s*[{(]/i.test(start.slice(0, 100_000))) return 'bibtex';
  return undefined;
}
