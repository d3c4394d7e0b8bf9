/**
 * One page of the reader: a placeholder of the page's size until it is drawn, then a canvas
 * with pdf.js's text layer on top (selectable, transparent text where the glyphs are). A new
 * drawing is made off-screen and swapped in, so zooming never flashes a blank page.
 */
import { TextLayer, type PDFPageProxy, type RenderTask } from 'pdfjs-dist';
import type { TextContent } from 'pdfjs-dist/types/src/display/api';
import { addLineEnds } from './page-text';

/** A page's size in PDF points (at scale 1). */
export interface PageSize {
  width: number;
  height: number;
}

/** The attribute carrying a page element's 0-based index. */
export const PAGE_ATTRIBUTE = 'data-page-index';

/** Canvas pixels per CSS pixel: sharp on high-density screens, bounded for memory. */
const pixelRatio = () => Math.min(globalThis.devicePixelRatio || 1, 2);

/** One page's element and drawing. */
export class PageView {
  readonly element: HTMLDivElement;
  size: PageSize;
  /** The scale the current drawing was made at (0: none). */
  drawnScale = 0;
  private canvas: HTMLCanvasElement | null = null;
  private layer: HTMLDivElement | null = null;
  private task: RenderTask | null = null;
  private text: TextLayer | null = null;
  private generation = 0;

  constructor(readonly index: number, size: PageSize, scale: number) {
    this.size = size;
    this.element = document.createElement('div');
    this.element.className = 'reader-page';
    this.element.setAttribute(PAGE_ATTRIBUTE, String(index));
    this.element.setAttribute('role', 'region');
    this.element.setAttribute('aria-label', `Page ${index + 1}`);
    this.resize(scale);
  }

  /** Sizes the page for a scale (CSS variables are those pdf.js's text layer reads). */
  resize(scale: number, size = this.size): void {
    this.size = size;
    const s = this.element.style;
    s.width = `${Math.floor(size.width * scale)}px`;
    s.height = `${Math.floor(size.height * scale)}px`;
    s.setProperty('--total-scale-factor', String(scale));
    s.setProperty('--scale-factor', String(scale));
  }

  /** The text layer, when the page is drawn. */
  get textLayer(): HTMLDivElement | null {
    return this.layer;
  }

  /**
   * Draws the page at `scale`: canvas and text layer, both replacing the old ones when done.
   * Resolves with the new text layer, or null when a newer draw or a reset overtook this one.
   */
  async draw(page: PDFPageProxy, text: TextContent, scale: number): Promise<HTMLDivElement | null> {
    const generation = ++this.generation;
    this.cancelTasks();
    const viewport = page.getViewport({ scale });
    const ratio = pixelRatio();
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    canvas.setAttribute('aria-hidden', 'true');
    const layer = document.createElement('div');
    layer.className = 'textLayer';
    const task = page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
    const textLayer = new TextLayer({ textContentSource: text, container: layer, viewport });
    this.task = task;
    this.text = textLayer;
    try {
      await Promise.all([task.promise, textLayer.render()]);
    } catch (error) {
      if (generation !== this.generation) return null;
      throw error;
    }
    if (generation !== this.generation) return null;
    this.task = null;
    this.text = null;
    addLineEnds(layer);
    const end = document.createElement('div');
    end.className = 'endOfContent';
    layer.append(end);
    this.swap(canvas, layer);
    this.drawnScale = scale;
    return layer;
  }

  /** Drops the drawing (the page left the screen): frees the canvas memory at once. */
  reset(): void {
    this.generation++;
    this.cancelTasks();
    this.swap(null, null);
    this.drawnScale = 0;
  }

  private cancelTasks(): void {
    this.task?.cancel();
    this.text?.cancel();
    this.task = null;
    this.text = null;
  }

  private swap(canvas: HTMLCanvasElement | null, layer: HTMLDivElement | null): void {
    if (this.canvas) {
      // A detached canvas keeps its pixels until collected; zero size frees them now.
      this.canvas.width = 0;
      this.canvas.height = 0;
      this.canvas.remove();
    }
    this.layer?.remove();
    this.canvas = canvas;
    this.layer = layer;
    if (canvas) this.element.append(canvas);
    if (layer) this.element.append(layer);
    this.element.toggleAttribute('data-drawn', !!canvas);
  }
}
