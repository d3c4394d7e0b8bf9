/**
 * Loads a page with a trace of its user-timing marks. Each traced mark carries both clocks:
 * wall-clock time and the CPU time of the thread that made it, so a benchmark can report
 * the main thread's own work between two marks. On this 2-core machine Chromium's other
 * processes compete for the cores while a page loads, and wall-clock time between two marks
 * also counts the time the thread waited (several times its CPU time in some loads).
 */
import type { Session } from '../../tests/e2e/harness';

/** One traced mark: wall-clock and thread CPU time, both in ms on their own clocks. */
export interface TracedMark {
  wall: number;
  cpu: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  tts?: number;
  args?: { data?: { url?: string } };
}

/**
 * Name of the pseudo-mark for the moment the extension's content script starts: Chromium's
 * `EvaluateScript` event, which covers compiling it, running its top level and its `main`
 * (including what runs before our own first mark: WXT's context, module initialisation).
 */
export const CONTENT_SCRIPT_START = 'content-script:evaluate';

/**
 * Opens `url` in a new tab, waits for the mark `until`, and returns the page's traced marks by name
 * (first of each); with `scriptStart`, also CONTENT_SCRIPT_START (it adds a category to the trace,
 * whose own overhead the other benchmarks need not pay).
 */
export async function loadWithMarks(session: Session, url: string, until: string, scriptStart = false): Promise<Map<string, TracedMark>> {
  const tab = await session.context.newPage();
  try {
    const cdp = await session.context.newCDPSession(tab);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    // User-timing marks are instant events whose `tts` is the thread's CPU clock; `devtools.timeline`
    // adds the EvaluateScript slice of each script, whose start is when our content script begins.
    const includedCategories = scriptStart ? ['blink.user_timing', 'devtools.timeline'] : ['blink.user_timing'];
    await cdp.send('Tracing.start', { traceConfig: { includedCategories }, transferMode: 'ReportEvents' });
    await tab.goto(url);
    await tab.waitForFunction((name) => performance.getEntriesByName(name).length > 0, until, { timeout: 20_000 });
    await cdp.send('Tracing.end');
    await complete;
    const marks = new Map<string, TracedMark>();
    for (const e of events) {
      if (e.tts === undefined) continue;
      const name = e.ph === 'I' ? e.name : e.name === 'EvaluateScript' && /^chrome-extension:\/\/[^/]+\/content-scripts\//.test(e.args?.data?.url ?? '') ? CONTENT_SCRIPT_START : null;
      if (name && !marks.has(name)) marks.set(name, { wall: e.ts / 1000, cpu: e.tts / 1000 });
    }
    return marks;
  } finally {
    await tab.close();
  }
}

/** [wall-clock, CPU] ms between two traced marks; throws if either is missing. */
export function between(marks: Map<string, TracedMark>, start: string, end: string): [number, number] {
  const [a, b] = [marks.get(start), marks.get(end)];
  if (!a || !b) throw new Error(`no traced mark ${a ? end : start}`);
  return [b.wall - a.wall, b.cpu - a.cpu];
}
