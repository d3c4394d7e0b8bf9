import type { Highlight } from '@/lib/paper';
import { quoteOf } from '@/lib/search/rows';
import { passageUrl } from '@/lib/ui/text-fragment';
import { Highlighted } from './Highlighted';

/** A paper's highlights with their comments, each linking back to its passage. */
export function HighlightList({ highlights, terms }: { highlights: readonly Highlight[]; terms: readonly string[] }) {
  if (highlights.length === 0) return <p className="muted">No highlights yet. Select text on the paper's page to highlight it.</p>;
  return (
    <ol className="highlight-list">
      {highlights.map((h) => (
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
