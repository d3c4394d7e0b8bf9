import { useDeferredValue } from 'react';
import type { Highlight } from '@/lib/paper';
import { quoteOf } from '@/lib/search/rows';
import { passageUrl } from '@/lib/ui/text-fragment';
import { Highlighted } from './Highlighted';

// A first screenful is drawn with the pane; a paper with hundreds of highlights gets the rest
// in a deferred render right after, so opening it is not held up by the end of its list.
const FIRST_SCREEN = 30;

/** A paper's highlights with their comments, each linking back to its passage. */
export function HighlightList({ highlights, terms }: { highlights: readonly Highlight[]; terms: readonly string[] }) {
  const shown = useDeferredValue(highlights, highlights.length > FIRST_SCREEN ? highlights.slice(0, FIRST_SCREEN) : highlights);
  if (highlights.length === 0) return <p className="muted">No highlights yet. Select text on the paper's page to highlight it.</p>;
  return (
    <ol className="highlight-list">
      {shown.map((h) => (
        <li key={h.id} data-testid="detail-highlight">
          <blockquote className={`c-${h.color}`}>
            <Highlighted text={quoteOf(h)} terms={terms} />
          </blockquote>
          {h.comment && (
            <p className="comment">
              <Highlighted text={h.comment} terms={terms} />
            </p>
          )}
          <a href={passageUrl(h)} target="_blank" rel="noopener noreferrer" className="muted">
            Show in the page ↗
          </a>
        </li>
      ))}
    </ol>
  );
}
