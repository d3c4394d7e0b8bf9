/**
 * Every export format behind one interface. A job is split into steps (one per paper or
 * highlight) so that the caller (lib/db/export.ts) can report progress, yield to the UI
 * between chunks and stop when cancelled; `exportFile` runs a job in one go.
 */
import { zipSync, type Zippable } from 'fflate';
import { annotationCollection, webAnnotation } from './annotations';
import { makeBackup, serializeBackup } from './backup';
import { bibtexEntry } from './bibtex';
import { citationKeys } from './citation-keys';
import { cslItem, type CslItem } from './csl';
import { csvRow, toCsv } from './csv';
import { exportFileName, uniqueFileNames } from './filenames';
import { combinedHeader, paperMarkdown, paperSection } from './markdown';
import { highlightsByPaper, type LibrarySnapshot } from './snapshot';

/** The export formats, as named by the UI's `export-<format>` buttons. */
export const EXPORT_FORMATS = ['markdown', 'bibtex', 'csl-json', 'csv', 'annotations', 'backup'] as const;

/** One export format. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * Whether a format uses the highlights. Reading 100,000 highlights from IndexedDB takes
 * seconds in a browser (scripts/bench/export.ts), so formats without them skip that read.
 */
export const USES_HIGHLIGHTS: Readonly<Record<ExportFormat, boolean>> = {
  markdown: true,
  bibtex: false,
  'csl-json': false,
  csv: true, // the count per paper
  annotations: true,
  backup: true,
};

/** Choices that shape an export. */
export interface ExportOptions {
  now: number;
  /** Markdown: one file per paper in a zip (default), or one combined file. */
  markdownLayout?: 'zip' | 'combined';
  /** Recorded in the backup. */
  schemaVersion?: number;
}

/** A finished export, ready to download. */
export interface ExportFile {
  name: string;
  type: string;
  data: string | Uint8Array;
}

/** An export in steps: call `run` over [0, total) in any chunking, in order, then `finish`. */
export interface ExportJob {
  total: number;
  run(from: number, to: number): void;
  finish(): ExportFile;
}

function perItem<T, P>(items: readonly T[], render: (item: T) => P, finish: (parts: P[]) => ExportFile): ExportJob {
  const parts: P[] = [];
  return {
    total: items.length,
    run: (from, to) => {
      for (let i = from; i < to; i++) parts.push(render(items[i]!));
    },
    finish: () => finish(parts),
  };
}

const ZIP_EPOCH = Date.UTC(1980, 0, 2);
const ZIP_END = Date.UTC(2099, 11, 30);

function markdownJob(snapshot: LibrarySnapshot, options: ExportOptions): ExportJob {
  const groups = highlightsByPaper(snapshot.highlights);
  const of = (id: string) => groups.get(id) ?? [];
  if (options.markdownLayout === 'combined') {
    return perItem(snapshot.papers, (p) => paperSection(p, of(p.id)), (parts) => ({
      name: exportFileName(options.now, '.md'),
      type: 'text/markdown;charset=utf-8',
      data: [combinedHeader(parts.length, options.now), ...parts].join('\n'),
    }));
  }
  const names = uniqueFileNames(snapshot.papers.map((p) => p.title), 'md');
  const utf8 = new TextEncoder();
  let i = 0;
  return perItem(snapshot.papers, (p) => [names[i++]!, utf8.encode(paperMarkdown(p, of(p.id)))] as const, (parts) => {
    const files: Zippable = {};
    // A fixed time stamp keeps the archive the same for the same data. Stored, not
    // deflated: compressing 10,000 notes took several times the whole budget of an export
    // (scripts/bench/export.ts), and the archive is only a way to download many files at once.
    // Zip times can only say 1980–2099, and fflate throws outside that (a wrong clock, a test).
    const mtime = Math.min(Math.max(options.now, ZIP_EPOCH), ZIP_END);
    for (const [name, bytes] of parts) files[name] = [bytes, { mtime }];
    return { name: exportFileName(options.now, '-markdown.zip'), type: 'application/zip', data: zipSync(files, { level: 0 }) };
  });
}

/** The job that exports a snapshot in the given format. */
export function exportJob(format: ExportFormat, snapshot: LibrarySnapshot, options: ExportOptions): ExportJob {
  const { papers, highlights } = snapshot;
  switch (format) {
    case 'markdown':
      return markdownJob(snapshot, options);
    case 'bibtex': {
      const keys = citationKeys(papers);
      return perItem(papers, (p) => bibtexEntry(p, keys.get(p.id)!), (parts) => ({
        name: exportFileName(options.now, '.bib'), type: 'application/x-bibtex;charset=utf-8', data: parts.join('\n'),
      }));
    }
    case 'csl-json': {
      const keys = citationKeys(papers);
      return perItem(papers, (p): CslItem => cslItem(p, keys.get(p.id)!), (items) => ({
        name: exportFileName(options.now, '.csl.json'), type: 'application/vnd.citationstyles.csl+json', data: `${JSON.stringify(items, null, 2)}\n`,
      }));
    }
    case 'csv': {
      const groups = highlightsByPaper(highlights);
      return perItem(papers, (p) => csvRow(p, groups.get(p.id)?.length ?? 0), (rows) => ({
        name: exportFileName(options.now, '.csv'), type: 'text/csv;charset=utf-8', data: toCsv(rows),
      }));
    }
    case 'annotations':
      return perItem(highlights, webAnnotation, (items) => ({
        name: exportFileName(options.now, '-annotations.jsonld'), type: 'application/ld+json', data: annotationCollection(items, options.now),
      }));
    case 'backup':
      return perItem([snapshot], (s) => serializeBackup(makeBackup(s, options.now, options.schemaVersion)), ([text]) => ({
        name: exportFileName(options.now, '-backup.json'), type: 'application/json', data: text ?? '',
      }));
  }
}

/** Runs an export in one go (tests, benchmarks, small exports). */
export function exportFile(format: ExportFormat, snapshot: LibrarySnapshot, options: ExportOptions): ExportFile {
  const job = exportJob(format, snapshot, options);
  job.run(0, job.total);
  return job.finish();
}
