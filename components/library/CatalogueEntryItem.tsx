import type { CatalogueEntry } from '@/lib/paper';

/** Props of CatalogueEntryItem. */
export interface CatalogueEntryItemProps {
  entry: CatalogueEntry;
  /** The paper of your list this entry is, if any. */
  paperId?: string;
  onOpen(paperId: string): void;
  onAdd(entry: CatalogueEntry): void;
}

/** One catalogue entry: title, first authors and year, and either "In your list" (opens it) or "Add to my list". */
export function CatalogueEntryItem({ entry, paperId, onOpen, onAdd }: CatalogueEntryItemProps) {
  return (
    <li data-testid="catalogue-entry">
      <div>
        <div>{entry.title}</div>
        <small className="muted">{[entry.authors?.slice(0, 3).join(', '), entry.year].filter(Boolean).join(' · ')}</small>
      </div>
      {paperId ? (
        <button type="button" className="link in-list" data-testid="catalogue-in-list" onClick={() => onOpen(paperId)}>✓ In your list</button>
      ) : (
        <button type="button" data-testid="catalogue-add" onClick={() => onAdd(entry)}>Add to my list</button>
      )}
    </li>
  );
}
