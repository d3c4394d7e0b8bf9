import { describe, expect, it } from 'vitest';
import { firstPageTitle } from '@/lib/reader/first-page-title';

const item = (str: string, size: number, x: number, y: number, rotated = false) => ({
  str,
  transform: rotated ? [0, size, -size, 0, x, y] : [size, 0, 0, size, x, y],
});

describe('firstPageTitle', () => {
  it('takes the largest text near the top, lines in reading order', () => {
    const items = [
      item('Published as a conference paper at ICLR 2024', 9, 72, 760),
      item('Sparse Marginal Routing for', 17.2, 72, 720),
      item('Efficient Readers', 17.2, 72, 700),
      item('Ada Example, Brook Sample', 11, 72, 680),
      item('arXiv:2401.00001v1 [cs.LG] 1 Jan 2024', 20, 20, 300, true),
      item('Abstract', 12, 72, 640),
      item('Big figure label far below', 30, 72, 200),
    ];
    expect(firstPageTitle(items, 792)).toBe('Sparse Marginal Routing for Efficient Readers');
  });

  it('ignores drop caps and says nothing when there is no text', () => {
    expect(firstPageTitle([item('A', 40, 72, 700), item('Deep Title Here', 16, 90, 700)], 792)).toBe('Deep Title Here');
    expect(firstPageTitle([], 792)).toBeUndefined();
    expect(firstPageTitle([item('   ', 20, 72, 700)], 792)).toBeUndefined();
  });
});
