import { describe, it, expect } from 'vitest';
import { KeyTable } from '../../../lib/catalogue/keyTable';
import { titleWords } from '../../../lib/catalogue/normalize';
import { alignWords, isTypo, titleSimilarity } from '../../../lib/catalogue/titleAlign';

describe('isTypo', () => {
  it.each([
    ['transformers', 'transfomrers', true],
    ['language', 'languge', true],
    ['optimization', 'optimisation', true],
    ['models', 'model', true],
    ['networks', 'netwroks', true],
    ['online', 'offline', false],
    ['supervised', 'unsupervised', false],
    ['gpt4', 'gpt3', false],
    ['sam', 'spam', false],
    ['same', 'same', false],
  ])('%s / %s → %s', (a, b, expected) => {
    expect(isTypo(a, b)).toBe(expected);
    expect(isTypo(b, a)).toBe(expected);
  });
});

describe('alignWords', () => {
  const align = (a: string, b: string) => alignWords(titleWords(a), titleWords(b));

  it('treats split and joined words as the same word', () => {
    expect(align('Language-Image Pre-training', 'Language Image Pretraining')).toMatchObject({ contentIndels: 0, typos: 0, stopIndels: 0 });
    expect(align('SAM 2 in Surgery', 'SAM2 in Surgery')).toMatchObject({ contentIndels: 0, typos: 0 });
  });

  it('counts typos, stopwords and content words apart', () => {
    expect(align('The Generalization Gap in Offline RL', 'Generalization Gap in Ofline RL')).toMatchObject({ contentIndels: 0, typos: 1, stopIndels: 1 });
    const vision = align('Length Generalization in Vision Transformers', 'Length Generalization in Transformers');
    expect(vision.contentIndels).toBe(1);
    expect(titleSimilarity(vision)).toBeCloseTo(1 - 1 / 7);
  });

  it('keeps the counts apart however many differences there are', () => {
    // With fixed cost units of 1,000, a thousand dropped stopwords read as one typo.
    const words = 'neural networks learn robust visual features without labels'.split(' ');
    const padded = words.flatMap((w) => [w, ...Array<string>(125).fill('a')]);
    expect(alignWords(padded, words)).toMatchObject({ contentIndels: 0, typos: 0, stopIndels: 1000 });
    const typos = Array.from({ length: 1200 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${i % 7 ? 'x' : 'y'}long`);
    const edited = typos.map((w) => `${w.slice(0, -1)}q`);
    expect(alignWords(typos, edited)).toMatchObject({ contentIndels: 0, typos: 1200, stopIndels: 0 });
  });
});

describe('KeyTable', () => {
  it('finds every entry added under a key, across growth', () => {
    const table = new KeyTable();
    for (let i = 0; i < 1000; i++) table.add(`key${i % 500}`, i);
    expect(table.lookup('key7').sort((a, b) => a - b)).toEqual(expect.arrayContaining([7, 507]));
    expect(table.lookup('absent')).toEqual([]);
  });
});
