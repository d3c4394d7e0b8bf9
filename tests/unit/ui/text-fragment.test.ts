import { describe, expect, it } from 'vitest';
import type { Highlight, Selector } from '@/lib/paper';
import { passageUrl } from '@/lib/ui/text-fragment';

const highlight = (source: string, selector: Selector[]): Highlight => ({
  id: 'h', paperId: 'p', target: { source, selector }, color: 'yellow', comment: '', createdAt: 0, updatedAt: 0,
});
const quote = (exact: string, prefix = '', suffix = ''): Selector => ({ type: 'TextQuoteSelector', exact, prefix, suffix });

describe('passageUrl', () => {
  it('links a short quote with its context, escaping the syntax characters', () => {
    expect(passageUrl(highlight('https://arxiv.org/abs/1', [quote('self-attention, only', 'we use  ', ' here and')])))
      .toBe('https://arxiv.org/abs/1#:~:text=we%20use-,self%2Dattention%2C%20only,-here%20and');
  });

  it('links a long quote by its first and last words, keeping an existing fragment', () => {
    const exact = 'one two three four five six seven eight nine ten eleven twelve';
    expect(passageUrl(highlight('https://x.org/p#sec2', [quote(exact)]))).toBe('https://x.org/p#sec2:~:text=one%20two%20three%20four,nine%20ten%20eleven%20twelve');
  });

  it('links a PDF passage by its page, and falls back to the page itself', () => {
    expect(passageUrl(highlight('https://arxiv.org/pdf/1', [quote('x'), { type: 'PageSelector', index: 2 }]))).toBe('https://arxiv.org/pdf/1#page=3');
    expect(passageUrl(highlight('https://x.org/p', [{ type: 'TextPositionSelector', start: 1, end: 2 }]))).toBe('https://x.org/p');
  });
});
