/**
 * The highlights drawn in the reader: the same PageHighlights contract the page highlighter
 * uses (so that its toolbar controller drives both), over many pages drawn and dropped as
 * the user scrolls. Each highlight lives on the page its PageSelector names; when that page
 * is drawn (again, after a zoom too) its highlights are anchored in the page's text layer,
 * by position then quote (lib/anchoring).
 */
import { describe as describeRange, locate } from '../anchoring/anchor';
import { highlightSpans, removeHighlight, styleMark, type Placement } from '../anchoring/highlight';
import { TextIndex } from '../anchoring/text-index';
import type { PageHighlights } from '../content/highlighter/page-highlights';
import type { Highlight, Selector } from '../paper';
import { onPage, pageIndexOf } from './page-text';

/** Where a highlight stands in the reader. */
export type ReaderPlace = 'pending' | 'found' | 'orphan' | 'elsewhere';

interface Entry {
  highlight: Highlight;
  page: number | null;
  marks: HTMLElement[];
  place: ReaderPlace;
}

/** What the highlights need of the viewer. */
export interface PageSource {
  /** The text layer of a drawn page, or null. */
  textLayer(index: number): HTMLElement | null;
  /** The page an element is on, or null. */
  pageOf(node: Node): number | null;
  scrollToPage(index: number): void;
  pageCount: number;
}

/** The reader's highlights: PageHighlights plus what the viewer and the side panel need. */
export interface ReaderHighlights extends PageHighlights {
  /** Follows the database: adds, recolours and removes to match `list` (idempotent). */
  sync(list: readonly Highlight[]): void;
  /** A page was drawn: anchor its highlights in the new text layer. */
  pageDrawn(index: number, layer: HTMLElement): void;
  /** A page's drawing was dropped: its highlights wait for the next one. */
  pageDropped(index: number): void;
  /** Where each highlight stands. */
  places(): ReadonlyMap<string, ReaderPlace>;
}

const sameLook = (a: Highlight, b: Highlight) => a.color === b.color && a.comment === b.comment;

/**
 * Starts the reader's highlights; `onChange` hears whenever any highlight's place changes,
 * `onAnchored` whenever highlights were drawn on a page (however they got there).
 */
export function readerHighlights(pages: PageSource, onChange: () => void, onAnchored?: (page: number) => void): ReaderHighlights {
  const entries = new Map<string, Entry>();
  let scrollWhenDrawn: string | null = null;

  const entryOf = (highlight: Highlight): Entry => {
    const page = pageIndexOf(highlight.target.selector);
    return { highlight, page, marks: [], place: page === null ? 'elsewhere' : 'pending' };
  };

  /** Anchors the given entries on one drawn page, all in one pass. */
  const anchorOn = (index: number, layer: HTMLElement, list: Entry[]): void => {
    if (list.length === 0) return;
    const text = new TextIndex(layer);
    const batch: Placement[] = [];
    for (const entry of list) {
      const span = locate(text, entry.highlight.target.selector);
      const { id, color, comment } = entry.highlight;
      if (span) batch.push({ ...span, id, color, title: comment });
      else entry.place = 'orphan';
    }
    for (const [id, marks] of highlightSpans(text, batch)) {
      const entry = entries.get(id);
      if (entry) Object.assign(entry, { marks, place: 'found' });
    }
    if (batch.length) onAnchored?.(index);
    if (scrollWhenDrawn && entries.get(scrollWhenDrawn)?.page === index) {
      const id = scrollWhenDrawn;
      scrollWhenDrawn = null;
      api.scrollTo(id);
    }
  };

  const unmark = (entry: Entry) => {
    const layer = entry.page === null ? null : pages.textLayer(entry.page);
    if (layer) removeHighlight(layer, entry.highlight.id);
    entry.marks = [];
  };

  const place = (entry: Entry) => {
    const layer = entry.page === null ? null : pages.textLayer(entry.page);
    if (layer) anchorOn(entry.page!, layer, [entry]);
  };

  const api: ReaderHighlights = {
    describe(range) {
      const index = pages.pageOf(range.startContainer);
      const layer = index === null ? null : pages.textLayer(index);
      if (index === null || !layer || !layer.contains(range.startContainer)) return [];
      // A selection running onto the next page is cut at the end of its first page.
      const clipped = range.cloneRange();
      if (!layer.contains(range.endContainer)) clipped.setEnd(layer, layer.childNodes.length);
      return onPage(index, describeRange(new TextIndex(layer), clipped));
    },
    set(list) {
      for (const entry of entries.values()) unmark(entry);
      entries.clear();
      api.sync(list);
    },
    sync(list) {
      let changed = false;
      const keep = new Set(list.map((h) => h.id));
      for (const [id, entry] of entries) {
        if (!keep.has(id)) {
          unmark(entry);
          entries.delete(id);
          changed = true;
        }
      }
      for (const highlight of list) {
        const entry = entries.get(highlight.id);
        if (!entry) {
          const fresh = entryOf(highlight);
          entries.set(highlight.id, fresh);
          place(fresh);
          changed = true;
        } else if (!sameLook(entry.highlight, highlight)) api.update(highlight);
        else entry.highlight = highlight;
      }
      if (changed) onChange();
    },
    add(highlight) {
      if (entries.has(highlight.id)) return api.update(highlight);
      const entry = entryOf(highlight);
      entries.set(highlight.id, entry);
      place(entry);
      onChange();
    },
    update(highlight) {
      const entry = entries.get(highlight.id);
      if (!entry) return;
      entry.highlight = highlight;
      for (const mark of entry.marks) styleMark(mark, highlight.color, highlight.comment);
    },
    remove(id) {
      const entry = entries.get(id);
      if (!entry) return;
      unmark(entry);
      entries.delete(id);
      onChange();
    },
    get(id) {
      const entry = entries.get(id);
      return entry && { highlight: entry.highlight, marks: entry.marks };
    },
    scrollTo(id) {
      const entry = entries.get(id);
      if (!entry || entry.page === null) return false;
      const marks = entry.marks.filter((m) => m.isConnected);
      if (!marks.length) {
        if (entry.place === 'orphan' && pages.textLayer(entry.page)) return false;
        // Not drawn yet: go to its page, and to the passage once the page is drawn.
        scrollWhenDrawn = id;
        pages.scrollToPage(entry.page);
        return true;
      }
      marks[0]!.scrollIntoView({ block: 'center' });
      for (const m of marks) m.classList.add('reader-flash');
      setTimeout(() => marks.forEach((m) => m.classList.remove('reader-flash')), 1500);
      return true;
    },
    stop() {
      entries.clear();
    },
    pageDrawn(index, layer) {
      const list = [...entries.values()].filter((e) => e.page === index);
      for (const e of list) Object.assign(e, { marks: [], place: 'pending' });
      anchorOn(index, layer, list);
      if (list.length) onChange();
    },
    pageDropped(index) {
      for (const entry of entries.values()) if (entry.page === index) entry.marks = [];
    },
    places() {
      return new Map([...entries].map(([id, e]) => [id, e.place]));
    },
  };
  return api;
}

/** The selectors of a PDF highlight's target, for tests and the side panel: its page, 1-based. */
export function pageLabel(selectors: readonly Selector[]): string | null {
  const page = pageIndexOf(selectors);
  return page === null ? null : `Page ${page + 1}`;
}
