/**
 * Importing a catalogue file: entries stream from the parser into IndexedDB in batches
 * (one transaction each) under a hidden 'importing' row while the match index is built
 * alongside; the index is saved, then one small transaction makes the catalogue visible.
 * Cancel or any failure purges everything staged, so no half-imported catalogue remains.
 */
import { MatchIndexBuilder } from '../catalogue/indexParts';
import { parseCatalogue } from '../catalogue/import/formats';
import type { CatalogueFormat, TextChunks } from '../catalogue/import/types';
import type { CatalogueEntry } from '../paper';
import { ENTRY_BLOCK } from './catalogue-blocks';
import {
  addCatalogueEntries, beginCatalogueImport, type CatalogueRecord, finishCatalogueImport, purgeCatalogue, saveCatalogueIndex,
} from './catalogues';
import type { MarginaliaDB } from './database';

/** Entries per write transaction: large enough to amortise a transaction, small enough to cancel promptly; whole blocks. */
export const IMPORT_BATCH = 128 * ENTRY_BLOCK;

/** What an import needs besides the file's text. */
export interface CatalogueImportOptions {
  format: CatalogueFormat;
  fileName: string;
  /** The catalogue's name; defaults to the name inside the file, else the file name. */
  name?: string;
  /** Update: the id of the catalogue this file replaces once imported. */
  replaces?: string;
  signal?: AbortSignal;
  onProgress?(entries: number): void;
  now?(): number;
  makeId?(): string;
}

/** Imports one catalogue file; resolves to the new catalogue, or rejects with nothing left behind. */
export async function importCatalogue(db: MarginaliaDB, chunks: TextChunks, options: CatalogueImportOptions): Promise<CatalogueRecord> {
  const now = options.now ?? Date.now;
  const id = `imported:${options.makeId?.() ?? crypto.randomUUID()}`;
  const started = now();
  await beginCatalogueImport(db, {
    id,
    name: options.name?.trim() || options.fileName.replace(/\.[^.]+$/, ''),
    fileName: options.fileName,
    format: options.format,
    enabled: true,
    importedAt: started,
    updatedAt: started,
    ...(options.replaces ? { replaces: options.replaces } : {}),
  });
  try {
    const parsed = parseCatalogue(options.format, chunks);
    const builder = new MatchIndexBuilder(IMPORT_BATCH);
    let batch: CatalogueEntry[] = [];
    // One write in flight while the next batch is parsed: parsing and IndexedDB overlap.
    let writing: Promise<void> = Promise.resolve();
    const flush = async (): Promise<void> => {
      await writing;
      const rows = batch;
      batch = [];
      writing = addCatalogueEntries(db, id, builder.size - rows.length, rows, now());
      options.onProgress?.(builder.size);
    };
    for await (const entry of parsed.entries) {
      if (options.signal?.aborted) throw new DOMException('The import was cancelled.', 'AbortError');
      batch.push(entry);
      builder.add(entry);
      if (batch.length >= IMPORT_BATCH) await flush();
    }
    if (batch.length) await flush();
    await writing;
    if (builder.size === 0) throw new Error('The file holds no papers.');
    if (options.signal?.aborted) throw new DOMException('The import was cancelled.', 'AbortError');
    await saveCatalogueIndex(db, id, builder.finish());
    // The name inside the file (read while streaming) beats the file name, not the user's choice.
    return await finishCatalogueImport(db, id, now(), options.name?.trim() || parsed.meta.name);
  } catch (error) {
    await purgeCatalogue(db, id).catch(() => undefined);
    throw error;
  }
}
