import { afterEach, describe, expect, it } from 'vitest';
import { marksOf } from '@/lib/anchoring';
import type { Highlight, Selector } from '@/lib/paper';
import { addLineEnds } from '@/lib/reader/page-text';
import { readerHighlights, type PageSource } from '@/lib/reader/reader-highlights';
import { textLayerOf } from './helpers';

const PAGES = [
  [{ str: 'Page one speaks of attention.', hasEOL: true }, { str: 'It ends here.', hasEOL: true }],
  [{ str: 'Page two holds the passage', hasEOL: true }, { str: 'we highlight across a line.', hasEOL: true }, { str: 'And more.', hasEOL: false }],
];

/** Two pages as the viewer draws them; `draw(i)` makes a new text layer (as a zoom does). */
function pages() {
  const layers = new Map<number, HTMLDivElement>();
  const elements = PAGES.map((_, i) => {
    const el = document.createElement('div');
    el.setAttribute('data-page-index', String(i));
    document.body.append(el);
    return el;
  });
  const draw = (i: number) => {
    layers.get(i)?.remove();
    const layer = textLayerOf(PAGES[i]!, elements[i]);
    addLineEnds(layer);
    layers.set(i, layer);
    return layer;
  };
  const scrolled: number[] = [];
  const source: PageSource = {
    textLayer: (i) => layers.get(i) ?? null,
    pageOf: (node) => {
      const el = (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest('[data-page-index]');
      return el ? Number(el.getAttribute('data-page-index')) : null;
    },
    scrollToPage: (i) => scrolled.push(i),
    pageCount: PAGES.length,
  };
  return { source, draw, layers, scrolled, drop: (i: number) => layers.get(i)?.remove() };
}

/** A range from the first occurrence of `from` to the end of `to` in a layer's text nodes. */
function select(layer: HTMLElement, from: string, to: string): Range {
  const texts = [...layer.querySelectorAll('span')].map((s) => s.firstChild as Text);
  const start = texts.find((t) => t.data.includes(from))!;
  const end = texts.find((t) => t.data.includes(to))!;
  const range = document.createRange();
  range.setStart(start, start.data.indexOf(from));
  range.setEnd(end, end.data.indexOf(to) + to.length);
  return range;
}

let n = 0;
const highlight = (selector: Selector[], comment = ''): Highlight => ({
  id: `h${++n}`, paperId: 'p', target: { source: 'https://arxiv.org/pdf/1706.03762', selector }, color: 'yellow', comment, createdAt: n, updatedAt: n,
});
const marked = (id: string) => marksOf(document, id).map((m) => m.textContent).join('');

afterEach(() => document.body.replaceChildren());

describe('readerHighlights', () => {
  it('describes a selection with its page, positions counted in that page', () => {
    const p = pages();
    const layer = p.draw(1);
    const hl = readerHighlights(p.source, () => {});
    const selectors = hl.describe(select(layer, 'the passage', 'across a line'));
    expect(selectors[0]).toEqual({ type: 'PageSelector', index: 1 });
    expect(selectors[1]).toMatchObject({ type: 'TextQuoteSelector', exact: 'the passage we highlight across a line' });
    expect(selectors[2]).toEqual({ type: 'TextPositionSelector', start: 15, end: 53 });
  });

  it('cuts a selection running onto the next page at the end of its first page', () => {
    const p = pages();
    const first = p.draw(0);
    const second = p.draw(1);
    const range = select(first, 'ends', 'ends here.');
    range.setEnd(second.querySelector('span')!.firstChild!, 4);
    const selectors = readerHighlights(p.source, () => {}).describe(range);
    expect(selectors[0]).toEqual({ type: 'PageSelector', index: 0 });
    expect(selectors[1]).toMatchObject({ exact: 'ends here.' });
  });

  it('anchors highlights when their page is drawn, and again after a redraw (zoom)', () => {
    const p = pages();
    const changes: number[] = [];
    const hl = readerHighlights(p.source, () => changes.push(1));
    const h = highlight([{ type: 'PageSelector', index: 1 }, { type: 'TextQuoteSelector', exact: 'the passage we highlight', prefix: 'Page two holds ', suffix: '' }], 'note');
    hl.sync([h]);
    expect(hl.places().get(h.id)).toBe('pending');
    hl.pageDrawn(1, p.draw(1));
    expect(marked(h.id)).toBe('the passage we highlight');
    expect(hl.places().get(h.id)).toBe('found');
    expect(marksOf(document, h.id)[0]!.title).toBe('note');
    // A zoom draws a new text layer: the highlight follows it.
    hl.pageDrawn(1, p.draw(1));
    expect(marksOf(document, h.id).every((m) => p.layers.get(1)!.contains(m))).toBe(true);
    expect(marked(h.id)).toBe('the passage we highlight');
    expect(changes.length).toBeGreaterThan(0);
  });

  it('marks a passage gone from its page as an orphan, and one made on a web page as elsewhere', () => {
    const p = pages();
    const hl = readerHighlights(p.source, () => {});
    const gone = highlight([{ type: 'PageSelector', index: 0 }, { type: 'TextQuoteSelector', exact: 'nothing like this is on the page at all', prefix: '', suffix: '' }]);
    const web = highlight([{ type: 'TextQuoteSelector', exact: 'attention', prefix: '', suffix: '' }]);
    hl.sync([gone, web]);
    hl.pageDrawn(0, p.draw(0));
    expect(hl.places().get(gone.id)).toBe('orphan');
    expect(hl.places().get(web.id)).toBe('elsewhere');
    expect(marked(web.id)).toBe('');
  });

  it('follows the database: recolours, removes, and draws a new one on a drawn page at once', () => {
    const p = pages();
    const anchored: number[] = [];
    const hl = readerHighlights(p.source, () => {}, (page) => anchored.push(page));
    hl.pageDrawn(0, p.draw(0));
    expect(anchored).toEqual([]);
    const h = highlight([{ type: 'PageSelector', index: 0 }, { type: 'TextQuoteSelector', exact: 'attention', prefix: '', suffix: '' }]);
    hl.sync([h]);
    expect(marked(h.id)).toBe('attention');
    // Drawn when the list arrived after the page: announced all the same (the benchmark's mark).
    expect(anchored).toEqual([0]);
    hl.sync([{ ...h, color: 'blue', comment: 'c' }]);
    expect(marksOf(document, h.id)[0]!.getAttribute('data-marginalia-color')).toBe('blue');
    hl.sync([]);
    expect(marked(h.id)).toBe('');
    expect(p.layers.get(0)!.textContent).toContain('Page one speaks of attention.');
  });

  it('scrolls to a highlight on a page not drawn yet, then to the passage once drawn', () => {
    const p = pages();
    const hl = readerHighlights(p.source, () => {});
    const h = highlight([{ type: 'PageSelector', index: 1 }, { type: 'TextQuoteSelector', exact: 'And more.', prefix: '', suffix: '' }]);
    hl.sync([h]);
    expect(hl.scrollTo(h.id)).toBe(true);
    expect(p.scrolled).toEqual([1]);
    hl.pageDrawn(1, p.draw(1));
    expect(marksOf(document, h.id)[0]!.classList.contains('reader-flash')).toBe(true);
  });
});
