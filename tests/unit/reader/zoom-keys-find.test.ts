import { describe, expect, it } from 'vitest';
import { findMatches, firstMatchFrom, queryPattern } from '@/lib/reader/find';
import { keyAction } from '@/lib/reader/keys';
import { fitWidthScale, scaleOf, stepZoom, zoomLabel } from '@/lib/reader/zoom';

describe('zoom', () => {
  it('steps through fixed scales from anywhere', () => {
    expect(stepZoom(1, 1)).toBe(1.1);
    expect(stepZoom(1, -1)).toBe(0.9);
    expect(stepZoom(1.37, 1)).toBe(1.5);
    expect(stepZoom(1.37, -1)).toBe(1.25);
    expect(stepZoom(4, 1)).toBe(4);
    expect(stepZoom(0.5, -1)).toBe(0.5);
  });

  it('fits the width within bounds', () => {
    expect(fitWidthScale(612, 918)).toBe(1.5);
    expect(fitWidthScale(612, 100)).toBe(0.5);
    expect(fitWidthScale(0, 900)).toBe(1);
    expect(scaleOf({ mode: 'fit-width' }, 1.33)).toBe(1.33);
    expect(scaleOf({ mode: 'scale', scale: 9 }, 1)).toBe(4);
    expect(zoomLabel(1.25)).toBe('125%');
  });
});

describe('keys', () => {
  it('maps the reader keys', () => {
    expect(keyAction({ key: 'PageDown' })).toBe('next-page');
    expect(keyAction({ key: 'k' })).toBe('previous-page');
    expect(keyAction({ key: 'j' })).toBe('next-page');
    expect(keyAction({ key: '+' })).toBe('zoom-in');
    expect(keyAction({ key: '-' })).toBe('zoom-out');
    expect(keyAction({ key: 'f', ctrlKey: true })).toBe('find');
    expect(keyAction({ key: 'f', metaKey: true })).toBe('find');
    expect(keyAction({ key: 'g', ctrlKey: true, shiftKey: true })).toBe('find-previous');
    expect(keyAction({ key: 'F3' })).toBe('find-next');
  });

  it('leaves typing, scrolling and browser shortcuts alone', () => {
    expect(keyAction({ key: 'j', inTextField: true })).toBeNull();
    expect(keyAction({ key: 'PageDown', inTextField: true })).toBeNull();
    expect(keyAction({ key: 'f', ctrlKey: true, inTextField: true })).toBe('find');
    expect(keyAction({ key: 'ArrowDown' })).toBeNull();
    expect(keyAction({ key: 'r', ctrlKey: true })).toBeNull();
    expect(keyAction({ key: 'j', altKey: true })).toBeNull();
  });
});

describe('find', () => {
  const pages = ['Attention is all you need. All you', 'need is attention', undefined, 'ATTENTION!'];

  it('finds every match, case and line ends ignored', () => {
    expect(findMatches(pages, 'attention')).toEqual([
      { page: 0, start: 0, end: 9 },
      { page: 1, start: 8, end: 17 },
      { page: 3, start: 0, end: 9 },
    ]);
    expect(findMatches(['all you\nneed'], 'you need')).toEqual([{ page: 0, start: 4, end: 12 }]);
    expect(findMatches(pages, '  ')).toEqual([]);
    expect(findMatches(['a.b a+b'], 'a+b')).toEqual([{ page: 0, start: 4, end: 7 }]);
    expect(findMatches(['aaaa'], 'a', 2)).toHaveLength(2);
    expect(queryPattern('x')?.flags).toContain('i');
  });

  it('starts from the current page', () => {
    const matches = findMatches(pages, 'attention');
    expect(firstMatchFrom(matches, 1)).toBe(1);
    expect(firstMatchFrom(matches, 2)).toBe(2);
    expect(firstMatchFrom(matches, 9)).toBe(0);
  });
});
