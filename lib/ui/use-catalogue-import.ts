import { useCallback, useRef, useState } from 'react';
import { detectCatalogueFormat } from '../catalogue/import/detect';
import { FORMAT_LABELS } from '../catalogue/import/types';
import type { MarginaliaDB } from '../db/database';
import { fileHead } from './catalogue-file';
import { type CatalogueImportRunner, importHere, isAbort } from './catalogue-import-runner';

/** Where a catalogue import stands, for the library page. */
export interface CatalogueImportState {
  running: boolean;
  fileName?: string;
  entries: number;
  /** Share of the file read, 0..1. */
  share: number;
  error: string | null;
  /** What the last finished (or cancelled) import did, in words. */
  message: string | null;
}

const IDLE: CatalogueImportState = { running: false, entries: 0, share: 0, error: null, message: null };

/**
 * Runs one catalogue import at a time, with progress and cancel; `onChanged` tells the
 * background. `runner` says where the work happens (the library page: a worker).
 */
export function useCatalogueImport(db: MarginaliaDB, onChanged: () => void, runner?: CatalogueImportRunner) {
  const [state, setState] = useState<CatalogueImportState>(IDLE);
  const controller = useRef<AbortController | null>(null);

  const start = useCallback(async (file: File, replaces?: string) => {
    if (controller.current) return;
    const format = detectCatalogueFormat(file.name, await fileHead(file));
    if (!format) {
      setState({ ...IDLE, error: `“${file.name}” is not a catalogue file Marginalia knows (CSV with a title column, BibTeX, CSL-JSON, Hugging Face daily papers JSON, arXiv metadata JSON lines, or a Marginalia catalogue).` });
      return;
    }
    const abort = new AbortController();
    controller.current = abort;
    setState({ ...IDLE, running: true, fileName: file.name });
    try {
      const row = await (runner ?? importHere(db))(file, {
        format,
        fileName: file.name,
        ...(replaces ? { replaces } : {}),
        signal: abort.signal,
        onProgress: (entries, bytes) => setState((s) => ({ ...s, entries, share: file.size ? bytes / file.size : 1 })),
      });
      setState({ ...IDLE, message: `${replaces ? 'Updated' : 'Imported'} “${row.name}”: ${row.count.toLocaleString()} paper${row.count === 1 ? '' : 's'} (${FORMAT_LABELS[format]}).` });
      onChanged();
    } catch (error) {
      const cancelled = isAbort(error);
      setState({ ...IDLE, ...(cancelled ? { message: 'Import cancelled: nothing was kept.' } : { error: `“${file.name}” could not be imported: ${(error as Error).message} Nothing was kept.` }) });
    } finally {
      controller.current = null;
    }
  }, [db, onChanged, runner]);

  const cancel = useCallback(() => controller.current?.abort(), []);
  const dismiss = useCallback(() => setState((s) => (s.running ? s : IDLE)), []);
  return { state, start, cancel, dismiss };
}
