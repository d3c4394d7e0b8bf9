/**
 * Listing marks: main-thread time to extract 200 entries from a listing page and render
 * their marks, per listing site. Measured twice: in happy-dom (a DOM in Node: the script's
 * own DOM work, no style or layout), and in real Chromium with the built extension, from
 * the content script's user-timing measures. Standalone: `npx tsx scripts/bench/listing.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Window } from 'happy-dom';
import { LIST_SECTIONS, listMarkName, type ListSection } from '../../lib/content/list-timing';
import { renderMark } from '../../lib/content/mark-chip';
import { extractListing } from '../../lib/detect/listings';
import type { ListLookup } from '../../lib/messaging';
import type { Catalogue } from '../../lib/paper';
import { findChromium } from '../../tests/e2e/chromium';
import { DIST, launch, newProfile, removeProfile, type Session } from '../../tests/e2e/harness';
import { between, loadWithMarks } from './trace-marks';
import type { BenchRow, BenchSection } from './types';

const ENTRIES = 200;
const RUNS = 9;
const BUDGET_MS = 10;
const LOADS = 11;

const id = (i: number) => `2411.${String(10000 + i)}`;
// Every other entry carries a title of the bundled catalogue, so that in Chromium half the
// entries get a chip, as in happy-dom (where answers are made up).
const CATALOGUE = (JSON.parse(readFileSync('public/catalogues/hf-trending-papers.json', 'utf8')) as Catalogue).papers.map((p) => p.title);
const titleFor = (i: number) => (i % 2 === 0 ? (CATALOGUE[(i / 2) % CATALOGUE.length] ?? '') : `A Synthetic Paper Number ${i} on Scaling Things`)
  .replace(/&/g, '&amp;').replace(/</g, '&lt;');
const PAGES: Record<string, { url: string; html: (i: number) => string; wrap: (rows: string) => string }> = {
  'arXiv list': {
    url: 'https://arxiv.org/list/cs.LG/pastweek?skip=0&show=200',
    wrap: (rows) => `<dl id="articles">${rows}</dl>`,
    html: (i) => `<dt><a name="item${i}">[${i}]</a> <a href="/abs/${id(i)}" title="Abstract" id="${id(i)}">arXiv:${id(i)}</a>
      [<a href="/pdf/${id(i)}" title="Download PDF">pdf</a>, <a href="https://arxiv.org/html/${id(i)}v1">html</a>]</dt>
      <dd><div class="meta"><div class="list-title mathjax"><span class="descriptor">Title:</span> ${titleFor(i)}</div>
      <div class="list-authors"><a href="https://arxiv.org/a/doe_j_1">Jane Doe</a>, <a href="https://arxiv.org/a/roe_r_1">Richard Roe</a></div>
      <div class="list-subjects"><span class="descriptor">Subjects:</span> <span class="primary-subject">Machine Learning (cs.LG)</span></div></div></dd>`,
  },
  'Hugging Face daily': {
    url: 'https://huggingface.co/papers/date/2025-01-01',
    wrap: (rows) => `<div class="grid">${rows}</div>`,
    html: (i) => `<article class="relative flex flex-col"><a href="/papers/${id(i)}"><img src="t.png" alt=""></a><div class="px-2"><h3 class="mb-1 text-lg">
      <a href="/papers/${id(i)}" class="line-clamp-3">${titleFor(i)}</a></h3><a href="/papers/${id(i)}#community">3</a></div></article>`,
  },
  DBLP: {
    url: 'https://dblp.org/pid/00/0001.html',
    wrap: (rows) => `<ul class="publ-list">${rows}</ul>`,
    // Half preprints (CoRR keys spell the arXiv id), half conference papers known by their DOI.
    html: (i) => (i % 2 === 1
      ? `<li class="entry inproceedings toc" id="conf/icml/Doe24-${i}"><nav class="publ"><ul><li class="drop-down"><div class="head">
      <a href="https://doi.org/10.5555/3692070.${3692070 + i}">ee</a></div><div class="body"><ul><li class="ee"><a href="https://proceedings.mlr.press/v235/doe24a.html">pmlr</a></li></ul></div></li></ul></nav>
      <cite class="data"><span itemprop="author"><span itemprop="name">Jane Doe</span></span>:<br><span class="title" itemprop="name">${titleFor(i)}.</span> <a href="#">ICML</a></cite></li>`
      : `<li class="entry informal toc" id="journals/corr/abs-2411-${String(10000 + i)}"><nav class="publ"><ul><li class="drop-down"><div class="head">
      <a href="https://doi.org/10.48550/arXiv.${id(i)}">ee</a></div></li></ul></nav><cite class="data"><span itemprop="author"><span itemprop="name">Jane Doe</span></span>:<br>
      <span class="title" itemprop="name">${titleFor(i)}.</span> <a href="#">CoRR</a></cite></li>`),
  },
};

// A quarter in your list, a quarter in a catalogue, the rest unmarked: every kind of chip is drawn.
const answer = (i: number): ListLookup =>
  i % 4 === 0 ? { inList: true, status: 'reading' } : i % 4 === 1 ? { inList: false, catalogueName: 'Trending' } : { inList: false };

// Building each fresh document leaves garbage whose collection would land in the timed
// section; node only exposes gc() behind a flag.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

// CPU time of this process, in ms: on a shared machine, wall-clock time also counts the
// time spent waiting for a core, which is not the script's work.
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function measure(page: (typeof PAGES)[string]): { extract: number; render: number; wall: number } {
  const extract: number[] = [];
  const render: number[] = [];
  const wall: number[] = [];
  const body = page.wrap(Array.from({ length: ENTRIES }, (_, i) => page.html(i)).join(''));
  for (let run = 0; run < RUNS; run++) {
    const window = new Window({ url: page.url, settings: { disableCSSFileLoading: true, disableJavaScriptFileLoading: true, disableJavaScriptEvaluation: true } });
    window.document.write(`<!DOCTYPE html><html><head><title>listing</title></head><body>${body}</body></html>`);
    const doc = window.document as unknown as Document;
    gc();
    const [w0, c0] = [performance.now(), cpuMs()];
    const papers = extractListing(page.url, doc);
    const c1 = cpuMs();
    papers.forEach((paper, i) => renderMark(paper.element, answer(i)));
    const [w2, c2] = [performance.now(), cpuMs()];
    if (papers.length !== ENTRIES) throw new Error(`extracted ${papers.length} of ${ENTRIES} entries`);
    extract.push(c1 - c0);
    render.push(c2 - c1);
    wall.push(w2 - w0);
    void window.happyDOM.close();
  }
  return { extract: median(extract), render: median(render), wall: median(wall) };
}

const pageHtml = (body: string) => `<!DOCTYPE html><html><head><title>listing</title></head><body>${body}</body></html>`;

/** Loads a listing page once and returns each section's [wall-clock, main-thread CPU] time in ms. */
async function tracedLoad(session: Session, url: string): Promise<Record<ListSection, [number, number]>> {
  const marks = await loadWithMarks(session, url, listMarkName('render', 'end'));
  const out = {} as Record<ListSection, [number, number]>;
  for (const section of LIST_SECTIONS) out[section] = between(marks, listMarkName(section, 'start'), listMarkName(section, 'end'));
  return out;
}

async function chromiumRows(): Promise<BenchRow[]> {
  if (!findChromium() || !existsSync(DIST)) return [];
  const profile = newProfile();
  const session = await launch(profile);
  const rows: BenchRow[] = [];
  try {
    for (const [name, spec] of Object.entries(PAGES)) {
      const html = pageHtml(spec.wrap(Array.from({ length: ENTRIES }, (_, i) => spec.html(i)).join('')));
      // Registered after the harness's own routes, so it wins for this URL.
      await session.context.route(spec.url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
      const loads: Array<Record<ListSection, [number, number]>> = [];
      for (let i = 0; i < LOADS; i++) loads.push(await tracedLoad(session, spec.url));
      const sum = (load: Record<ListSection, [number, number]>, k: 0 | 1) => LIST_SECTIONS.reduce((t, s) => t + load[s][k], 0);
      const cpu = loads.map((l) => sum(l, 1));
      const wall = loads.map((l) => sum(l, 0));
      const parts = LIST_SECTIONS.map((s) => `${s} ${median(loads.map((l) => l[s][1])).toFixed(1)}`).join(', ');
      rows.push({
        name: `${name}: extract + mark ${ENTRIES} entries (Chromium, main-thread CPU time)`,
        value: median(cpu),
        unit: 'ms',
        budget: BUDGET_MS,
        note: `medians: ${parts} ms; wall clock ${median(wall).toFixed(1)} ms (fastest ${Math.min(...wall).toFixed(1)}); load average ${loadavg()[0]?.toFixed(1)}`,
      });
    }
  } finally {
    await session.close();
    removeProfile(profile);
  }
  return rows;
}

/** Runs the listing-marks benchmark for each listing site and returns its figures. */
export async function benchListing(): Promise<BenchSection> {
  const rows: BenchRow[] = await chromiumRows();
  for (const [name, spec] of Object.entries(PAGES)) {
    const { extract, render, wall } = measure(spec);
    rows.push({
      name: `${name}: extract + mark ${ENTRIES} entries (happy-dom, CPU time)`,
      value: extract + render,
      unit: 'ms',
      note: `extract ${extract.toFixed(1)} ms, render ${render.toFixed(1)} ms; wall clock ${wall.toFixed(1)} ms`,
    });
  }
  return {
    title: 'Listing marks',
    rows,
    notes: [
      `Chromium rows: the built extension (${DIST}) in headless Chromium, on a page of ${ENTRIES} synthetic entries served at a real listing URL. The listing code (list-marks.js, which the background injects into the content script's world on listing pages) puts user-timing marks around reading the entries, around handing the lookup message to the browser, and around drawing the chips (the background's answer in between, including reading ids out of the entries' links, runs off the page's main thread); each load is traced, and each mark carries the main thread's CPU clock, so the value is the CPU time the page's main thread spent in those three sections: the main-thread work the budget counts. The wall-clock time between the same marks is in the note: on this 2-core machine Chromium's other processes compete for the cores while a page loads, and wall-clock time also counts the time the thread waited (4x its CPU time in some loads). Median of ${LOADS} loads. Every other entry has a title of the bundled catalogue, so about half get a chip.`,
      `happy-dom rows: the same extraction and rendering functions in Node, median of ${RUNS} runs on freshly parsed pages (parsing and a garbage collection happen before the clock starts), process CPU time (user + system, since wall-clock time on a shared machine also counts waiting for a core); the note gives the wall clock too. happy-dom is many times slower than a browser at DOM work (each \`children\` list or shadow root is a proxied object), and counts no style or layout: a proxy for regressions, not the budget.`,
      'The chips are absolutely positioned at their static place inside a shadow root, so they add no reflow of the page\'s own boxes.',
      'Before/after the changes of 2026-11-27 evening (the page sends links as written and the background reads them; the listing code injected on listing pages only), builds of 5e87cdc and 5aadc3e alternated load by load in two browsers side by side (11 loads each, so both slower than alone): extract + mark arXiv 12.0 → 11.0 ms, Hugging Face 9.3 → 8.6, DBLP 14.2 → 10.6 (extract alone 7.4 → 6.2, 5.0 → 3.8, 10.1 → 5.5). The injected script pays its own first-use costs (regular expressions, cold functions) that the single content script had already paid during detection: about 0.7 ms of arXiv\'s extract.',
    ],
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await benchListing(), null, 2));
}
