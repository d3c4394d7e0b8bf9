import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Catalogue } from '@/lib/paper';
import { useCatalogues } from '@/lib/ui/use-catalogues';

describe('useCatalogues', () => {
  it('loads the catalogues once, after the page says so', async () => {
    let go: () => void = () => undefined;
    const after = new Promise<void>((resolve) => (go = resolve));
    const load = vi.fn(async (): Promise<Catalogue[]> => []);
    const { result, rerender } = renderHook(() => useCatalogues(load, after));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(load).not.toHaveBeenCalled();
    expect(result.current.loading).toBe(true);
    go();
    await waitFor(() => expect(result.current.loading).toBe(false));
    rerender();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads once without a promise to wait for, however often the page renders', async () => {
    const load = vi.fn(async (): Promise<Catalogue[]> => []);
    const { result, rerender } = renderHook(() => useCatalogues(load));
    await waitFor(() => expect(result.current.loading).toBe(false));
    rerender();
    rerender();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(load).toHaveBeenCalledTimes(1);
  });
});
