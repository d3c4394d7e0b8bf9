/**
 * The highlights drawn in one page: anchors them (in slices, so that a long page never
 * freezes), keeps their marks, and re-anchors what is missing when the page changes late
 * (lazy sections, single-page sites), debounced and bounded. No extension API: the caller
 * sends the reports. Loaded with the highlight UI (./ui.ts) on pages that have highlights
 * or where the user selects text. (Closures rather than a class: local names minify.)
 */
import { describe, locate } from '../../anchoring/anchor';
import { highlightSpans, removeHighlight, styleMark, type Placement } from '../../anchoring/highlight';
import { TextIndex } from '../../anchoring/text-index';
import type { Highlight, Selector } from '../../paper';
import { samePage } from './same-page';

/** Where each highlight stands on this page (sent to the background for the popup). */
export interface AnchorReport {
  found: string[];
  orphans: string[];
  elsewhere: string[];
}

type State = 'pending' | 'found' | 'orphan' | 'elsewhere';
interface Entry {
  highlight: Highlight;
  marks: HTMLElement[];
  state: State;
}

/** Anchoring work per slice before yielding to the page (ms). */
const SLICE_MS = 30;
/** Quiet time after the page's last change before looking again (ms). */
const SETTLE_MS = 300;

/** One page's highlights and their marks. */
export interface PageHighlights {
  /** The selectors of a selection in this page. */
  describe(range: Range): Selector[];
  /** Makes the page show exactly these highlights (a visit, a new page on a single-page site, the list changed); unchanged ones stay as drawn. */
  set(highlights: readonly Highlight[]): void;
  /** Adds one highlight (just made, or restored) and draws it at once. */
  add(highlight: Highlight): void;
  /** Applies a changed colour or comment to the marks. */
  update(highlight: Highlight): void;
  /** Takes a highlight off the page. */
  remove(id: string): void;
  /** A highlight and its marks, if on this page. */
  get(id: string): { highlight: Highlight; marks: HTMLElement[] } | undefined;
  /** Scrolls a highlight into view and outlines it briefly; false if it is not on the page. */
  scrollTo(id: string): boolean;
  /** Stops watching the page (content script invalidated). */
  stop(): void;
}

/** Starts managing highlights under `root`; `onReport` hears where each stands whenever that changes. */
export function pageHighlights(root: HTMLElement, pageUrl: () => string, onReport: (report: AnchorReport) => void): PageHighlights {
  let entries = new Map<string, Entry>();
  let index: TextIndex | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastReport = '';
  // Page text when orphans were last searched for: unchanged text cannot hold them now.
  let searchedText = '';

  const text = () => {
    // Records still queued are the page's (ours are taken at once): the index may be stale.
    if (observer.takeRecords().length) pageChanged();
    return (index ??= new TextIndex(root));
  };
  function pageChanged() {
    index = null;
    clearTimeout(timer);
    timer = setTimeout(recheck, SETTLE_MS);
  }
  const observer = new MutationObserver(pageChanged);
  observer.observe(root, { childList: true, subtree: true, characterData: true });

  /** Runs our own DOM changes so that they are not taken for the page's. */
  const quietly = (change: () => void) => {
    if (observer.takeRecords().length) pageChanged();
    try {
      change();
    } finally {
      observer.takeRecords();
    }
  };

  const report = () => {
    const out: AnchorReport = { found: [], orphans: [], elsewhere: [] };
    for (const [id, { state }] of entries) {
      if (state === 'found') out.found.push(id);
      else if (state === 'orphan') out.orphans.push(id);
      else if (state === 'elsewhere') out.elsewhere.push(id);
    }
    const key = JSON.stringify(out);
    if (key !== lastReport) onReport(out);
    lastReport = key;
  };

  const hasPending = () => {
    for (const entry of entries.values()) if (entry.state === 'pending') return true;
    return false;
  };

  /** Anchors pending highlights, a slice at a time, then reports. */
  const anchorPending = () => {
    // Most pages have no highlights: reading the whole page's text for nothing cost 10-20 ms
    // of main-thread time on a 200-entry listing (and the garbage to collect after it).
    if (!hasPending()) return report();
    const started = performance.now();
    const idx = text();
    const batch: Placement[] = [];
    let more = false;
    let done = 0;
    for (const entry of entries.values()) {
      if (entry.state !== 'pending') continue;
      // Every slice makes progress, however slow reading the page was.
      if (done++ && performance.now() - started > SLICE_MS) {
        more = true;
        break;
      }
      const { id, target, color, comment } = entry.highlight;
      const span = locate(idx, target.selector);
      if (span) batch.push({ ...span, id, color, title: comment });
      else entry.state = samePage(target.source, pageUrl()) ? 'orphan' : 'elsewhere';
    }
    quietly(() => {
      for (const [id, marks] of highlightSpans(idx, batch)) entries.set(id, { ...entries.get(id)!, marks, state: 'found' });
    });
    searchedText = idx.text;
    if (more) setTimeout(anchorPending, 0);
    else report();
  };

  /** After the page changed: lost marks and (if the text is new) missing highlights are anchored again. */
  function recheck() {
    const missing = [...entries.values()].some((e) => e.state === 'orphan' || e.state === 'elsewhere');
    const textChanged = missing && text().text !== searchedText;
    let work = false;
    for (const entry of entries.values()) {
      const lost = entry.state === 'found' && !entry.marks.some((m) => m.isConnected);
      if (lost || (textChanged && (entry.state === 'orphan' || entry.state === 'elsewhere'))) {
        if (lost) quietly(() => removeHighlight(root, entry.highlight.id));
        entry.state = 'pending';
        entry.marks = [];
        work = true;
      }
    }
    if (work) {
      index = null;
      anchorPending();
    }
  }

  const update = (highlight: Highlight) => {
    const entry = entries.get(highlight.id);
    if (!entry) return;
    entry.highlight = highlight;
    for (const mark of entry.marks) styleMark(mark, highlight.color, highlight.comment);
  };

  return {
    describe: (range) => describe(text(), range),
    set(highlights) {
      const next = new Map(highlights.map((h) => [h.id, h]));
      const gone = [...entries.keys()].filter((id) => !next.has(id));
      if (gone.length) {
        quietly(() => gone.forEach((id) => removeHighlight(root, id)));
        index = null;
      }
      const previous = entries;
      entries = new Map();
      for (const h of highlights) {
        const entry = previous.get(h.id);
        entries.set(h.id, entry ?? { highlight: h, marks: [], state: 'pending' });
        if (entry && entry.highlight.updatedAt !== h.updatedAt) update(h);
      }
      anchorPending();
    },
    add(highlight) {
      entries.set(highlight.id, { highlight, marks: [], state: 'pending' });
      anchorPending();
    },
    update,
    remove(id) {
      quietly(() => removeHighlight(root, id));
      index = null; // Unwrapping merged text nodes.
      entries.delete(id);
      report();
    },
    get: (id) => entries.get(id),
    scrollTo(id) {
      const marks = entries.get(id)?.marks.filter((m) => m.isConnected) ?? [];
      if (!marks.length) return false;
      marks[0]!.scrollIntoView({ block: 'center', behavior: 'smooth' });
      // An outline takes no room, so the page does not move under it.
      for (const m of marks) m.style.setProperty('outline', '2px solid #0969da', 'important');
      setTimeout(() => marks.forEach((m) => m.style.removeProperty('outline')), 1500);
      return true;
    },
    stop() {
      observer.disconnect();
      clearTimeout(timer);
    },
  };
}
