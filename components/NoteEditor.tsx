import { useEffect, useRef, useState } from 'react';

/** Props of NoteEditor. */
export interface NoteEditorProps {
  /** The saved note (from the database). */
  value: string;
  onSave(note: string): Promise<void>;
  /** Delay after the last keystroke before saving. */
  delayMs?: number;
}

type SaveState = 'saved' | 'editing' | 'saving' | 'error';
const SAVE_LABEL: Record<SaveState, string> = { saved: 'Saved', editing: 'Editing…', saving: 'Saving…', error: 'Not saved' };

/** A Markdown note that saves as you type (debounced), and at once when the popup closes. */
export function NoteEditor({ value, onSave, delayMs = 400 }: NoteEditorProps) {
  const [draft, setDraft] = useState(value);
  const [state, setState] = useState<SaveState>('saved');
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  // A change from elsewhere (another window) is taken only while nothing is being typed here.
  useEffect(() => {
    if (pending.current === null) setDraft(value);
  }, [value]);

  const flush = () => {
    clearTimeout(timer.current);
    const note = pending.current;
    if (note === null) return;
    setState('saving');
    onSave(note).then(
      () => {
        if (pending.current === note) pending.current = null;
        setState(pending.current === null ? 'saved' : 'editing');
      },
      () => setState('error'),
    );
  };
  const flushRef = useRef(flush);
  flushRef.current = flush;

  useEffect(() => {
    // The popup can close at any keystroke: save what is pending when the page goes away.
    const onHide = () => flushRef.current();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      flushRef.current();
    };
  }, []);

  return (
    <label className="field">
      <span>
        Note <small className="muted">(Markdown)</small>{' '}
        <small className="muted save-state" data-testid="note-state" aria-live="polite">{SAVE_LABEL[state]}</small>
      </span>
      <textarea
        data-testid="note"
        rows={5}
        value={draft}
        placeholder="Your thoughts on this paper…"
        onChange={(e) => {
          setDraft(e.target.value);
          pending.current = e.target.value;
          setState('editing');
          clearTimeout(timer.current);
          timer.current = setTimeout(flush, delayMs);
        }}
        onBlur={flush}
      />
    </label>
  );
}
