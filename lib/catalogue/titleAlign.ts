/**
 * Word-level comparison of two titles. A character similarity cannot tell a typo from
 * a different paper: "… in Transformers" and "… in Vision Transformers" are 94% alike
 * by character trigrams, yet one whole word apart. So titles are aligned word by word,
 * and each difference is classed as harmless (a typo, a split or joined word, a
 * dropped article) or substantive (a content word on one side only).
 */

/** Function words whose presence or absence rarely makes another paper ("a", "the", "of"…). */
export const TITLE_STOPWORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'for', 'in', 'on', 'to', 'and', 'with', 'via', 'from', 'by', 'at', 'as',
  'into', 'is', 'are', 'its', 'or',
]);

/** How two word sequences differ, counted along the cheapest alignment. */
export interface Alignment {
  /** Content words present on one side only: each one suggests a different paper. */
  contentIndels: number;
  /** Words matched despite a one-letter typo. */
  typos: number;
  /** Stopwords present on one side only. */
  stopIndels: number;
  /** Content words of the first and second title. */
  contentA: number;
  contentB: number;
}

// Costs encoded in one number so the DP stays a flat Float64Array; any content difference
// outweighs any number of minor ones. The typo unit is one more than the stopword indels
// two titles can have (n + m), and the content unit one more than the typos and indels
// below it, so no count spills into the next: fixed units of 1,000 read 1,000 dropped
// stopwords as a typo. Exact in a double up to titles of ~200,000 words.
const STOP_COST = 1;
// "state of the art" ↔ "stateoftheart" is the longest join seen in titles.
const MAX_JOIN = 4;
const DIGIT = /\d/;

/** Whether a word is a content word (not a title stopword). */
export function isContentWord(word: string): boolean {
  return !TITLE_STOPWORDS.has(word);
}

/**
 * Whether two different words are one typo apart (insert, delete, replace or swap two
 * neighbours). Short words and words with digits never count: "GPT-3"/"GPT-4" and
 * "SAM"/"SPAM" are other papers, not typos.
 */
export function isTypo(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (la < 4 || lb < 4 || la - lb > 1 || lb - la > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  let oneEdit: boolean;
  if (la > lb) oneEdit = sameFrom(a, i + 1, b, i);
  else if (lb > la) oneEdit = sameFrom(a, i, b, i + 1);
  else if (i === la) return false;
  else {
    oneEdit =
      sameFrom(a, i + 1, b, i + 1) ||
      (a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && sameFrom(a, i + 2, b, i + 2));
  }
  // Checked last: the alignment calls this for every word pair, and most fail above.
  return oneEdit && !DIGIT.test(a) && !DIGIT.test(b);
}

// Whether a[i..] and b[j..] are the same characters (no substring allocation).
function sameFrom(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i !== b.length - j) return false;
  for (; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}

// One DP table reused by every call: the matcher aligns a dozen titles per query.
let table = new Float64Array(1024);

/** Aligns two titles' word lists (from `titleWords`) and counts their differences. */
export function alignWords(a: readonly string[], b: readonly string[]): Alignment {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  if (table.length < (n + 1) * width) table = new Float64Array((n + 1) * width * 2);
  const dp = table;
  dp.fill(Infinity, 0, (n + 1) * width);
  dp[0] = 0;
  const relax = (at: number, cost: number): void => {
    if (cost < (dp[at] as number)) dp[at] = cost;
  };
  const typoCost = n + m + 1;
  const contentCost = typoCost * typoCost;
  const costA = a.map((w) => (isContentWord(w) ? contentCost : STOP_COST));
  const costB = b.map((w) => (isContentWord(w) ? contentCost : STOP_COST));
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = i * width + j;
      const cost = dp[here] as number;
      if (cost === Infinity) continue;
      if (i < n) relax(here + width, cost + (costA[i] as number));
      if (j < m) relax(here + 1, cost + (costB[j] as number));
      if (i === n || j === m) continue;
      const wa = a[i] as string;
      const wb = b[j] as string;
      if (wa === wb) relax(here + width + 1, cost);
      else if (isTypo(wa, wb)) relax(here + width + 1, cost + typoCost);
      // "Pre-training" ↔ "Pretraining", "SAM 2" ↔ "SAM2": a split word is the same word.
      else if (wb.startsWith(wa)) joinRuns(a, i, wb, (k) => relax(here + k * width + 1, cost));
      else if (wa.startsWith(wb)) joinRuns(b, j, wa, (k) => relax(here + width + k, cost));
    }
  }
  const total = dp[n * width + m] as number;
  return {
    contentIndels: Math.floor(total / contentCost),
    typos: Math.floor((total % contentCost) / typoCost),
    stopIndels: total % typoCost,
    contentA: costA.filter((c) => c === contentCost).length,
    contentB: costB.filter((c) => c === contentCost).length,
  };
}

/** Calls `onJoin(k)` for each k ≥ 2 such that words[from..from+k) joined equal `target`. */
function joinRuns(words: readonly string[], from: number, target: string, onJoin: (k: number) => void): void {
  let joined = words[from] ?? '';
  for (let k = 2; k <= MAX_JOIN && from + k <= words.length; k++) {
    joined += words[from + k - 1];
    if (!target.startsWith(joined)) return;
    if (joined === target) onJoin(k);
  }
}

/** Share of content words that align (1 = same words up to typos and joins). */
export function titleSimilarity(al: Alignment): number {
  const total = al.contentA + al.contentB;
  return total === 0 ? 0 : Math.max(0, 1 - al.contentIndels / total);
}
