import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { idleAfter, settledOrAfter } from '@/lib/ui/idle';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const flags = () => {
  const seen = { done: false };
  return { seen, mark: () => void (seen.done = true) };
};

describe('settledOrAfter', () => {
  it('resolves when the promise resolves or rejects, or when the time is up', async () => {
    for (const settle of [(r: () => void) => r(), (_: () => void, j: (e: Error) => void) => j(new Error('no'))]) {
      let resolve: () => void = () => undefined;
      let reject: (e: Error) => void = () => undefined;
      const { seen, mark } = flags();
      void settledOrAfter(new Promise<void>((r, j) => ((resolve = r), (reject = j))), 1_000).then(mark);
      await vi.advanceTimersByTimeAsync(10);
      expect(seen.done).toBe(false);
      settle(resolve, reject);
      await vi.advanceTimersByTimeAsync(0);
      expect(seen.done).toBe(true);
    }
    const { seen, mark } = flags();
    void settledOrAfter(new Promise(() => undefined), 150).then(mark);
    await vi.advanceTimersByTimeAsync(149);
    expect(seen.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(seen.done).toBe(true);
  });
});

describe('idleAfter', () => {
  it('runs the work once the promise has resolved and the page is idle, unless cancelled first', async () => {
    let go: () => void = () => undefined;
    const after = new Promise<void>((r) => (go = r));
    const work = vi.fn();
    idleAfter(after, work, 50);
    await vi.advanceTimersByTimeAsync(500);
    expect(work).not.toHaveBeenCalled();
    go();
    await vi.advanceTimersByTimeAsync(500);
    expect(work).toHaveBeenCalledTimes(1);

    const cancelled = vi.fn();
    const cancel = idleAfter(Promise.resolve(), cancelled, 50);
    cancel();
    await vi.advanceTimersByTimeAsync(500);
    expect(cancelled).not.toHaveBeenCalled();
  });
});
