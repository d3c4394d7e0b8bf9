/**
 * Where a catalogue import runs. The library page hands the file to a worker of its own
 * (entrypoints/catalogue-import-worker.ts): a million-entry import is a minute or more of
 * parsing, normalising and writing, which on the page's thread took 90-110 s (Chromium,
 * 2 cores; the thread busy all along, so the page froze between progress updates) and takes
 * 52 s in the worker, the page's thread then busy for 3 s in all. The worker is ended with the import, which frees the index it built (~150 MB at
 * a million entries) at once. Tests, and any page without workers, run it in the page.
 */
import type { CatalogueFormat } from '../catalogue/import/types';
import { importCatalogue } from '../db/catalogue-import';
import type { CatalogueRecord } from '../db/catalogues';
import type { MarginaliaDB } from '../db/database';
import { fileChunks } from './catalogue-file';

/** What an import of one file is told: its format, the catalogue it replaces, cancel, and where to report progress. */
export interface ImportRun {
  format: CatalogueFormat;
  fileName: string;
  replaces?: string;
  signal: AbortSignal;
  /** Entries imported so far, and the bytes of the file read. */
  onProgress(entries: number, bytes: number): void;
}

/** Runs one import; resolves to the new catalogue, rejects with an AbortError when cancelled. */
export type CatalogueImportRunner = (file: File, run: ImportRun) => Promise<CatalogueRecord>;

/** Runs imports on the calling thread (a worker's, or the page's where there is no worker). */
export function importHere(db: MarginaliaDB): CatalogueImportRunner {
  return (file, run) => {
    let bytes = 0;
    return importCatalogue(db, fileChunks(file, (b) => (bytes = b)), {
      format: run.format,
      fileName: run.fileName,
      ...(run.replaces ? { replaces: run.replaces } : {}),
      signal: run.signal,
      onProgress: (entries) => run.onProgress(entries, bytes),
    });
  };
}

/** Page → worker. */
export type ToImportWorker =
  | { type: 'start'; file: File; format: CatalogueFormat; fileName: string; replaces?: string }
  | { type: 'cancel' };

/** Worker → page. */
export type FromImportWorker =
  | { type: 'progress'; entries: number; bytes: number }
  | { type: 'done'; row: CatalogueRecord }
  | { type: 'failed'; message: string; cancelled: boolean };

/** The part of a worker's global scope the host uses. */
export interface ImportWorkerScope {
  postMessage(message: FromImportWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToImportWorker>) => void): void;
}

/** Whether an import failed because it was cancelled. */
export const isAbort = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';

/** Serves one import at a time in a worker, with `run` doing the work (importHere in the worker). */
export function serveCatalogueImport(scope: ImportWorkerScope, run: CatalogueImportRunner): void {
  let current: AbortController | null = null;
  scope.addEventListener('message', ({ data }) => {
    if (data?.type === 'cancel') current?.abort();
    if (data?.type !== 'start' || current) return;
    const abort = (current = new AbortController());
    const { file, format, fileName, replaces } = data;
    run(file, { format, fileName, ...(replaces ? { replaces } : {}), signal: abort.signal, onProgress: (entries, bytes) => scope.postMessage({ type: 'progress', entries, bytes }) })
      .then(
        (row) => scope.postMessage({ type: 'done', row }),
        (error: unknown) => scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error), cancelled: isAbort(error) }),
      )
      .finally(() => (current = null));
  });
}

/** Runs each import in a new worker made by `create` (one serving it with serveCatalogueImport), ended with the import. */
export function importInWorker(create: () => Worker): CatalogueImportRunner {
  return (file, run) =>
    new Promise<CatalogueRecord>((resolve, reject) => {
      const worker = create();
      const end = (settle: () => void) => {
        worker.terminate();
        run.signal.removeEventListener('abort', cancel);
        settle();
      };
      const cancel = () => worker.postMessage({ type: 'cancel' } satisfies ToImportWorker);
      worker.addEventListener('message', ({ data }: MessageEvent<FromImportWorker>) => {
        if (data.type === 'progress') run.onProgress(data.entries, data.bytes);
        else if (data.type === 'done') end(() => resolve(data.row));
        else if (data.type === 'failed') end(() => reject(data.cancelled ? new DOMException(data.message, 'AbortError') : new Error(data.message)));
      });
      // A worker that dies (out of memory, a script error) leaves the import's rows behind,
      // hidden; the service worker purges them once they are stale (purgeLeftovers).
      worker.addEventListener('error', (event) => end(() => reject(new Error(`The import stopped: ${event.message || 'worker error'}.`))));
      run.signal.addEventListener('abort', cancel);
      const start: ToImportWorker = { type: 'start', file, format: run.format, fileName: run.fileName, ...(run.replaces ? { replaces: run.replaces } : {}) };
      worker.postMessage(start);
    });
}
