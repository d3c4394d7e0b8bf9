import { describe, expect, it } from 'vitest';
import { withUnclampedZeroTimeouts } from '@/lib/search/zero-timeout';
import { createTextIndex, loadTextIndex, saveTextIndex } from '@/lib/search/engine';

describe('unclamped zero timeouts', () => {
  it('runs zero-delay callbacks in order with their arguments, and gives the real setTimeout back', async () => {
    const real = globalThis.setTimeout;
    const seen: string[] = [];
    const result = await withUnclampedZeroTimeouts(async () => {
      expect(globalThis.setTimeout).not.toBe(real);
      for (let i = 0; i < 20; i++) await new Promise<void>((resolve) => setTimeout((tag: string) => (seen.push(tag), resolve()), 0, `t${i}`));
      // A real delay still goes to the real timer.
      await new Promise((resolve) => setTimeout(resolve, 5));
      return 'done';
    });
    expect(result).toBe('done');
    expect(seen).toEqual(Array.from({ length: 20 }, (_, i) => `t${i}`));
    expect(globalThis.setTimeout).toBe(real);
  });

  it('restores the timer when the task fails', async () => {
    const real = globalThis.setTimeout;
    await expect(withUnclampedZeroTimeouts(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(globalThis.setTimeout).toBe(real);
  });

  it('loads a saved index that answers as the original does', async () => {
    const index = createTextIndex();
    for (let i = 0; i < 1500; i++) index.add({ id: `p${i}`, title: `paper ${i} about frozen encoders`, authors: 'Ada', abstract: `word${i}`, note: '', highlights: '' });
    const saved = await saveTextIndex(index, async () => undefined);
    const loaded = await loadTextIndex(saved);
    const ids = (i: typeof index, q: string) => i.search(q).map((r) => String(r.id)).sort();
    expect(ids(loaded, 'word42')).toContain('p42');
    expect(ids(loaded, 'word42')).toEqual(ids(index, 'word42'));
    expect(ids(loaded, 'frozen encoders')).toHaveLength(1500);
    expect(loaded.documentCount).toBe(1500);
  });
});
