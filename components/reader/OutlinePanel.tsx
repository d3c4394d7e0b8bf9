import type { OutlineEntry } from '@/lib/reader/outline';

/** Props of OutlinePanel. */
export interface OutlinePanelProps {
  /** The outline; undefined while it is read. */
  outline: OutlineEntry[] | undefined;
  onGo(page: number, top: number | null): void;
}

function Entries({ entries, onGo }: { entries: OutlineEntry[]; onGo: OutlinePanelProps['onGo'] }) {
  return (
    <ul className="reader-outline">
      {entries.map((entry, i) => (
        <li key={i}>
          {entry.page === null ? (
            <span className="muted">{entry.title}</span>
          ) : (
            <button type="button" className="reader-outline-item" onClick={() => onGo(entry.page!, entry.top)}>
              {entry.title}
            </button>
          )}
          {entry.items.length > 0 && <Entries entries={entry.items} onGo={onGo} />}
        </li>
      ))}
    </ul>
  );
}

/** The document's outline (bookmarks); each entry jumps to its page. */
export function OutlinePanel({ outline, onGo }: OutlinePanelProps) {
  if (!outline) return <p className="muted" role="status">Reading the outline…</p>;
  if (outline.length === 0) return <p className="muted empty-note">This PDF has no outline.</p>;
  return (
    <nav aria-label="Outline" data-testid="reader-outline">
      <Entries entries={outline} onGo={onGo} />
    </nav>
  );
}
