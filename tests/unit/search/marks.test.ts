import { describe, expect, it } from 'vitest';
import { matchRanges, splitByRanges } from '@/lib/search/marks';

describe('matchRanges', () => {
  it('marks the beginnings of words that start with a term, case- and accent-insensitively', () => {
    const text = 'Kernel methods by Schölkopf: kernels, KERNELIZED';
    expect(matchRanges(text, ['kern', 'scholkopf']).map(([a, b]) => text.slice(a, b))).toEqual(['Kern', 'Schölkopf', 'kern', 'KERN']);
  });

  it('prefers the longest term, and ignores terms that begin no word', () => {
    const text = 'state-of-the-art statistics';
    expect(matchRanges(text, ['stat', 'statis', 'art', 'tistics']).map(([a, b]) => text.slice(a, b))).toEqual(['stat', 'art', 'statis']);
  });

  it('has nothing to mark for no terms or no text', () => {
    expect(matchRanges('anything', [])).toEqual([]);
    expect(matchRanges('', ['x'])).toEqual([]);
  });
});

describe('splitByRanges', () => {
  it('cuts text into plain and marked pieces that join back to the text', () => {
    const text = '“bold” claim';
    const pieces = splitByRanges(text, matchRanges(text, ['bold']));
    expect(pieces).toEqual([{ text: '“', marked: false }, { text: 'bold', marked: true }, { text: '” claim', marked: false }]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });
});
