import { describe, expect, it } from 'vitest';
import { TextIndex } from '@/lib/anchoring/text-index';
import { addLineEnds, onPage, pageIndexOf, pageText } from '@/lib/reader/page-text';
import { textLayerOf } from './helpers';

const ITEMS = [
  { str: '1. Introduction', hasEOL: false },
  { str: '', hasEOL: true },
  { str: 'Attention lets every position look at', hasEOL: true },
  { str: 'every other one.', hasEOL: false },
  { str: ' Layers stack.', hasEOL: true },
];

describe('page text', () => {
  it('joins items, with a space per line end', () => {
    expect(pageText(ITEMS)).toBe('1. Introduction Attention lets every position look at every other one. Layers stack. ');
    // Marked-content items carry no text.
    expect(pageText([{ str: 'a', hasEOL: false }, {}, { str: 'b', hasEOL: true }])).toBe('ab ');
  });

  it('is what the text layer holds once line ends are added, so positions agree', () => {
    const layer = textLayerOf(ITEMS);
    expect(new TextIndex(layer).text).not.toBe(pageText(ITEMS));
    addLineEnds(layer);
    expect(new TextIndex(layer).text).toBe(pageText(ITEMS));
    layer.remove();
  });

  it('puts the page selector first and reads it back', () => {
    const quote = { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' } as const;
    const target = onPage(2, [quote, { type: 'PageSelector', index: 9 }]);
    expect(target).toEqual([{ type: 'PageSelector', index: 2 }, quote]);
    expect(pageIndexOf(target)).toBe(2);
    expect(pageIndexOf([quote])).toBeNull();
    expect(onPage(1, [])).toEqual([]);
  });
});
