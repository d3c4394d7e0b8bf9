import { HIGHLIGHT_CSS } from '@/lib/anchoring/highlight';
import type { Highlight } from '@/lib/paper';
import { pageIndexOf } from '@/lib/reader/page-text';
import type { ReaderPlace } from '@/lib/reader/reader-highlights';
import { inReadingOrder } from '@/lib/reading-order';
import '../HighlightList.css';

/** Props of ReaderHighlightList. */
export interface ReaderHighlightListProps {
  /** The paper's highlights; undefined while loading. */
  highlights: Highlight[] | undefined;
  places: ReadonlyMap<string, ReaderPlace>;
  onShow(id: string): void;
}

const quoteOf = (h: Highlight) => h.target.selector.find((s) => s.type === 'TextQuoteSelector')?.exact ?? '';

/** Groups highlights by PDF page (reading order); those made on a web page come last. */
export function byPage(highlights: readonly Highlight[]): Array<{ page: number | null; items: Highlight[] }> {
  const groups = new Map<number | null, Highlight[]>();
  for (const h of inReadingOrder(highlights)) {
    const page = pageIndexOf(h.target.selector);
    groups.set(page, [...(groups.get(page) ?? []), h]);
  }
  return [...groups].map(([page, items]) => ({ page, items })).sort((a, b) => (a.page ?? Infinity) - (b.page ?? Infinity));
}

/** The side panel's list of the paper's highlights, by page; clicking one jumps to it. */
export function ReaderHighlightList({ highlights, places, onShow }: ReaderHighlightListProps) {
  if (!highlights) return <p className="muted" role="status">Reading your highlights…</p>;
  if (highlights.length === 0) {
    return <p className="muted empty-note" data-testid="reader-no-highlights">No highlights yet. Select text on a page to highlight it.</p>;
  }
  return (
    <div className="reader-highlights" aria-label="Highlights">
      {byPage(highlights).map(({ page, items }) => (
        <section key={page ?? 'web'}>
          <h3 className="eyebrow">{page === null ? 'Made on a web page of this paper' : `Page ${page + 1}`}</h3>
          <ol className="highlight-list">
            {items.map((h) => {
              const place = places.get(h.id);
              const swatch = { '--swatch': HIGHLIGHT_CSS[h.color] } as React.CSSProperties;
              const quote = <q className="highlight-quote">{quoteOf(h)}</q>;
              return (
                <li key={h.id} data-testid="reader-highlight" data-place={place} style={swatch} className={place === 'orphan' ? 'orphan' : undefined}>
                  {page === null || place === 'orphan' ? quote : (
                    <button type="button" className="highlight-show" title="Show in the PDF" onClick={() => onShow(h.id)}>
                      {quote}
                    </button>
                  )}
                  {h.comment && <p className="highlight-comment">{h.comment}</p>}
                  {place === 'orphan' && <p className="highlight-state">Not found on this page of the PDF</p>}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
