import { useMemo } from 'react';
import type { LibraryRow } from '@/lib/search/rows';
import { readPerWeek } from '@/lib/ui/reading-stats';

const W = 200;
const H = 70;
const dayFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });

/** Papers read per week over the last twelve weeks, as a small bar chart in plain SVG. */
export function ReadingStats({ rows, version, now }: { rows: ReadonlyMap<string, LibraryRow>; version: number; now: number }) {
  // `version` tells when the (mutated in place) rows changed.
  const weeks = useMemo(() => readPerWeek(Array.from(rows.values(), (r) => r.readAt), now), [rows, version, now]);
  const total = weeks.reduce((n, w) => n + w.count, 0);
  const max = Math.max(1, ...weeks.map((w) => w.count));
  const bar = W / weeks.length;
  return (
    <section aria-label="Reading statistics">
      <h2>Read per week</h2>
      <svg className="stats-chart" viewBox={`0 0 ${W} ${H + 12}`} role="img" aria-label={`${total} papers read in the last ${weeks.length} weeks`}>
        {weeks.map((w, i) => {
          const h = (w.count / max) * H;
          return (
            <rect key={w.start} x={i * bar + 1} y={H - h} width={bar - 2} height={Math.max(h, w.count ? 1 : 0)} data-testid="stats-bar" data-count={w.count}>
              <title>{`Week of ${dayFormat.format(w.start)}: ${w.count} read`}</title>
            </rect>
          );
        })}
        <text x={0} y={H + 10}>{weeks[0] ? dayFormat.format(weeks[0].start) : ''}</text>
        <text x={W} y={H + 10} textAnchor="end">this week</text>
      </svg>
      <p className="muted" style={{ margin: 0, fontSize: 12 }}>{total} read in {weeks.length} weeks</p>
    </section>
  );
}
