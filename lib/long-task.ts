/** Progress and cancellation for long reads, exports and imports. */

/** Where a long task is: reading the library, converting, or writing. */
export interface Progress {
  phase: 'read' | 'convert' | 'write';
  done: number;
  total: number;
}

/** What the UI hands to a long task. */
export interface LongTaskOptions {
  signal?: AbortSignal;
  onProgress?(progress: Progress): void;
}

/** Rows handled between two progress reports and cancellation checks. */
export const CHUNK = 2_000;

/**
 * The error a cancelled task ends with; inside a transaction it rolls everything back.
 * Its own name, not `AbortError`: IndexedDB names a transaction aborted for any reason
 * (a full disk) that way, and that must not be reported as "cancelled".
 */
export class CancelledError extends Error {
  override name = 'CancelledError';
  constructor() {
    super('Cancelled.');
  }
}

/** The error a cancelled task ends with. */
export function abortError(): CancelledError {
  return new CancelledError();
}

/** Whether an error is a cancellation (which the UI reports as such, not as a failure); by name, so it holds across realms. */
export function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'CancelledError';
}

/** Throws the cancellation error if the task was cancelled. */
export function checkAbort(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}

/**
 * Lets the browser paint and handle input (the cancel button) between chunks of work.
 * Not a timer: timers in a background tab wait a second or more, which would stretch an
 * export of fifty chunks to minutes. `scheduler.yield()` where there is one, else a
 * message to ourselves (a task, so the page can render before it).
 * Never call it inside an IndexedDB transaction: waiting on a task commits the transaction.
 */
export function yieldToUi(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
