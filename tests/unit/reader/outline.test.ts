import { describe, expect, it } from 'vitest';
import { resolveOutline, type OutlineSource, type RawOutlineNode } from '@/lib/reader/outline';

const node = (title: string, dest: RawOutlineNode['dest'], items: RawOutlineNode[] = []): RawOutlineNode => ({ title, dest, items });

describe('resolveOutline', () => {
  it('resolves named, explicit and numeric destinations, keeping broken ones without a page', async () => {
    const doc: OutlineSource = {
      getOutline: async () => [
        node('Intro', [{ num: 10, gen: 0 }, { name: 'XYZ' }, null, 700, null]),
        node('  Method\n', 'sec:method', [node('Details', [4, { name: 'Fit' }])]),
        node('Broken', 'missing'),
        node('', null),
      ],
      getDestination: async (id) => (id === 'sec:method' ? [{ num: 20, gen: 0 }, { name: 'XYZ' }, 0, 500, 0] : null),
      getPageIndex: async (ref) => ref.num / 10 - 1,
    };
    expect(await resolveOutline(doc)).toEqual([
      { title: 'Intro', page: 0, top: 700, items: [] },
      { title: 'Method', page: 1, top: 500, items: [{ title: 'Details', page: 4, top: null, items: [] }] },
      { title: 'Broken', page: null, top: null, items: [] },
      { title: 'Untitled section', page: null, top: null, items: [] },
    ]);
  });

  it('is empty for a PDF without outline, or one that fails to give it', async () => {
    const none = { getDestination: async () => null, getPageIndex: async () => 0 };
    expect(await resolveOutline({ ...none, getOutline: async () => null })).toEqual([]);
    expect(await resolveOutline({ ...none, getOutline: () => Promise.reject(new Error('x')) })).toEqual([]);
  });
});
