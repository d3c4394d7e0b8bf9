import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useMarkdown, warmUpMarkdown } from '@/lib/ui/use-markdown';

describe('warmUpMarkdown', () => {
  it('leaves the renderer ready, so that the first note opened is drawn at once', async () => {
    await warmUpMarkdown();
    const { result } = renderHook(() => useMarkdown('Some **bold** words', true));
    // No plain-text step: the very first render has the HTML.
    expect(result.current).toContain('<strong>bold</strong>');
    expect(renderHook(() => useMarkdown('Some **bold** words', false)).result.current).toBeNull();
  });
});
