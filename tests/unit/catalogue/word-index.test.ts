import { describe, expect, it } from 'vitest';
import { titleWords } from '../../../lib/catalogue/normalize';
import { isContentWord } from '../../../lib/catalogue/titleAlign';
import { WordIndexBuilder } from '../../../lib/catalogue/wordIndex';

const words = (title: string) => titleWords(title).filter(isContentWord);

function indexOf(titles: string[]) {
  const builder = new WordIndexBuilder();
  for (const title of titles) builder.add(words(title));
  return builder.finish();
}

describe('WordIndex.candidates', () => {
  // Every query word is in two titles; only the query's own paper has its word pairs.
  const titles = [
    'Quasar Nebula Pulsar Magnetar Blazar', // 0: the query's paper
    'Quasar Nebula Spectra', // 1: two words and their pair
    'Pulsar Timing', // 2: one word each from here on
    'Magnetar Flares',
    'Blazar Jets',
    'Graph Coloring', // 5: nothing
  ];
  const index = indexOf(titles);

  it('ranks the entry sharing the most terms first', () => {
    const found = index.candidates(words('Quasar Nebula Pulsar Magnetar Blazar'), 16);
    expect(found[0]).toBe(0);
    expect(found).not.toContain(5);
  });

  // Each candidate is read from IndexedDB in a stored catalogue: entries far behind the best
  // (other papers sharing a word) are not worth a read.
  it('leaves out entries two or more terms behind the best', () => {
    expect(index.candidates(words('Quasar Nebula Pulsar Magnetar Blazar'), 16)).toEqual([0]);
  });

  it('keeps entries one term behind: with a best of two, one-term entries still fill up', () => {
    const found = index.candidates(words('Quasar Graph Spectra'), 16);
    expect(found[0]).toBe(1);
    expect([...found].sort()).toEqual([0, 1, 5]);
  });

  it('still fills up with one-term entries when nothing shares two', () => {
    expect(index.candidates(words('Timing Flares'), 16).sort()).toEqual([2, 3]);
  });
});
