import { memo, type MouseEvent } from 'react';
import type { TagColor } from '@/lib/db/tags';
import { STATUS_LABELS } from '@/lib/paper';
import type { LibraryRow } from '@/lib/search/rows';
import { Highlighted } from './Highlighted';
import { TagChips } from './TagChips';

/** Props of PaperRow. */
export interface PaperRowProps {
  row: LibraryRow;
  index: number;
  /** Offset from the top of the list, in pixels. */
  top: number;
  terms: readonly string[];
  checked: boolean;
  active: boolean;
  colors: Readonly<Record<string, TagColor>>;
  onToggle(id: string, range: boolean): void;
  onOpen(id: string): void;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** One paper of the library table. Memoised: scrolling re-renders only rows that enter the window. */
export const PaperRow = memo(function PaperRow({ row, index, top, terms, checked, active, colors, onToggle, onOpen }: PaperRowProps) {
  const venue = [row.venue, row.year].filter(Boolean).join(' ');
  return (
    <div
      role="row"
      id={`row-${row.id}`}
      data-testid="library-row"
      aria-rowindex={index + 2}
      aria-selected={checked}
      className={active ? 'paper-row active' : 'paper-row'}
      style={{ transform: `translateY(${top}px)` }}
      onClick={() => onOpen(row.id)}
    >
      <div role="gridcell">
        <input
          type="checkbox"
          tabIndex={-1}
          checked={checked}
          aria-label={`Select ${row.title}`}
          onClick={(e: MouseEvent) => {
            e.stopPropagation();
            onToggle(row.id, e.shiftKey);
          }}
          onChange={() => {}}
        />
      </div>
      <div role="gridcell" title={row.title}>
        <button type="button" tabIndex={-1} className="title-button" data-testid="row-title">
          <Highlighted text={row.title} terms={terms} />
        </button>
      </div>
      <div role="gridcell" className="cell-muted" title={row.authors}>
        <Highlighted text={row.authors} terms={terms} />
      </div>
      <div role="gridcell" className="cell-muted" title={venue}>{venue}</div>
      <div role="gridcell">
        <span className={`status-chip ${row.status}`}>{STATUS_LABELS[row.status]}</span>
      </div>
      <div role="gridcell" data-testid="row-tags">
        <TagChips tags={row.tags} colors={colors} />
      </div>
      <div role="gridcell" className="cell-muted col-added">{dateFormat.format(row.addedAt)}</div>
      <div role="gridcell" className="cell-muted col-read">{row.readAt ? dateFormat.format(row.readAt) : '—'}</div>
      <div role="gridcell" className="cell-muted" aria-label={`${row.highlights} highlights`}>{row.highlights || ''}</div>
    </div>
  );
});
