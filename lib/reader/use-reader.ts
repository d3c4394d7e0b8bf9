/**
 * The reader's document view as React state: mounts the viewer (lazy pages), the highlights
 * (anchored as pages are drawn) and the selection toolbar on a container, and exposes the
 * page, zoom and navigation the toolbar and panels show. Performance marks
 * (`marginalia:reader-first-page`, `marginalia:reader-anchored`) feed the benchmark.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useCallback, useEffect, useRef, useState } from 'react';
import { highlightController } from '../content/highlighter/controller';
import type { MarginaliaDB } from '../db/database';
import type { NewPaper } from '../db/library';
import type { Highlight } from '../paper';
import { send } from '../ui/send';
import { readerChannel } from './channel';
import { readerHighlights, type ReaderHighlights, type ReaderPlace } from './reader-highlights';
import { wireSelection } from './selection';
import { PdfViewer } from './viewer';
import { fitWidthScale, scaleOf, stepZoom, type Zoom } from './zoom';

/** What the reader view needs. */
export interface ReaderOptions {
  db: MarginaliaDB;
  /** The PDF's address without fragment (the highlights' source). */
  source: string;
  /** The paper, once known. */
  paper: NewPaper | null;
  /** The paper's highlights (live from the database). */
  highlights: Highlight[] | undefined;
  /** The page to open at (0-based). */
  initialPage: number;
  /** Height of the header above the pages. */
  headerHeight(): number;
}

/** The reader view's state and commands. */
export interface ReaderModel {
  /** Ref for the element the pages go in. */
  pagesRef: React.RefObject<HTMLDivElement | null>;
  ready: boolean;
  page: number;
  pageCount: number;
  scale: number;
  zoom: Zoom;
  places: ReadonlyMap<string, ReaderPlace>;
  /** A page that could not be drawn, in words. */
  pageError: string | null;
  goTo(page: number, top?: number): void;
  /** Goes a number of pages from the current one. */
  step(delta: number): void;
  setZoom(zoom: Zoom): void;
  zoomBy(direction: 1 | -1): void;
  showHighlight(id: string): void;
  /** The viewer, for find (null until ready). */
  viewer: PdfViewer | null;
  /** Subscribes to pages being drawn; returns the unsubscription. */
  onPageDrawn(listener: (index: number, layer: HTMLDivElement) => void): () => void;
}

const SIDE_MARGIN = 32;

/** Mounts and drives the reader for a loaded document. */
export function useReader(doc: PDFDocumentProxy, options: ReaderOptions): ReaderModel {
  const pagesRef = useRef<HTMLDivElement | null>(null);
  const [viewer, setViewer] = useState<PdfViewer | null>(null);
  const [page, setPage] = useState(options.initialPage);
  const [zoom, setZoom] = useState<Zoom>({ mode: 'fit-width' });
  const [scale, setScale] = useState(1);
  const [places, setPlaces] = useState<ReadonlyMap<string, ReaderPlace>>(new Map());
  const [pageError, setPageError] = useState<string | null>(null);
  const highlights = useRef<ReaderHighlights | null>(null);
  const paper = useRef(options.paper);
  paper.current = options.paper;
  const listeners = useRef(new Set<(index: number, layer: HTMLDivElement) => void>());
  const opts = useRef(options);
  opts.current = options;

  const onPageDrawn = useCallback((listener: (index: number, layer: HTMLDivElement) => void) => {
    listeners.current.add(listener);
    return () => void listeners.current.delete(listener);
  }, []);

  const fitScale = useCallback(() => {
    const width = pagesRef.current?.clientWidth ?? innerWidth;
    return fitWidthScale(viewer?.pages[0]?.size.width ?? 612, width - SIDE_MARGIN);
  }, [viewer]);

  useEffect(() => {
    const container = pagesRef.current;
    if (!container) return;
    let live = true;
    let firstDrawn = false;
    // The highlights ask the viewer for text layers; the viewer tells them when pages are drawn.
    let made: PdfViewer | null = null;
    const marks = readerHighlights(
      {
        textLayer: (i) => made?.textLayer(i) ?? null,
        pageOf: (node) => PdfViewer.pageOf(node),
        scrollToPage: (i) => made?.scrollToPage(i),
        get pageCount() {
          return made?.pageCount ?? 0;
        },
      },
      () => live && setPlaces(marks.places()),
      (index) => performance.mark('marginalia:reader-anchored', { detail: { page: index } }),
    );
    highlights.current = marks;
    const view = new PdfViewer(
      container,
      doc,
      {
        pageDrawn(index, layer) {
          if (!firstDrawn) performance.mark('marginalia:reader-first-page');
          firstDrawn = true;
          marks.pageDrawn(index, layer);
          listeners.current.forEach((l) => l(index, layer));
        },
        pageDropped: (index) => marks.pageDropped(index),
        currentPage: (index) => live && setPage(index),
        pageFailed: (index) => live && setPageError(`Page ${index + 1} could not be drawn; the rest of the PDF is shown.`),
      },
      () => opts.current.headerHeight(),
    );
    made = view;
    const channel = readerChannel({
      db: opts.current.db,
      paper: () => paper.current,
      source: opts.current.source,
      now: Date.now,
      libraryChanged: () => send({ type: 'libraryChanged' }),
    });
    const controller = highlightController({ page: marks, ask: channel, copy: (text) => navigator.clipboard.writeText(text) });
    const unwire = wireSelection(container, controller);
    void (async () => {
      const first = (await doc.getPage(1)).getViewport({ scale: 1 });
      if (!live) return;
      const size = { width: first.width, height: first.height };
      const initial = fitWidthScale(size.width, container.clientWidth - SIDE_MARGIN);
      await view.init(initial, size);
      setScale(initial);
      setViewer(view);
      if (opts.current.initialPage > 0) view.scrollToPage(opts.current.initialPage);
      void view.measurePages().catch(() => undefined);
    })();
    return () => {
      live = false;
      unwire();
      controller.close();
      view.destroy();
      highlights.current = null;
    };
  }, [doc]);

  // The database is the truth: every change to the paper's highlights is followed (not while
  // they are being read, which would take off a highlight just made).
  useEffect(() => {
    if (options.highlights) highlights.current?.sync(options.highlights);
  }, [options.highlights, viewer]);

  useEffect(() => {
    if (!viewer) return;
    const apply = () => {
      const next = scaleOf(zoom, fitScale());
      viewer.setScale(next);
      setScale(next);
    };
    apply();
    if (zoom.mode !== 'fit-width') return;
    addEventListener('resize', apply);
    return () => removeEventListener('resize', apply);
  }, [viewer, zoom, fitScale]);

  return {
    pagesRef,
    ready: !!viewer,
    page,
    pageCount: doc.numPages,
    scale,
    zoom,
    places,
    pageError,
    viewer,
    goTo: (index, top) => viewer?.scrollToPage(index, top),
    step: (delta) => viewer?.step(delta),
    setZoom,
    zoomBy: (direction) => setZoom({ mode: 'scale', scale: stepZoom(scale, direction) }),
    showHighlight: (id) => void highlights.current?.scrollTo(id),
    onPageDrawn,
  };
}
