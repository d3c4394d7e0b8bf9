import { useState } from 'react';
import { useMarkdown } from '@/lib/ui/use-markdown';
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
  const html = useMarkdown(note, !editing);
  return (
    <section aria-label="Note" className="field">
      <div>
        <button type="button" className="link" aria-pressed={editing} onClick={() => setEditing(!editing)}>
          {editing ? 'Show preview' : 'Edit note'}
        </button>
      </div>
      {editing ? (
        <NoteEditor value={note} onSave={onSave} />
      ) : note && html === null ? (
        // The renderer is still loading: the note as plain text for the moment.
        <div className="note-preview note-plain" data-testid="note-preview">{note}</div>
      ) : note ? (
        <div className="note-preview" data-testid="note-preview" dangerouslySetInnerHTML={{ __html: html ?? '' }} />
      ) : (
        <p className="muted">No note yet.</p>
      )}
    </section>
  );
}
