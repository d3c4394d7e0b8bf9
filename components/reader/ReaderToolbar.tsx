import { useState } from 'react';
import { nextPageTheme, type PageTheme } from '@/lib/reader/reader-ui';
import { originalUrl } from '@/lib/reader/reader-url';
import { ZOOM_STEPS, zoomLabel, type Zoom } from '@/lib/reader/zoom';

/** Props of ReaderToolbar. */
export interface ReaderToolbarProps {
  url: string;
  page: number;
  pageCount: number;
  scale: number;
  zoom: Zoom;
  pageTheme: PageTheme;
  panelOpen: boolean;
  onPage(page: number): void;
  /** Goes a page forward (1) or back (-1) from the one shown. */
  onStep(delta: 1 | -1): void;
  onZoom(zoom: Zoom): void;
  onZoomBy(direction: 1 | -1): void;
  onFind(): void;
  onPageTheme(theme: PageTheme): void;
  onTogglePanel(): void;
}

const THEME_LABELS: Record<PageTheme, string> = { auto: 'Pages: system', dark: 'Pages: dark', light: 'Pages: light' };

/** The reader's controls: panel, page number, zoom, find, page colours, the original PDF. */
export function ReaderToolbar(props: ReaderToolbarProps) {
  const { page, pageCount, scale, zoom } = props;
  // `typed` is null unless the user is typing a page number: the field then shows the current page.
  const [typed, setTyped] = useState<string | null>(null);
  const go = () => {
    const n = Number(typed);
    if (typed !== null && Number.isInteger(n) && n >= 1 && n <= pageCount) props.onPage(n - 1);
    setTyped(null);
  };
  const zoomValue = zoom.mode === 'fit-width' ? 'fit-width' : String(zoom.scale);
  return (
    <div className="reader-toolbar" role="toolbar" aria-label="Reader">
      <button type="button" aria-pressed={props.panelOpen} onClick={props.onTogglePanel} title="Highlights and outline">
        ☰<span className="visually-hidden"> Side panel</span>
      </button>
      <span className="reader-group">
        <button type="button" onClick={() => props.onStep(-1)} disabled={page <= 0} aria-label="Previous page" title="Previous page (k)">‹</button>
        <label className="reader-page-number">
          <span className="visually-hidden">Page</span>
          <input
            data-testid="reader-page-input"
            inputMode="numeric"
            value={typed ?? String(page + 1)}
            size={3}
            onChange={(e) => setTyped(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && go()}
            // Leaving an untouched field must not scroll back to the top of the page it shows.
            onBlur={go}
          />
        </label>
        <span className="muted" data-testid="reader-page-count">of {pageCount}</span>
        <button type="button" onClick={() => props.onStep(1)} disabled={page >= pageCount - 1} aria-label="Next page" title="Next page (j)">›</button>
      </span>
      <span className="reader-group">
        <button type="button" onClick={() => props.onZoomBy(-1)} aria-label="Zoom out" title="Zoom out (-)">−</button>
        <select
          aria-label="Zoom"
          data-testid="reader-zoom"
          value={zoomValue}
          onChange={(e) => props.onZoom(e.target.value === 'fit-width' ? { mode: 'fit-width' } : { mode: 'scale', scale: Number(e.target.value) })}
        >
          <option value="fit-width">Fit width ({zoomLabel(scale)})</option>
          {zoom.mode === 'scale' && !ZOOM_STEPS.includes(zoom.scale as (typeof ZOOM_STEPS)[number]) && (
            <option value={String(zoom.scale)}>{zoomLabel(zoom.scale)}</option>
          )}
          {ZOOM_STEPS.map((s) => (
            <option key={s} value={String(s)}>{zoomLabel(s)}</option>
          ))}
        </select>
        <button type="button" onClick={() => props.onZoomBy(1)} aria-label="Zoom in" title="Zoom in (+)">+</button>
      </span>
      <button type="button" onClick={props.onFind} title="Find in document (Ctrl+F)">Find</button>
      <button type="button" onClick={() => props.onPageTheme(nextPageTheme(props.pageTheme))} data-testid="reader-page-theme">
        {THEME_LABELS[props.pageTheme]}
      </button>
      <a className="reader-original" href={originalUrl(props.url)} data-testid="open-original" title="Open this PDF in the browser's own viewer">
        Open original
      </a>
    </div>
  );
}
