/**
 * The anchoring benchmark's workload, plain DOM code so that the same function runs in
 * happy-dom (Node) and, bundled, inside real Chromium: a long paper page, 500 highlights
 * described on it, then re-anchored (index + locate + draw) on the page as saved, on a page
 * with text inserted before them all, and on one where 5% of the passages were edited.
 */
import { describe, highlightSpans, locate, TextIndex, type Placement } from '../../lib/anchoring';
import type { Selector } from '../../lib/paper';
import { prng } from './syntheticTitles';

/** The figures of one run (milliseconds unless said otherwise). */
export interface ScenarioResult {
  words: number;
  chars: number;
  textNodes: number;
  highlights: number;
  buildIndex: number;
  locateSame: number;
  drawSame: number;
  reanchorSame: number;
  reanchorSameBest: number;
  foundSame: number;
  reanchorShifted: number;
  reanchorShiftedBest: number;
  foundShifted: number;
  reanchorEdited: number;
  reanchorEditedBest: number;
  foundEdited: number;
  createMedian: number;
  createMax: number;
  createWithRebuild: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Re-anchors every selector list on the page as it is now; returns the time and how many were found. */
function reanchor(body: HTMLElement, targets: Selector[][], now: () => number): { ms: number; found: number; build: number; locate: number; draw: number } {
  const t0 = now();
  const index = new TextIndex(body);
  const t1 = now();
  const placements: Placement[] = [];
  targets.forEach((selectors, i) => {
    const span = locate(index, selectors);
    if (span) placements.push({ ...span, id: `h${i}`, color: 'yellow' });
  });
  const t2 = now();
  highlightSpans(index, placements);
  const t3 = now();
  return { ms: t3 - t0, found: placements.length, build: t1 - t0, locate: t2 - t1, draw: t3 - t2 };
}

/**
 * Runs the whole scenario on `doc`, loading `html` into its body as often as needed.
 * `collect` runs the garbage collector where it can: the Ranges made to describe the 500
 * passages stay live until collected, and every live Range is updated on every DOM change,
 * which a page being re-anchored (no Ranges at all) never pays.
 */
export function runAnchoringScenario(doc: Document, html: string, count = 500, repeats = 5, now = () => performance.now(), collect = () => {}): ScenarioResult {
  const body = doc.body;
  const load = () => {
    body.innerHTML = html;
    collect();
  };
  load();
  const random = prng(42);
  const base = new TextIndex(body);
  const text = base.text;
  // Passages of 3 to 40 words, starting on a word.
  const targets: Selector[][] = [];
  while (targets.length < count) {
    let start = Math.floor(random() * (text.length - 400));
    while (start < text.length && !/\s/.test(text[start - 1] ?? ' ')) start++;
    let end = start;
    for (let words = 3 + Math.floor(random() * 38); words > 0 && end < text.length; words--) end = text.indexOf(' ', end + 1);
    const range = base.rangeFor(start, end);
    const selectors = range ? describe(base, range) : [];
    if (selectors.length) targets.push(selectors);
  }

  const same: ReturnType<typeof reanchor>[] = [];
  for (let i = 0; i < repeats; i++) {
    load();
    same.push(reanchor(body, targets, now));
  }
  const shifted: ReturnType<typeof reanchor>[] = [];
  for (let i = 0; i < repeats; i++) {
    load();
    const p = doc.createElement('p');
    p.textContent = 'A paragraph added near the top of the page, so that every stored position is off. '.repeat(3);
    body.querySelector('section')!.prepend(p);
    shifted.push(reanchor(body, targets, now));
  }
  const edited: ReturnType<typeof reanchor>[] = [];
  for (let i = 0; i < repeats; i++) {
    load();
    // 5% of the passages get a word inserted in their middle: those need the fuzzy search.
    const index = new TextIndex(body);
    for (let k = 0; k < targets.length; k += 20) {
      const position = targets[k]!.find((s) => s.type === 'TextPositionSelector');
      if (position?.type !== 'TextPositionSelector') continue;
      const mid = Math.floor((position.start + position.end) / 2);
      const node = index.nodes[index.nodeAt(mid)]!;
      node.insertData(Math.min(node.length, mid - index.starts[index.nodeAt(mid)]!), 'very ');
    }
    edited.push(reanchor(body, targets, now));
  }

  // Creating one highlight: describe the selection, find it, draw it (index already there).
  load();
  const index = new TextIndex(body);
  const creates: number[] = [];
  for (let i = 0; i < 50; i++) {
    const start = Math.floor(random() * (text.length - 300));
    const range = index.rangeFor(start, start + 40 + Math.floor(random() * 200))!;
    if (i % 10 === 0) collect(); // One selection at a time, as in a page.
    const t0 = now();
    const selectors = describe(index, range);
    const span = locate(index, selectors)!;
    highlightSpans(index, [{ ...span, id: `new${i}`, color: 'green' }]);
    creates.push(now() - t0);
  }
  // Worst case: the page changed just before, so the index is read again first.
  const range = index.rangeFor(1000, 1100)!;
  collect();
  const t0 = now();
  const fresh = new TextIndex(body);
  const span = locate(fresh, describe(fresh, range))!;
  highlightSpans(fresh, [{ ...span, id: 'rebuilt', color: 'green' }]);
  const createWithRebuild = now() - t0;

  const best = (runs: ReturnType<typeof reanchor>[]) => Math.min(...runs.map((r) => r.ms));
  const pick = (runs: ReturnType<typeof reanchor>[], key: 'ms' | 'build' | 'locate' | 'draw') => median(runs.map((r) => r[key]));
  return {
    words: text.split(/\s+/).filter(Boolean).length,
    chars: text.length,
    textNodes: base.nodes.length,
    highlights: targets.length,
    buildIndex: pick(same, 'build'),
    locateSame: pick(same, 'locate'),
    drawSame: pick(same, 'draw'),
    reanchorSame: pick(same, 'ms'),
    reanchorSameBest: best(same),
    foundSame: same[0]!.found,
    reanchorShifted: pick(shifted, 'ms'),
    reanchorShiftedBest: best(shifted),
    foundShifted: shifted[0]!.found,
    reanchorEdited: pick(edited, 'ms'),
    reanchorEditedBest: best(edited),
    foundEdited: edited[0]!.found,
    createMedian: median(creates),
    createMax: Math.max(...creates),
    createWithRebuild,
  };
}
