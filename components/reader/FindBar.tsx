import { useEffect, useRef } from 'react';
import type { FindModel } from '@/lib/reader/use-find';

/** Find in document: the query field, the match count and the way between matches. */
export function FindBar({ find, pageCount }: { find: FindModel; pageCount: number }) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (find.open) input.current?.select();
  }, [find.open, find.focusRequest]);
  if (!find.open) return null;
  const searching = find.query.trim() && find.searched < pageCount;
  const status = !find.query.trim()
    ? ''
    : searching
      ? `Searching… (${find.searched} of ${pageCount} pages)`
      : find.matches.length
        ? `${find.current + 1} of ${find.matches.length}${find.matches.length >= 5000 ? '+' : ''}`
        : 'No matches';
  return (
    <div role="search" className="reader-find-bar" data-testid="reader-find">
      <input
        ref={input}
        type="search"
        aria-label="Find in document"
        placeholder="Find in document"
        value={find.query}
        onChange={(e) => find.setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            find.step(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') find.hide();
        }}
      />
      <button type="button" onClick={() => find.step(-1)} disabled={!find.matches.length} aria-label="Previous match">↑</button>
      <button type="button" onClick={() => find.step(1)} disabled={!find.matches.length} aria-label="Next match">↓</button>
      <span role="status" className="muted" data-testid="reader-find-status">{status}</span>
      <button type="button" onClick={find.hide} aria-label="Close find">×</button>
    </div>
  );
}
