import { describe, expect, it } from 'vitest';
import type { PaperRef } from '@/lib/paper';
import { readablePdf } from '@/lib/reader/open-reader';

const ref = (over: Partial<PaperRef>): PaperRef => ({ ids: {}, authors: [], url: 'https://x.org/', site: 'generic', kind: 'abstract', ...over });

describe('readablePdf: what "Read with highlights" opens', () => {
  it('opens the paper\'s PDF, or the tab when it is a PDF, and nothing otherwise', () => {
    expect(readablePdf({ url: 'https://arxiv.org/abs/1706.03762', ref: ref({ pdfUrl: 'https://arxiv.org/pdf/1706.03762' }) })).toBe('https://arxiv.org/pdf/1706.03762');
    expect(readablePdf({ url: 'https://openreview.net/pdf?id=a', ref: ref({ kind: 'pdf' }) })).toBe('https://openreview.net/pdf?id=a');
    expect(readablePdf({ url: 'https://example.org/a.pdf', ref: ref({}) })).toBe('https://example.org/a.pdf');
    expect(readablePdf({ url: 'https://example.org/paper', ref: ref({}) })).toBeNull();
    expect(readablePdf({ url: 'https://example.org/a.pdf', ref: null })).toBeNull();
    expect(readablePdf(null)).toBeNull();
  });
});
