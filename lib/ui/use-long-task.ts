/** UI state of one long task at a time (an export or an import): progress, cancel, error, outcome. */
import { useCallback, useRef, useState } from 'react';
import { isAbort, type Progress } from '../long-task';

/** What the panel shows about the running or last task. */
export interface TaskState {
  /** What is running (`Exporting BibTeX…`), or null when idle. */
  running: string | null;
  progress: Progress | null;
  error: string | null;
  /** The outcome of the last task, for a status line. */
  done: string | null;
}

/** The work of a task: it gets the cancel signal and the progress callback, and returns its outcome. */
export type TaskWork = (signal: AbortSignal, onProgress: (p: Progress) => void) => Promise<string | null>;

/** One long task at a time, cancellable; errors become messages and cancellation a status. */
export function useLongTask() {
  const [state, setState] = useState<TaskState>({ running: null, progress: null, error: null, done: null });
  const controller = useRef<AbortController | null>(null);

  const run = useCallback(async (label: string, work: TaskWork): Promise<boolean> => {
    if (controller.current) return false;
    const abort = new AbortController();
    controller.current = abort;
    setState({ running: label, progress: null, error: null, done: null });
    try {
      const outcome = await work(abort.signal, (progress) => setState((s) => ({ ...s, progress })));
      setState({ running: null, progress: null, error: null, done: outcome });
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setState({ running: null, progress: null, error: isAbort(error) ? null : message, done: isAbort(error) ? 'Cancelled: nothing was changed.' : null });
      return false;
    } finally {
      controller.current = null;
    }
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);
  const report = useCallback((error: string | null, done: string | null = null) => setState((s) => ({ ...s, error, done })), []);
  return { state, run, cancel, report };
}
