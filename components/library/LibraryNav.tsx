import { useMemo, type ReactNode } from 'react';
import type { TagColor } from '@/lib/db/tags';
import type { LibraryRow } from '@/lib/search/rows';
import type { SortSpec } from '@/lib/search/select';
import type { LibraryView } from '@/lib/ui/library-store';
import { ReadingStats } from './ReadingStats';

/** A saved view of the library: a query, an order, and what the main area shows. */
interface Preset {
  label: string;
  text: string;
  sort?: SortSpec;
  count(rows: LibraryRow[]): number;
}

const PRESETS: Preset[] = [
  { label: 'All papers', text: '', count: (r) => r.length },
  // The queue: oldest first, so what waited longest comes next.
  { label: 'To read queue', text: 'status:to-read', sort: { key: 'addedAt', dir: 'asc' }, count: (r) => r.filter((x) => x.status === 'to-read').length },
  { label: 'Reading', text: 'status:reading', count: (r) => r.filter((x) => x.status === 'reading').length },
  { label: 'Read', text: 'status:read', sort: { key: 'readAt', dir: 'desc' }, count: (r) => r.filter((x) => x.status === 'read').length },
];

/** Props of LibraryNav. */
export interface LibraryNavProps {
  rows: ReadonlyMap<string, LibraryRow>;
  version: number;
  text: string;
  view: LibraryView;
  colors: Readonly<Record<string, TagColor>>;
  now: number;
  onPreset(text: string, sort: SortSpec | undefined): void;
  onView(view: LibraryView): void;
  /** The import/export panel (mounted by the page's owner). */
  data: ReactNode;
}

/** The sidebar: views with counts, tags, reading statistics, import and export. */
export function LibraryNav({ rows, version, text, view, colors, now, onPreset, onView, data }: LibraryNavProps) {
  const all = useMemo(() => [...rows.values()], [rows, version]);
  // Counted once per change of the rows, not at every keystroke's render.
  const counts = useMemo(() => PRESETS.map((p) => p.count(all)), [all]);
  const tags = useMemo(() => {
    const counts = new Map<string, number>();
    for (const r of all) for (const t of r.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  }, [all]);
  const tagQuery = (tag: string) => `tag:${/\s/.test(tag) ? `"${tag}"` : tag}`;
  return (
    <nav className="lib-sidebar" aria-label="Library">
      <section aria-label="Views">
        <ul>
          {PRESETS.map((p, i) => (
            <li key={p.label}>
              <button type="button" className="nav-item" aria-current={view === 'papers' && text === p.text} onClick={() => onPreset(p.text, p.sort)}>
                <span>{p.label}</span> <span className="muted">{counts[i]!.toLocaleString()}</span>
              </button>
            </li>
          ))}
          <li><button type="button" className="nav-item" aria-current={view === 'catalogue'} onClick={() => onView('catalogue')}>Catalogue</button></li>
          <li><button type="button" className="nav-item" aria-current={view === 'tags'} onClick={() => onView('tags')}>Manage tags</button></li>
        </ul>
      </section>
      <section aria-label="Tags">
        <h2>Tags</h2>
        {tags.length === 0 ? <p className="muted">No tags yet.</p> : (
          <ul>
            {tags.slice(0, 40).map(([tag, n]) => (
              <li key={tag}>
                <button type="button" className="nav-item" aria-current={view === 'papers' && text === tagQuery(tag)} onClick={() => onPreset(tagQuery(tag), undefined)}>
                  <span className={`tag-chip c-${colors[tag] ?? 'gray'}`}>{tag}</span> <span className="muted">{n}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <ReadingStats rows={rows} version={version} now={now} />
      {/* The page's owner passes the import and export panel (entrypoints/library/App.tsx: components/data/LazyDataPanel). */}
      <section aria-label="Import and export">{data}</section>
    </nav>
  );
}
