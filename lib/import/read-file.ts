/** One entry point for the import input: detect the format of a file's text and parse it. */
import type { Backup } from '../export/backup-format';
import { isAbort, type LongTaskOptions } from '../long-task';
import { parseBackup, parseBackupAsync } from './backup';
import { parseBibtex, parseBibtexAsync } from './bibtex';
import { parseCslJson } from './csl';
import { detectFormat, type ImportFormat } from './detect-format';
import type { ImportedRef } from './reference';
import type { Parsed } from './result';

/** A parsed import file: a backup, or references for the list. */
export type ParsedFile = { format: 'backup'; backup: Backup } | { format: Exclude<ImportFormat, 'backup'>; refs: ImportedRef[] };

/** Largest file the import reads (characters): far beyond a real library, small enough to stay in memory. */
export const MAX_IMPORT_CHARS = 300_000_000;

/** Parses an import file of any accepted format; never throws. */
export function parseImportFile(name: string, text: string): Parsed<ParsedFile> {
  try {
    if (text.length > MAX_IMPORT_CHARS) return { ok: false, errors: ['This file is too large to import (over 300 MB).'] };
    const format = detectFormat(name, text);
    if (!format) return { ok: false, errors: ['This file is not a Marginalia backup, a BibTeX file or CSL-JSON.'] };
    if (format === 'backup') {
      const backup = parseBackup(text);
      return backup.ok ? { ok: true, value: { format, backup: backup.value } } : backup;
    }
    const refs = format === 'bibtex' ? parseBibtex(text) : parseCslJson(text);
    return refs.ok ? { ok: true, value: { format, refs: refs.value } } : refs;
  } catch (error) {
    // A parser bug must not lose the user's work in the UI: it becomes a message like any other.
    return { ok: false, errors: [`This file could not be read: ${error instanceof Error ? error.message : String(error)}`] };
  }
}

/** parseImportFile for large files: keeps the page responsive, reports progress, can be cancelled (rejects with CancelledError). */
export async function parseImportFileAsync(name: string, text: string, options: LongTaskOptions = {}): Promise<Parsed<ParsedFile>> {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, errors: ['This file is too large to import (over 300 MB).'] };
  const format = detectFormat(name, text);
  if (format === 'backup') {
    const backup = await guard(parseBackupAsync(text, options));
    return backup.ok ? { ok: true, value: { format, backup: backup.value } } : backup;
  }
  if (format === 'bibtex') {
    const refs = await guard(parseBibtexAsync(text, options));
    return refs.ok ? { ok: true, value: { format, refs: refs.value } } : refs;
  }
  return parseImportFile(name, text);
}

/** A parser's unexpected exception as an error value; a cancellation still rejects. */
async function guard<T>(work: Promise<Parsed<T>>): Promise<Parsed<T>> {
  try {
    return await work;
  } catch (error) {
    if (isAbort(error)) throw error;
    return { ok: false, errors: [`This file could not be read: ${error instanceof Error ? error.message : String(error)}`] };
  }
}
