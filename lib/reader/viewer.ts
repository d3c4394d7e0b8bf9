/**
 * The reader's document view: every page as a placeholder sized from its viewport, drawn
 * only while it is on screen or next to a page that is (IntersectionObserver), one page at
 * a time, nearest first; pages far away are dropped again, so that a 500-page PDF costs
 * what three pages cost. The window scrolls (the selection toolbar is placed in page
 * coordinates). Plain DOM; the React page mounts it and listens.
 */
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import type { TextContent } from 'pdfjs-dist/types/src/display/api';
import { pageText } from './page-text';
import { PageView, PAGE_ATTRIBUTE, type PageSize } from './page-view';

/** What the viewer tells its host. */
export interface ViewerEvents {
  /** A page was drawn (again): its text layer is new, highlights and find marks go on it. */
  pageDrawn(index: number, textLayer: HTMLDivElement): void;
  /** A page's drawing was dropped. */
  pageDropped(index: number): void;
  /** The page in the middle of the window changed. */
  currentPage(index: number): void;
  /** Drawing a page failed (a damaged page): the rest of the document stays usable. */
  pageFailed(index: number, error: unknown): void;
}

/** Pages drawn around the visible ones (the brief: visible ± 1). */
const AROUND = 1;
/** Drawings kept beyond that before they are dropped (scrolling back and forth stays smooth). */
const KEEP = 2;

/** The document view. */
export class PdfViewer {
  readonly pages: PageView[] = [];
  private scale = 1;
  private visible = new Set<number>();
  private current = 0;
  private drawing = false;
  private texts = new Map<number, Promise<TextContent>>();
  private observer: IntersectionObserver;
  private destroyed = false;
  private frame = 0;
  private waiters = new Map<number, Array<(layer: HTMLDivElement) => void>>();

  /** `top()` is the height of the header above the pages, which scrolling leaves room for. */
  constructor(
    private readonly container: HTMLElement,
    readonly doc: PDFDocumentProxy,
    private readonly events: ViewerEvents,
    private readonly top: () => number = () => 0,
  ) {
    this.observer = new IntersectionObserver((entries) => this.onIntersect(entries), { rootMargin: '0px' });
    addEventListener('scroll', this.onScroll, { passive: true });
  }

  /** Creates the placeholders (every page sized like the first until its own size is known). */
  async init(scale: number, firstSize: PageSize): Promise<void> {
    this.scale = scale;
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < this.doc.numPages; i++) {
      const view = new PageView(i, firstSize, scale);
      this.pages.push(view);
      fragment.append(view.element);
    }
    this.container.replaceChildren(fragment);
    for (const view of this.pages) this.observer.observe(view.element);
  }

  /** Reads every page's true size, a few at a time, after the first drawing (mixed-size PDFs). */
  async measurePages(): Promise<void> {
    for (let i = 1; i < this.pages.length && !this.destroyed; i++) {
      const page = await this.doc.getPage(i + 1);
      const { width, height } = page.getViewport({ scale: 1 });
      const view = this.pages[i]!;
      if (width !== view.size.width || height !== view.size.height) this.keepPosition(() => view.resize(this.scale, { width, height }));
    }
  }

  get pageCount(): number {
    return this.pages.length;
  }

  get currentPage(): number {
    return this.current;
  }

  get currentScale(): number {
    return this.scale;
  }

  /** Sets the zoom: pages are resized at once (the reading position kept) and redrawn as they show. */
  setScale(scale: number): void {
    if (Math.abs(scale - this.scale) < 1e-4) return;
    this.scale = scale;
    this.keepPosition(() => this.pages.forEach((p) => p.resize(scale)));
    this.schedule();
  }

  /** Scrolls to a page; `top` is a height in PDF points from the page's top edge. */
  scrollToPage(index: number, top = 0): void {
    const view = this.pages[Math.max(0, Math.min(index, this.pages.length - 1))];
    if (!view) return;
    const y = view.element.getBoundingClientRect().top + scrollY - this.top() - 8 + top * this.scale;
    scrollTo({ top: Math.max(0, y) });
    // At once, not on the next frame: a key held down steps from where the last press went.
    this.updateCurrent();
  }

  /** Goes `delta` pages from the current one (keys and buttons). */
  step(delta: number): void {
    this.updateCurrent();
    this.scrollToPage(this.current + delta);
  }

  /** The pdf.js text content of a page (cached: drawing, search and anchoring share it). */
  textContent(index: number): Promise<TextContent> {
    let text = this.texts.get(index);
    if (!text) {
      text = this.page(index).then((p) => p.getTextContent());
      this.texts.set(index, text);
      text.catch(() => this.texts.delete(index));
    }
    return text;
  }

  /** A page's text as highlights and search count it. */
  async textOf(index: number): Promise<string> {
    return pageText((await this.textContent(index)).items.filter((i) => 'str' in i));
  }

  /** The text layer of a drawn page at the current scale, or null. */
  textLayer(index: number): HTMLDivElement | null {
    const view = this.pages[index];
    return view && view.drawnScale === this.scale ? view.textLayer : null;
  }

  /** Resolves with a page's text layer once it is drawn at the current scale (scroll there first). */
  whenDrawn(index: number): Promise<HTMLDivElement> {
    const ready = this.textLayer(index);
    if (ready) return Promise.resolve(ready);
    return new Promise((resolve) => this.waiters.set(index, [...(this.waiters.get(index) ?? []), resolve]));
  }

  /** The page index an element is in, or null. */
  static pageOf(node: Node | null): number | null {
    const el = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
    const page = el?.closest(`[${PAGE_ATTRIBUTE}]`);
    return page ? Number(page.getAttribute(PAGE_ATTRIBUTE)) : null;
  }

  /** Stops observing and drops every drawing. */
  destroy(): void {
    this.destroyed = true;
    this.observer.disconnect();
    removeEventListener('scroll', this.onScroll);
    cancelAnimationFrame(this.frame);
    this.pages.forEach((p) => p.reset());
  }

  private page(index: number): Promise<PDFPageProxy> {
    return this.doc.getPage(index + 1);
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const index = Number((entry.target as HTMLElement).getAttribute(PAGE_ATTRIBUTE));
      if (entry.isIntersecting) this.visible.add(index);
      else this.visible.delete(index);
    }
    this.schedule();
  }

  private onScroll = (): void => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.updateCurrent());
  };

  /** The page under a line a third down the window, found by binary search over page tops. */
  private updateCurrent(): void {
    const line = this.top() + (innerHeight - this.top()) / 3;
    let lo = 0;
    let hi = this.pages.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.pages[mid]!.element.getBoundingClientRect().top <= line) lo = mid;
      else hi = mid - 1;
    }
    if (lo !== this.current && this.pages.length) {
      this.current = lo;
      this.events.currentPage(lo);
    }
  }

  /** Pages that should be drawn, nearest to the current page first. */
  private wanted(): number[] {
    const want = new Set<number>();
    for (const i of this.visible) for (let d = -AROUND; d <= AROUND; d++) if (this.pages[i + d]) want.add(i + d);
    return [...want].sort((a, b) => Math.abs(a - this.current) - Math.abs(b - this.current) || a - b);
  }

  /** Draws what is wanted, one page at a time, and drops drawings far from the screen. */
  private schedule(): void {
    if (this.destroyed) return;
    this.updateCurrent();
    const wanted = this.wanted();
    if (wanted.length) {
      const lo = Math.min(...wanted) - KEEP;
      const hi = Math.max(...wanted) + KEEP;
      for (const view of this.pages) {
        if (view.drawnScale && (view.index < lo || view.index > hi)) {
          view.reset();
          this.events.pageDropped(view.index);
          // pdf.js keeps a drawn page's operator list until told otherwise: a long read would pile them up.
          void this.page(view.index).then((p) => p.cleanup(), () => undefined);
        }
      }
    }
    if (this.drawing) return;
    const next = wanted.find((i) => this.pages[i]!.drawnScale !== this.scale);
    if (next === undefined) return;
    this.drawing = true;
    void this.draw(next).finally(() => {
      this.drawing = false;
      this.schedule();
    });
  }

  private async draw(index: number): Promise<void> {
    const view = this.pages[index]!;
    const scale = this.scale;
    try {
      const [page, text] = await Promise.all([this.page(index), this.textContent(index)]);
      const { width, height } = page.getViewport({ scale: 1 });
      if (width !== view.size.width || height !== view.size.height) this.keepPosition(() => view.resize(scale, { width, height }));
      const layer = await view.draw(page, text, scale);
      if (!layer || this.destroyed) return;
      if (scale !== this.scale) return; // Zoomed meanwhile: drawn again at the new scale next.
      this.events.pageDrawn(index, layer);
      this.waiters.get(index)?.forEach((resolve) => resolve(layer));
      this.waiters.delete(index);
    } catch (error) {
      if (!this.destroyed) this.events.pageFailed(index, error);
      view.drawnScale = this.scale; // Not retried in a loop; a zoom tries again.
    }
  }

  /** Runs a resize keeping the page under the window's top where it was. */
  private keepPosition(resize: () => void): void {
    const view = this.pages[this.current];
    if (!view) return resize();
    const before = view.element.getBoundingClientRect();
    const fraction = before.height ? (this.top() - before.top) / before.height : 0;
    resize();
    const after = view.element.getBoundingClientRect();
    scrollTo({ top: Math.max(0, after.top + scrollY - this.top() + fraction * after.height) });
  }
}
