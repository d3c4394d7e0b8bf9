import { useMemo, useState } from 'react';
import { renderMarkdown } from '@/lib/ui/markdown';
import { NoteEditor } from '../NoteEditor';

/** Props of NoteSection. */
export interface NoteSectionProps {
  note: string;
  onSave(note: string): Promise<void>;
}

/** A paper's Markdown note: a sanitised preview, and the editor (which saves as you type). */
export function NoteSection({ note, onSave }: NoteSectionProps) {
  const [editing, setEditing] = useState(note === '');
  // Sanitised HTML of the user's own note (lib/ui/markdown.ts); page text never comes here.
  const html = useMemo(() => (editing ? '' : renderMarkdown(note)), [editing, note]);
  return (
    <section aria-label="Note" className="field">
      <div>
        <button type="button" className="link" aria-pressed={editing} onClick={() => setEditing(!editing)}>
          {editing ? 'Show preview' : 'Edit note'}
        </button>
      </div>
      {editing ? (
        <NoteEditor value={note} onSave={onSave} />
      ) : note ? (
        <div className="note-preview" data-testid="note-preview" dangerouslySetInnerHTML={{ __html: html }} />
      ) : (
        <p className="muted">No note yet.</p>
      )}
    </section>
  );
}
