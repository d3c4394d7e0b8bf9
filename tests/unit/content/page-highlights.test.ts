import { afterEach, describe, expect, it, vi } from 'vitest';
import { describe as describeRange, marksOf } from '@/lib/anchoring';
import { pageHighlights, type AnchorReport } from '@/lib/content/highlighter/page-highlights';
import type { Highlight, Selector } from '@/lib/paper';
import { FLAME, page, selectInText } from '../anchoring/helpers';

const URL_HERE = 'https://arxiv.org/html/2411.11927v1';
let n = 0;
function highlightOf(selector: Selector[], source = URL_HERE, comment = ''): Highlight {
  return { id: `h${++n}`, paperId: 'p', target: { source, selector }, color: 'yellow', comment, createdAt: n, updatedAt: n };
}
const settle = () => new Promise((r) => setTimeout(r, 450));
const marksText = (id: string) => marksOf(document, id).map((m) => m.textContent).join('');

let stop: (() => void) | undefined;
afterEach(() => stop?.());

function start() {
  const reports: AnchorReport[] = [];
  const ph = pageHighlights(document.body, () => `${URL_HERE}#S1`, (r) => reports.push(r));
  stop = ph.stop;
  return { ph, reports };
}

describe('pageHighlights', () => {
  it('draws found highlights and reports the missing ones as orphans or elsewhere', async () => {
    const doc = page(FLAME);
    const found = highlightOf(describeRange(doc.body, selectInText(doc, 'truncate long captions')), URL_HERE, 'why?');
    const gone = highlightOf([{ type: 'TextQuoteSelector', exact: 'a passage that is not on this page at all', prefix: '', suffix: '' }]);
    const pdf = highlightOf([{ type: 'TextQuoteSelector', exact: 'a passage only in the PDF of this paper', prefix: '', suffix: '' }], 'https://arxiv.org/pdf/2411.11927v2');
    const { ph, reports } = start();
    ph.set([found, gone, pdf]);
    // Anchoring runs in 30 ms slices: on a slow machine the report may come a task later.
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ found: [found.id], orphans: [gone.id], elsewhere: [pdf.id] }), { timeout: 5_000 });
    expect(marksText(found.id)).toBe('truncate long captions');
    expect(marksOf(document, found.id)[0]!.title).toBe('why?');
    expect(reports.at(-1)).toEqual({ found: [found.id], orphans: [gone.id], elsewhere: [pdf.id] });
  });

  it('anchors a highlight whose passage arrives late (lazy section), once the page settles', async () => {
    page(FLAME);
    const late = highlightOf([{ type: 'TextQuoteSelector', exact: 'An appendix that loads after the page', prefix: '', suffix: '' }]);
    const { ph, reports } = start();
    ph.set([late]);
    await vi.waitFor(() => expect(reports.at(-1)?.orphans).toEqual([late.id]));
    const section = document.createElement('section');
    section.innerHTML = '<p>An appendix that loads after the page, as some sites do.</p>';
    document.querySelector('article')!.append(section);
    await settle();
    expect(marksText(late.id)).toBe('An appendix that loads after the page');
    expect(reports.at(-1)).toEqual({ found: [late.id], orphans: [], elsewhere: [] });
  });

  it('draws a highlight again when the page re-renders its paragraph', async () => {
    const doc = page(FLAME);
    const h = highlightOf(describeRange(doc.body, selectInText(doc, 'frozen large language model')));
    const { ph } = start();
    ph.set([h]);
    await vi.waitFor(() => expect(marksOf(document, h.id)).toHaveLength(1));
    const p = marksOf(document, h.id)[0]!.closest('p')!;
    p.innerHTML = p.textContent!; // what a framework re-render does: new nodes, same text
    expect(marksOf(document, h.id)).toHaveLength(0);
    await settle();
    expect(marksText(h.id)).toBe('frozen large language model');
  });

  it('updates colour and comment in place, removes cleanly, and keeps page changes of ours quiet', async () => {
    const doc = page(FLAME);
    const h = highlightOf(describeRange(doc.body, selectInText(doc, 'Multifaceted prompt distillation')));
    const { ph, reports } = start();
    ph.set([h]);
    await vi.waitFor(() => expect(marksOf(document, h.id)).toHaveLength(1));
    ph.update({ ...h, color: 'purple', comment: 'nice' });
    const [mark] = marksOf(document, h.id);
    expect(mark!.getAttribute('data-marginalia-color')).toBe('purple');
    expect(mark!.title).toBe('nice');
    ph.remove(h.id);
    expect(marksOf(document, h.id)).toHaveLength(0);
    expect(reports.at(-1)).toEqual({ found: [], orphans: [], elsewhere: [] });
    const count = reports.length;
    await settle();
    expect(reports).toHaveLength(count); // our own marks coming and going are no page change
  });

  it('set() keeps what is unchanged, removes what is gone, applies what changed', async () => {
    const doc = page(FLAME);
    const a = highlightOf(describeRange(doc.body, selectInText(doc, 'joint embedding space')));
    const b = highlightOf(describeRange(doc.body, selectInText(doc, 'short alt-texts')));
    const { ph, reports } = start();
    ph.set([a, b]);
    // Two highlights may take two slices too.
    await vi.waitFor(() => expect(reports.at(-1)?.found).toHaveLength(2), { timeout: 5_000 });
    const markA = marksOf(document, a.id)[0];
    ph.set([{ ...a, comment: 'changed', updatedAt: 99 }]); // b removed from the list elsewhere
    expect(marksOf(document, a.id)[0]).toBe(markA); // not redrawn
    expect(markA!.title).toBe('changed');
    expect(marksOf(document, b.id)).toHaveLength(0);
    expect(reports.at(-1)).toEqual({ found: [a.id], orphans: [], elsewhere: [] });
    ph.set([]);
    expect(document.querySelector('mark')).toBeNull();
  });

  it('scrolls to a highlight it shows, and says no for one it does not', async () => {
    const doc = page(FLAME);
    const h = highlightOf(describeRange(doc.body, selectInText(doc, 'linearly')));
    const { ph } = start();
    ph.set([h]);
    await vi.waitFor(() => expect(marksOf(document, h.id)).toHaveLength(1));
    const scroll = vi.fn();
    marksOf(document, h.id)[0]!.scrollIntoView = scroll;
    expect(ph.scrollTo(h.id)).toBe(true);
    expect(scroll).toHaveBeenCalled();
    expect(ph.scrollTo('nope')).toBe(false);
  });

  it('does not read the page when it has no highlights to anchor (most pages)', async () => {
    const doc = page(FLAME);
    const reads = vi.spyOn(Node.prototype, 'firstChild', 'get');
    const sheets = doc.adoptedStyleSheets.length;
    const { ph, reports } = start();
    ph.set([]);
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ found: [], orphans: [], elsewhere: [] }));
    expect(reads).not.toHaveBeenCalled();
    expect(doc.adoptedStyleSheets.length).toBe(sheets);
    reads.mockRestore();
  });
});
