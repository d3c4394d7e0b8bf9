/**
 * Abstract overlap: the second signal when a title alone is too weak to decide. Two
 * versions of one paper share most of their abstract's words; two papers on the same
 * topic do not (among the 94 bundled papers, the closest different pair — two prompt
 * learning papers — shares 38% of the smaller word set).
 */
import { normalizeTitle } from './normalize';

// Frequent English words carry no evidence of identity.
const STOPWORDS = new Set(
  ('the and for with that this from are was were our its their these those which into than then such ' +
    'both also has have had can could may might will would not only each all when how what where does ' +
    'using use used based show shows shown while however more most other new over under two one through ' +
    'between been being very well they them there here some any many much further often about across')
    .split(' '),
);
// Below this many distinct words a snippet is too short to tell papers apart by chance.
const MIN_WORDS = 15;

/** At or above this overlap the abstracts are taken to be the same paper's. */
export const ABSTRACT_CONFIRMS = 0.6;
/** Below this overlap the abstracts are taken to be different papers'. */
export const ABSTRACT_CONTRADICTS = 0.3;

/** The distinct informative words of an abstract, or undefined when it is too short to judge. */
export function abstractWords(abstract: string | undefined): Set<string> | undefined {
  if (!abstract) return undefined;
  const words = new Set<string>();
  for (const word of normalizeTitle(abstract).split(' ')) {
    if (word.length >= 3 && !STOPWORDS.has(word) && !/^\d+$/.test(word)) words.add(word);
  }
  return words.size >= MIN_WORDS ? words : undefined;
}

/**
 * Shared words over the smaller set (overlap coefficient), so a page that shows only the
 * first half of an abstract still confirms it. Undefined when either side gives no signal.
 */
export function abstractOverlap(a: Set<string> | undefined, b: Set<string> | undefined): number | undefined {
  if (!a || !b) return undefined;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const word of small) if (large.has(word)) shared++;
  return shared / small.size;
}
