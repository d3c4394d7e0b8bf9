import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent, type Ref } from 'react';
import type { TagColor } from '@/lib/db/tags';
import type { LibraryRow } from '@/lib/search/rows';
import type { SortKey, SortSpec } from '@/lib/search/select';
import { PaperRow } from './PaperRow';

/** Height of one row in pixels (fixed: the virtualiser then needs no measuring). */
export const ROW_HEIGHT = 40;

const COLUMNS: { key: SortKey; label: string; className?: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'authors', label: 'Authors' },
  { key: 'year', label: 'Venue / year' },
  { key: 'status', label: 'Status' },
  { key: 'tags', label: 'Tags' },
  { key: 'addedAt', label: 'Added', className: 'col-added' },
  { key: 'readAt', label: 'Read', className: 'col-read' },
  { key: 'highlights', label: 'Hl.' },
];

/** Props of PaperTable. */
export interface PaperTableProps {
  ids: readonly string[];
  rows: ReadonlyMap<string, LibraryRow>;
  terms: readonly string[];
  sort: SortSpec;
  selected: ReadonlySet<string>;
  active: string | null;
  colors: Readonly<Record<string, TagColor>>;
  onSort(sort: SortSpec): void;
  onToggle(id: string, range: boolean): void;
  onSelectAll(all: boolean): void;
  onOpen(id: string): void;
  onKeyDown(event: KeyboardEvent<HTMLDivElement>): void;
  ref?: Ref<HTMLDivElement>;
}

/** The library as a virtualised grid: only the rows in view (plus a few) are in the DOM. */
export function PaperTable(props: PaperTableProps) {
  const { ids, rows, terms, sort, selected, active, colors } = props;
  const scroller = useRef<HTMLDivElement | null>(null);
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    // Before layout (and in tests without layout) assume a common window size.
    initialRect: { width: 1200, height: 800 },
  });
  const activeIndex = active ? ids.indexOf(active) : -1;
  useEffect(() => {
    // Scrolling forces a layout: only when the active row is not fully in view already.
    const view = virtualizer.range;
    if (activeIndex < 0 || (view && activeIndex > view.startIndex && activeIndex < view.endIndex)) return;
    virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, virtualizer]);
  const allChecked = ids.length > 0 && ids.every((id) => selected.has(id));
  const setRef = (el: HTMLDivElement | null) => {
    scroller.current = el;
    if (typeof props.ref === 'function') props.ref(el);
    else if (props.ref) props.ref.current = el;
  };
  return (
    <div
      ref={setRef}
      className="paper-table"
      role="grid"
      aria-label="Your papers"
      aria-rowcount={ids.length + 1}
      aria-multiselectable="true"
      aria-activedescendant={activeIndex >= 0 ? `row-${active}` : undefined}
      tabIndex={0}
      onKeyDown={props.onKeyDown}
    >
      <div role="row" className="table-head" aria-rowindex={1}>
        <div role="columnheader">
          <input type="checkbox" aria-label="Select all results" checked={allChecked} onChange={(e) => props.onSelectAll(e.target.checked)} />
        </div>
        {COLUMNS.map((c) => (
          <div key={c.key} role="columnheader" className={c.className} aria-sort={sort.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
            <button type="button" onClick={() => props.onSort({ key: c.key, dir: sort.key === c.key && sort.dir === 'asc' ? 'desc' : 'asc' })}>
              {c.label} {sort.key === c.key ? (sort.dir === 'asc' ? '▲' : '▼') : ''}
            </button>
          </div>
        ))}
      </div>
      <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const id = ids[item.index]!;
          const row = rows.get(id);
          if (!row) return null;
          return (
            <PaperRow
              key={id}
              row={row}
              index={item.index}
              top={item.start}
              terms={terms}
              checked={selected.has(id)}
              active={id === active}
              colors={colors}
              onToggle={props.onToggle}
              onOpen={props.onOpen}
            />
          );
        })}
      </div>
    </div>
  );
}
