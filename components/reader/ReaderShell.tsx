import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';
import type { MarginaliaDB } from '@/lib/db/database';
import type { Highlight } from '@/lib/paper';
import { resolveOutline, type OutlineEntry } from '@/lib/reader/outline';
import { useReaderUi } from '@/lib/reader/reader-ui';
import type { PaperIdentity } from '@/lib/reader/use-paper-identity';
import { useFind } from '@/lib/reader/use-find';
import { useReader } from '@/lib/reader/use-reader';
import { useReaderKeys } from '@/lib/reader/use-reader-keys';
import { FindBar } from './FindBar';
import { OutlinePanel } from './OutlinePanel';
import { PaperLine } from './PaperLine';
import { ReaderHighlightList } from './ReaderHighlightList';
import { ReaderToolbar } from './ReaderToolbar';

/** Props of ReaderShell. */
export interface ReaderShellProps {
  db: MarginaliaDB;
  doc: PDFDocumentProxy;
  /** The PDF's address without fragment. */
  url: string;
  identity: PaperIdentity;
  highlights: Highlight[] | undefined;
  initialPage: number;
}

/** The reader around a loaded PDF: header, side panel (highlights, outline) and the pages. */
export function ReaderShell({ db, doc, url, identity, highlights, initialPage }: ReaderShellProps) {
  const ui = useReaderUi();
  const header = useRef<HTMLElement>(null);
  const reader = useReader(doc, {
    db,
    source: url,
    paper: identity.resolved?.paper ?? null,
    highlights,
    initialPage,
    headerHeight: () => header.current?.offsetHeight ?? 0,
  });
  const find = useFind(reader);
  useReaderKeys(reader, find);
  const [outline, setOutline] = useState<OutlineEntry[] | undefined>();
  useEffect(() => {
    let live = true;
    void resolveOutline(doc).then((o) => live && setOutline(o));
    return () => {
      live = false;
    };
  }, [doc]);

  // The side panel sits under the header, whose height changes with the find bar and the window.
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = header.current;
    if (!el) return;
    const observer = new ResizeObserver(() => root.current?.style.setProperty('--header-h', `${el.offsetHeight}px`));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const goToOutline = (page: number, top: number | null) => {
    const height = reader.viewer?.pages[page]?.size.height ?? 0;
    reader.goTo(page, top === null ? 0 : Math.max(0, height - top));
  };

  return (
    <div className="reader" data-page-theme={ui.pageTheme} ref={root}>
      <header className="reader-header" ref={header}>
        <PaperLine identity={identity} />
        <ReaderToolbar
          url={url}
          page={reader.page}
          pageCount={reader.pageCount}
          scale={reader.scale}
          zoom={reader.zoom}
          pageTheme={ui.pageTheme}
          panelOpen={ui.panelOpen}
          onPage={(p) => reader.goTo(p)}
          onStep={reader.step}
          onZoom={reader.setZoom}
          onZoomBy={reader.zoomBy}
          onFind={find.show}
          onPageTheme={ui.setPageTheme}
          onTogglePanel={ui.togglePanel}
        />
        <FindBar find={find} pageCount={reader.pageCount} />
        {reader.pageError && <p role="alert" className="error">{reader.pageError}</p>}
      </header>
      <div className="reader-body">
        {ui.panelOpen && (
          <aside className="reader-side" aria-label="Highlights and outline">
            <div className="reader-tabs" role="tablist">
              {(['highlights', 'outline'] as const).map((tab) => (
                <button key={tab} type="button" role="tab" aria-selected={ui.panel === tab} onClick={() => ui.setPanel(tab)}>
                  {tab === 'highlights' ? `Highlights${highlights?.length ? ` (${highlights.length})` : ''}` : 'Outline'}
                </button>
              ))}
            </div>
            {ui.panel === 'highlights' ? (
              <ReaderHighlightList highlights={highlights} places={reader.places} onShow={reader.showHighlight} />
            ) : (
              <OutlinePanel outline={outline} onGo={goToOutline} />
            )}
          </aside>
        )}
        <main className="reader-main">
          {!reader.ready && <p className="muted center" role="status">Preparing pages…</p>}
          <div className="reader-pages" ref={reader.pagesRef} data-testid="reader-pages" />
        </main>
      </div>
    </div>
  );
}
