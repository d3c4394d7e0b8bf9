import type { RemovedPaper } from '@/lib/db/library';
import type { LibraryEntry } from '@/lib/paper';
import type { LibraryActions } from '@/lib/ui/library-actions';
import { CopyButtons } from './CopyButtons';
import { NoteEditor } from './NoteEditor';
import { StatusPicker } from './StatusPicker';
import { TagEditor } from './TagEditor';

/** Props of LibraryPanel. */
export interface LibraryPanelProps {
  entry: LibraryEntry;
  suggestions: string[];
  actions: LibraryActions;
  onError(message: string | null): void;
  onRemoved(removed: RemovedPaper): void;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** A paper that is in the list: status, tags, note, and removal (with undo shown by the parent). */
export function LibraryPanel({ entry, suggestions, actions, onError, onRemoved }: LibraryPanelProps) {
  const run = (work: Promise<unknown>) => work.then(() => onError(null), (e: Error) => onError(e.message));
  return (
    <section className="card library" aria-label="In your list">
      <p className="eyebrow" data-testid="in-library">
        ✓ In your list <span className="muted">since {dateFormat.format(entry.addedAt)}</span>
      </p>
      <StatusPicker value={entry.status} onChange={(status) => run(actions.setStatus(entry.id, status))} />
      <TagEditor tags={entry.tags} suggestions={suggestions} onChange={(tags) => run(actions.setTags(entry.id, tags))} />
      <NoteEditor key={entry.id} value={entry.note} onSave={(note) => actions.setNote(entry.id, note).catch((e: Error) => {
        onError(e.message);
        throw e;
      })} />
      <CopyButtons entry={entry} onError={onError} />
      <button
        type="button"
        className="danger link"
        data-testid="remove-from-list"
        onClick={() => run(actions.remove(entry.id).then((removed) => removed && onRemoved(removed)))}
      >
        Remove from my list
      </button>
    </section>
  );
}
