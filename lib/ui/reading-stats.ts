/** Reading statistics for the library page's small chart: papers read per week. */

/** One week of the chart. */
export interface WeekCount {
  /** Monday 00:00 (local time) of the week, epoch ms. */
  start: number;
  count: number;
}

const DAY = 86_400_000;

/** Monday 00:00 local time of the week containing `ms`. */
export function weekStart(ms: number): number {
  const d = new Date(ms);
  d.setHours(0, 0, 0, 0);
  const sinceMonday = (d.getDay() + 6) % 7;
  d.setDate(d.getDate() - sinceMonday);
  return d.getTime();
}

/** Papers read in each of the last `weeks` weeks (oldest first), from their `read` dates. */
export function readPerWeek(readDates: Iterable<number | undefined>, now: number, weeks = 12): WeekCount[] {
  const last = weekStart(now);
  const starts: number[] = [];
  for (let i = weeks - 1; i >= 0; i--) {
    // Stepping by dates, not by 7 × 24 h, keeps weeks right across daylight-saving changes.
    const d = new Date(last);
    d.setDate(d.getDate() - 7 * i);
    starts.push(d.getTime());
  }
  const counts = new Map(starts.map((s) => [s, 0]));
  const first = starts[0] ?? last;
  for (const at of readDates) {
    if (at === undefined || at < first || at >= last + 8 * DAY) continue;
    const week = weekStart(at);
    if (counts.has(week)) counts.set(week, counts.get(week)! + 1);
  }
  return starts.map((start) => ({ start, count: counts.get(start) ?? 0 }));
}
