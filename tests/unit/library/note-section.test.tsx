import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { NoteSection } from '@/components/library/NoteSection';

afterEach(cleanup);

describe('NoteSection before its Markdown renderer has loaded', () => {
  it('shows a note with HTML in it as text, never as elements', async () => {
    const note = '# Key idea\n<img src=x onerror="window.pwned=1"> **only** this';
    render(<NoteSection note={note} onSave={async () => undefined} />);
    // The renderer is loaded apart (lib/ui/use-markdown.ts): the first render is plain text.
    const preview = screen.getByTestId('note-preview');
    expect(preview.querySelector('img')).toBeNull();
    expect(preview.textContent).toBe(note);
    // Then the sanitised preview takes its place (what DOMPurify keeps is checked in Chromium, e2e).
    await waitFor(() => expect(screen.getByTestId('note-preview')).not.toHaveClass('note-plain'));
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });
});
