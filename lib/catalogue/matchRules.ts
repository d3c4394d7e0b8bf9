/**
 * When a fuzzy candidate counts as the same paper, and how sure we are. A wrong match
 * is worse than none, so every rule that rests on the title alone demands a long title
 * with at most a typo or two; anything weaker needs the abstracts to agree.
 */
import { ABSTRACT_CONFIRMS, ABSTRACT_CONTRADICTS } from './abstractSimilarity';
import { type Alignment, titleSimilarity } from './titleAlign';

/** Fewer content words than this and a title (or main title) is too generic to stand alone. */
export const MIN_DISTINCTIVE_WORDS = 4;
/** Below this title similarity even agreeing abstracts are not enough (a follow-up paper). */
export const MIN_TITLE_SIMILARITY = 0.6;
/** Content words from which a title may carry two typos instead of one. */
const LONG_TITLE_WORDS = 8;
/** Most stopwords one title may have that the other lacks, for a title to match on its own. */
export const MAX_STOP_INDELS = 1;

/**
 * Most one-letter typos two titles may differ by and still match on their own, given the
 * fewer content words of the two: long titles can absorb two typos; in a short one the
 * second "typo" may be a new word. Never falls as the count grows.
 */
export function typoAllowance(contentWords: number): number {
  return contentWords >= LONG_TITLE_WORDS ? 2 : 1;
}
/** Two different titles scoring within this of each other make the answer a guess. */
export const AMBIGUITY_MARGIN = 0.02;

// A typo or a dropped article costs a little confidence each; exact titles are 1.
const SAME_TITLE = 0.97;
const PER_TYPO = 0.04;
const PER_STOPWORD = 0.03;

/**
 * Confidence that a whole-title candidate is the query's paper, or null. `abstract` is
 * the overlap of the two abstracts, undefined when either side has none.
 */
export function judgeFullTitle(al: Alignment, abstract: number | undefined): number | null {
  if (abstract !== undefined && abstract < ABSTRACT_CONTRADICTS) return null;
  const confirmed = abstract !== undefined && abstract >= ABSTRACT_CONFIRMS;
  if (al.contentIndels === 0) {
    const words = Math.min(al.contentA, al.contentB);
    const fewEdits = al.typos <= typoAllowance(words) && al.stopIndels <= MAX_STOP_INDELS;
    const confidence = SAME_TITLE - PER_TYPO * al.typos - PER_STOPWORD * al.stopIndels;
    if (fewEdits && words >= MIN_DISTINCTIVE_WORDS) return confirmed ? Math.min(0.99, confidence + 0.02) : confidence;
    if (fewEdits && confirmed) return confidence;
  }
  // A content word added or removed ("… in Vision Transformers") is another paper unless
  // the abstract says otherwise.
  const similarity = titleSimilarity(al);
  if (confirmed && similarity >= MIN_TITLE_SIMILARITY) {
    return Math.min(0.9, 0.5 + 0.25 * similarity + 0.2 * (abstract as number));
  }
  return null;
}

/**
 * Confidence for a candidate that shares only the main title (subtitle added, dropped or
 * changed), or null. Without abstracts, `standsAlone` says whether the shared part is
 * long, names a single entry and no rival subtitle contradicts it.
 */
export function judgeMainTitle(abstract: number | undefined, standsAlone: boolean): number | null {
  if (abstract !== undefined) {
    return abstract >= ABSTRACT_CONFIRMS ? 0.8 + (0.1 * (abstract - ABSTRACT_CONFIRMS)) / (1 - ABSTRACT_CONFIRMS) : null;
  }
  return standsAlone ? 0.75 : null;
}

/** A candidate that passed the rules: entry number, confidence, and title key (to tell rivals from duplicates). */
export interface Option {
  entry: number;
  confidence: number;
  key: string;
}

/** The most confident option, unless a different title comes as close: then it is a guess. */
export function pickBest(options: Option[]): Option | undefined {
  options.sort((a, b) => b.confidence - a.confidence || a.entry - b.entry);
  const [best, ...rest] = options;
  if (!best) return undefined;
  const rival = rest.find((o) => o.key !== best.key);
  return rival && rival.confidence >= best.confidence - AMBIGUITY_MARGIN ? undefined : best;
}
