import { HIGHLIGHT_CSS } from '@/lib/anchoring/highlight';
import type { AnchorStatus } from '@/lib/highlight-messages';
import type { Highlight } from '@/lib/paper';
import { inReadingOrder } from '@/lib/reading-order';
import './HighlightList.css';

/** Props of HighlightList. */
export interface HighlightListProps {
  /** The paper's highlights; undefined while loading. */
  highlights: Highlight[] | undefined;
  /** What the page reported (which highlights it shows); null when unknown. */
  status: AnchorStatus | null;
  /** Scrolls the page to a highlight. */
  onShow(id: string): void;
}

const quoteOf = (h: Highlight) => h.target.selector.find((s) => s.type === 'TextQuoteSelector')?.exact ?? '';
const isWebAddress = (url: string) => /^https?:\/\//i.test(url);

/** A paper's highlights in reading order; ones the page could not find are kept and marked. */
export function HighlightList({ highlights, status, onShow }: HighlightListProps) {
  if (!highlights) return null;
  return (
    <section className="card highlights" aria-label="Highlights">
      <h2 className="eyebrow">Highlights{highlights.length ? ` (${highlights.length})` : ''}</h2>
      {highlights.length === 0 ? (
        <p className="muted empty-note">No highlights yet. Select text on the page to highlight it.</p>
      ) : (
        <ol className="highlight-list">
          {inReadingOrder(highlights).map((h) => {
            const orphan = status?.orphans.includes(h.id) ?? false;
            const elsewhere = status?.elsewhere.includes(h.id) ?? false;
            const swatch = { '--swatch': HIGHLIGHT_CSS[h.color] } as React.CSSProperties;
            const quote = <q className="highlight-quote">{quoteOf(h)}</q>;
            return (
              <li key={h.id} data-testid="highlight-item" data-color={h.color} style={swatch}>
                <div data-testid={orphan ? 'highlight-orphan' : undefined} className={orphan ? 'orphan' : undefined}>
                  {orphan || elsewhere ? quote : (
                    <button type="button" className="highlight-show" title="Show on the page" onClick={() => onShow(h.id)}>
                      {quote}
                    </button>
                  )}
                  {h.comment && <p className="highlight-comment">{h.comment}</p>}
                  {orphan && <p className="highlight-state">Not found on this page</p>}
                  {elsewhere && (
                    <p className="highlight-state">
                      Made on {isWebAddress(h.target.source) ? <a href={h.target.source} target="_blank" rel="noreferrer">another page</a> : 'another page'} of this paper
                    </p>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
