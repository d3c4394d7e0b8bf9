import { useState } from 'react';
import { READING_STATUSES, STATUS_LABELS, type ReadingStatus } from '@/lib/paper';

/** Props of BulkBar. */
export interface BulkBarProps {
  count: number;
  resultCount: number;
  /** Tags carried by the selected papers, for "remove tag". */
  tags: readonly string[];
  onStatus(status: ReadingStatus): void;
  onAddTag(tag: string): void;
  onRemoveTag(tag: string): void;
  onDelete(): void;
  onSelectAll(): void;
  onClear(): void;
}

/** Actions on the checked papers: status, tags, removal (each undoable), and the selection itself. */
export function BulkBar(props: BulkBarProps) {
  const [tag, setTag] = useState('');
  return (
    <div className="bulk-bar" role="toolbar" aria-label="Selected papers">
      <strong data-testid="selection-count">{props.count} selected</strong>
      {props.count < props.resultCount && (
        <button type="button" className="link" onClick={props.onSelectAll}>Select all {props.resultCount.toLocaleString()} results</button>
      )}
      <button type="button" className="link" onClick={props.onClear}>Clear</button>
      <select aria-label="Set status of selected papers" value="" onChange={(e) => e.target.value && props.onStatus(e.target.value as ReadingStatus)}>
        <option value="">Set status…</option>
        {READING_STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}
      </select>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (tag.trim()) props.onAddTag(tag);
          setTag('');
        }}
      >
        <input aria-label="Tag to add to selected papers" placeholder="Add tag…" value={tag} maxLength={64} onChange={(e) => setTag(e.target.value)} />
        <button type="submit">Tag</button>
      </form>
      {props.tags.length > 0 && (
        <select aria-label="Remove a tag from selected papers" value="" onChange={(e) => e.target.value && props.onRemoveTag(e.target.value)}>
          <option value="">Remove tag…</option>
          {props.tags.map((t) => <option key={t} value={t}>{t}</option>)}
        </select>
      )}
      <button type="button" className="danger" onClick={props.onDelete}>Remove from list</button>
    </div>
  );
}
