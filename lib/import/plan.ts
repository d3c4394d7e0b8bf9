/** What an import will do, computed before anything is written (the preview) and again when writing. */
import type { Highlight, LibraryEntry } from '../paper';

/** How many records an import adds, changes, leaves alone, and (restore only) removes. */
export interface ChangeCounts {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
}

/** The preview of an import. */
export interface ImportSummary {
  papers: ChangeCounts;
  highlights: ChangeCounts;
  /** Rows of optional tables (catalogues, settings) written, by table. */
  tables: Record<string, number>;
  /** Things the user should know that do not stop the import. */
  notes: string[];
}

/** The writes of an import. */
export interface ImportPlan {
  /** Restore: empty the library first. */
  replace: boolean;
  /** Papers to write (put): all of them for a restore, the added and updated ones otherwise. */
  papers: LibraryEntry[];
  highlights: Highlight[];
  /** Optional-table rows to write, by table. */
  tables: Record<string, Record<string, unknown>[]>;
  summary: ImportSummary;
}

/** Counts with nothing in them. */
export function noChanges(): ChangeCounts {
  return { added: 0, updated: 0, unchanged: 0, removed: 0 };
}

/** Whether two summaries promise the same changes (the preview the user confirmed, and the write). */
export function sameSummary(a: ImportSummary, b: ImportSummary): boolean {
  const counts = (c: ChangeCounts) => `${c.added}/${c.updated}/${c.unchanged}/${c.removed}`;
  return counts(a.papers) === counts(b.papers) && counts(a.highlights) === counts(b.highlights);
}
