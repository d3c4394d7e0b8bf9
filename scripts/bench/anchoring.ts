/**
 * Anchoring on a long paper (about 30,000 words): re-anchoring 500 highlights (text index,
 * locating, drawing the marks) on the page as saved, with text inserted above them all, and
 * with 5% of the passages edited (fuzzy search); and creating one highlight. Measured in
 * happy-dom (Node) and, when a Chromium is found, in real Chromium with the same code bundled.
 * Standalone: `npx tsx scripts/bench/anchoring.ts`.
 */
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { buildSync } from 'esbuild';
import { Window } from 'happy-dom';
import { chromium } from 'playwright-core';
import { findChromium } from '../../tests/e2e/chromium';
import { runAnchoringScenario, type ScenarioResult } from './anchoringScenario';
import { longPaperHtml } from './longPaper';
import type { BenchRow, BenchSection } from './types';

const REANCHOR_BUDGET_MS = 100;
const CREATE_BUDGET_MS = 16;
/** Fresh loads per case; the median is the figure, the best run is noted (this machine is shared). */
const REPEATS = 9;
const EMPTY_PAGE = '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body></body></html>';

// The collector, so that setup garbage (live Ranges) is gone before each timed section.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function inHappyDom(html: string): ScenarioResult {
  const window = new Window({ url: 'https://arxiv.org/html/2411.11927v1', settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  window.document.write(EMPTY_PAGE);
  try {
    return runAnchoringScenario(window.document as unknown as Document, html, 500, REPEATS, () => performance.now(), gc);
  } finally {
    void window.happyDOM.close();
  }
}

async function inChromium(html: string): Promise<ScenarioResult | null> {
  const executablePath = findChromium();
  if (!executablePath) return null;
  // The very code the extension ships, bundled for the page.
  const bundle = buildSync({
    entryPoints: ['scripts/bench/anchoringScenario.ts'],
    bundle: true,
    format: 'iife',
    globalName: 'AnchoringBench',
    write: false,
    minify: true,
  }).outputFiles[0]!.text;
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc'] });
  try {
    const page = await browser.newPage();
    await page.setContent(EMPTY_PAGE);
    await page.addScriptTag({ content: bundle });
    return await page.evaluate(([h, repeats]) => {
      const { AnchoringBench, gc: collect } = globalThis as unknown as { AnchoringBench: { runAnchoringScenario: typeof runAnchoringScenario }; gc: () => void };
      return AnchoringBench.runAnchoringScenario(document, h, 500, repeats, () => performance.now(), collect);
    }, [html, REPEATS] as const);
  } finally {
    await browser.close();
  }
}

function rows(r: ScenarioResult, where: string): BenchRow[] {
  const n = r.highlights;
  return [
    { name: `re-anchor ${n} highlights, page as saved (${where})`, value: r.reanchorSame, unit: 'ms', budget: REANCHOR_BUDGET_MS, note: `${r.foundSame}/${n} found, best ${r.reanchorSameBest.toFixed(1)} ms` },
    { name: `  of which: text index (${where})`, value: r.buildIndex, unit: 'ms' },
    { name: `  of which: locate (${where})`, value: r.locateSame, unit: 'ms' },
    { name: `  of which: draw marks (${where})`, value: r.drawSame, unit: 'ms' },
    { name: `re-anchor ${n}, text inserted above them all (${where})`, value: r.reanchorShifted, unit: 'ms', budget: REANCHOR_BUDGET_MS, note: `${r.foundShifted}/${n} found, best ${r.reanchorShiftedBest.toFixed(1)} ms` },
    { name: `re-anchor ${n}, 5% of passages edited (${where})`, value: r.reanchorEdited, unit: 'ms', budget: REANCHOR_BUDGET_MS, note: `${r.foundEdited}/${n} found, best ${r.reanchorEditedBest.toFixed(1)} ms` },
    { name: `create one highlight, median of 50 (${where})`, value: r.createMedian, unit: 'ms', budget: CREATE_BUDGET_MS },
    { name: `create one highlight, slowest of 50 (${where})`, value: r.createMax, unit: 'ms', budget: CREATE_BUDGET_MS },
    { name: `create one highlight after a page change (index re-read) (${where})`, value: r.createWithRebuild, unit: 'ms', budget: CREATE_BUDGET_MS },
  ];
}

/** Measures anchoring on a long paper in happy-dom and Chromium. */
export async function benchAnchoring(): Promise<BenchSection> {
  const html = longPaperHtml();
  const happy = inHappyDom(html);
  const real = await inChromium(html);
  return {
    title: 'Anchoring highlights',
    rows: [...(real ? rows(real, 'Chromium') : []), ...rows(happy, 'happy-dom')],
    notes: [
      `Page: ${happy.words} words, ${happy.chars} characters, ${happy.textNodes} text nodes, generated from the saved arXiv HTML fixtures (scripts/bench/longPaper.ts) with citations, links and MathML.`,
      `Re-anchoring = building the text index, locating every highlight (position, exact quote, fuzzy quote) and drawing its marks; median of ${REPEATS} fresh loads of the page (parsing not counted), with the best run noted: the machine is shared, and the median moves with its load. Garbage is collected before each timed section: live Range objects left from setup would otherwise be updated on every DOM change (a page being re-anchored has none).`,
      '"Text inserted above" makes every stored position stale (exact-quote search); "5% edited" inserts a word inside every 20th passage (approximate search, error ≤ 1/8 of the quote).',
      'Creating one = describe the selection + locate + draw, on the page\'s existing index; the last row first re-reads the whole page, as after a late page change.',
      real
        ? 'Chromium: the same code bundled with esbuild and run in a headless Chromium page (playwright-core); happy-dom: in Node, usually slower than a browser for DOM work.'
        : 'No Chromium found: happy-dom figures only (in Node, usually slower than a browser for DOM work).',
    ],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(JSON.stringify(await benchAnchoring(), null, 1));
