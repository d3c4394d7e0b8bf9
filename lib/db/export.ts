/** Exports from the database: one consistent read, then the conversion in chunks that leave the UI responsive. */
import { exportJob, USES_HIGHLIGHTS, type ExportFile, type ExportFormat, type ExportOptions } from '../export/formats';
import { readSnapshot } from './backup';
import type { MarginaliaDB } from './database';
import { checkAbort, CHUNK, yieldToUi, type LongTaskOptions } from '../long-task';
import { LATEST_VERSION } from './schema';

/** Options of exportLibrary. */
export interface ExportLibraryOptions extends LongTaskOptions, Omit<ExportOptions, 'schemaVersion'> {
  /** Only these papers (and their highlights); everything when absent. */
  ids?: readonly string[];
}

/** Reads the library (or a selection) and converts it to one export file; cancellable between chunks. */
export async function exportLibrary(db: MarginaliaDB, format: ExportFormat, options: ExportLibraryOptions): Promise<ExportFile> {
  const { signal, onProgress, ids, ...rest } = options;
  const snapshot = await readSnapshot(db, { signal, onProgress, ids, highlights: USES_HIGHLIGHTS[format] });
  const job = exportJob(format, snapshot, { ...rest, schemaVersion: LATEST_VERSION });
  for (let i = 0; i < job.total; i += CHUNK) {
    await yieldToUi();
    checkAbort(signal);
    job.run(i, Math.min(i + CHUNK, job.total));
    onProgress?.({ phase: 'convert', done: Math.min(i + CHUNK, job.total), total: job.total });
  }
  await yieldToUi();
  checkAbort(signal);
  return job.finish();
}
