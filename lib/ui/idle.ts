/** Runs `work` once the page is idle (after `timeout` ms at the latest); returns a cancel function. */
export function whenIdle(work: () => void, timeout = 2_000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout });
    return () => cancelIdleCallback(handle);
  }
  // No idle callbacks (Safari, some test environments): soon, but after the current work.
  const handle = setTimeout(work, 100);
  return () => clearTimeout(handle);
}

/** whenIdle, started once `after` has resolved (the page's first screen); returns a cancel function. */
export function idleAfter(after: Promise<unknown>, work: () => void, timeout?: number): () => void {
  let cancel: (() => void) | null = null;
  let live = true;
  void after.then(() => {
    if (live) cancel = whenIdle(work, timeout);
  });
  return () => {
    live = false;
    cancel?.();
  };
}

/** Resolves once `promise` has settled or `ms` have passed, whichever comes first (never rejects). */
export function settledOrAfter(promise: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    promise.then(done, done);
  });
}
