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
}

/** Opens `url` in a new tab, waits for the mark `until`, and returns the page's traced marks by name (first of each). */
export async function loadWithMarks(session: Session, url: string, until: string): Promise<Map<string, TracedMark>> {
  const tab = await session.context.newPage();
  try {
    const cdp = await session.context.newCDPSession(tab);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    // User-timing events only: a mark is an instant event whose `tts` is the thread's CPU clock.
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['blink.user_timing'] }, transferMode: 'ReportEvents' });
    await tab.goto(url);
    await tab.waitForFunction((name) => performance.getEntriesByName(name).length > 0, until, { timeout: 20_000 });
    await cdp.send('Tracing.end');
    await complete;
    const marks = new Map<string, TracedMark>();
    for (const e of events) {
      if (e.ph === 'I' && e.tts !== undefined && !marks.has(e.name)) marks.set(e.name, { wall: e.ts / 1000, cpu: e.tts / 1000 });
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
