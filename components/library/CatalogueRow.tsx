import { useEffect, useRef, useState } from 'react';
import { CATALOGUE_ACCEPT } from '@/lib/catalogue/import/detect';
import { FORMAT_LABELS } from '@/lib/catalogue/import/types';
import type { CatalogueRecord } from '@/lib/db/catalogues';

/** One catalogue as the manager lists it: imported ones carry their record, bundled ones none. */
export interface CatalogueItem {
  id: string;
  name: string;
  count: number;
  enabled: boolean;
  record?: CatalogueRecord;
}

/** Props of CatalogueRow. */
export interface CatalogueRowProps {
  item: CatalogueItem;
  busy: boolean;
  onToggle(enabled: boolean): void;
  onRename(name: string): void;
  onUpdate(file: File): void;
  onDelete(): void;
}

/** A catalogue with its switch, and for imported ones rename, update from a file and delete (confirmed). */
export function CatalogueRow({ item, busy, onToggle, onRename, onUpdate, onDelete }: CatalogueRowProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const file = useRef<HTMLInputElement>(null);
  // The switch flips at once and follows the stored value when it arrives (or comes back
  // to it if the write failed): a controlled box that waits for IndexedDB looks broken.
  const [wanted, setWanted] = useState<boolean | null>(null);
  useEffect(() => setWanted(null), [item.enabled]);
  useEffect(() => {
    if (wanted === null) return;
    const timer = setTimeout(() => setWanted(null), 5_000);
    return () => clearTimeout(timer);
  }, [wanted]);
  const { record } = item;
  const source = record ? `${record.fileName} · ${FORMAT_LABELS[record.format]}` : 'bundled with Marginalia';
  return (
    <li className="catalogue-item" data-testid="catalogue-item">
      <div className="catalogue-item-main">
        {editing !== null ? (
          <form onSubmit={(e) => { e.preventDefault(); onRename(editing); setEditing(null); }}>
            <input aria-label="Catalogue name" value={editing} autoFocus onChange={(e) => setEditing(e.target.value)}
              onKeyDown={(e) => e.key === 'Escape' && setEditing(null)} />
            <button type="submit">Save</button> <button type="button" onClick={() => setEditing(null)}>Cancel</button>
          </form>
        ) : (
          <strong data-testid="catalogue-name">{item.name}</strong>
        )}
        <small className="muted">{item.count.toLocaleString()} papers · {source}</small>
      </div>
      <label className="catalogue-toggle">
        <input type="checkbox" data-testid="catalogue-enabled" checked={wanted ?? item.enabled} disabled={busy}
          onChange={(e) => { setWanted(e.target.checked); onToggle(e.target.checked); }} />
        Use for matching
      </label>
      {record && (
        <div className="catalogue-actions">
          <button type="button" disabled={busy} onClick={() => setEditing(item.name)}>Rename</button>
          <button type="button" disabled={busy} onClick={() => file.current?.click()}>Update from file…</button>
          <input ref={file} type="file" hidden accept={CATALOGUE_ACCEPT} aria-label={`Update ${item.name} from a newer file`}
            onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) onUpdate(f); }} />
          {confirming ? (
            <span role="group" aria-label="Confirm deletion">
              Delete {item.count.toLocaleString()} papers? <button type="button" className="danger" onClick={() => { setConfirming(false); onDelete(); }}>Delete</button>{' '}
              <button type="button" autoFocus onClick={() => setConfirming(false)}>Keep</button>
            </span>
          ) : (
            <button type="button" disabled={busy} onClick={() => setConfirming(true)}>Delete…</button>
          )}
        </div>
      )}
    </li>
  );
}
