/**
 * Runs a task with `setTimeout(fn, 0)` answered through a MessageChannel. Browsers clamp
 * nested zero timeouts to 4 ms, and MiniSearch's async loader pauses with one every 1,000
 * postings: at 50,000 papers that was ten thousand pauses, over 40 s of waiting in the
 * search worker for a load of a few seconds' work. A message still lets queries in between.
 */
type Timeout = typeof setTimeout;

/** Calls `task` with unclamped zero-delay timeouts in this global scope, restoring the real ones after. */
export async function withUnclampedZeroTimeouts<T>(task: () => Promise<T>): Promise<T> {
  const scope = globalThis as { setTimeout: Timeout };
  const original = scope.setTimeout;
  if (typeof MessageChannel === 'undefined' || original !== globalThis.setTimeout) return task();
  const channel = new MessageChannel();
  const queue: Array<() => void> = [];
  let done = false;
  channel.port1.onmessage = () => {
    queue.shift()?.();
    if (done && queue.length === 0) channel.port1.close();
  };
  const zero = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    if (delay || typeof handler !== 'function') return original(handler, delay, ...args);
    queue.push(() => (handler as (...a: unknown[]) => void)(...args));
    channel.port2.postMessage(null);
    return 0;
  }) as Timeout;
  scope.setTimeout = zero;
  try {
    return await task();
  } finally {
    // Another task may have replaced it meanwhile; only ours is taken back.
    if (scope.setTimeout === zero) scope.setTimeout = original;
    // Callbacks other code queued meanwhile still run; the channel closes after the last.
    done = true;
    if (queue.length === 0) channel.port1.close();
  }
}
