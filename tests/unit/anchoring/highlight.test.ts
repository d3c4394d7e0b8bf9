import { describe, expect, it } from 'vitest';
import { anchor, describe as describeRange, highlightRange, highlightSpans, locate, MARK_ATTRIBUTE, marksOf, removeHighlight, TextIndex } from '@/lib/anchoring';
import { FLAME, page, selectAcross, selectInText } from './helpers';

const INLINE = 'anchoring/flame-inline-elements.html';
const marksText = (marks: HTMLElement[]) => marks.map((m) => m.textContent).join('');

describe('highlightRange', () => {
  it('wraps a passage in one mark per text node, without changing the page text', () => {
    const doc = page(FLAME);
    const before = doc.body.textContent;
    const marks = highlightRange(selectInText(doc, 'truncate long captions'), 'h1', 'green', 'my note');
    expect(marks).toHaveLength(1);
    expect(marks[0]!.outerHTML).toMatch(/^<mark data-marginalia-highlight="h1"/);
    expect(marks[0]!.textContent).toBe('truncate long captions');
    expect(marks[0]!.title).toBe('my note');
    expect(marks[0]!.getAttribute('data-marginalia-color')).toBe('green');
    expect(doc.body.textContent).toBe(before);
  });

  it('changes nothing but the background: inline, no padding, margin or border, even against page styles', () => {
    const doc = page(FLAME);
    const pageStyle = doc.createElement('style');
    pageStyle.textContent = 'mark { padding: 4px; margin: 3px; display: block; font-size: 30px; color: red; background: black }';
    doc.body.append(pageStyle);
    const [mark] = highlightRange(selectInText(doc, 'frozen'), 'h1', 'yellow');
    const style = getComputedStyle(mark!);
    expect(style.display).toBe('inline');
    for (const side of ['Top', 'Left'] as const) {
      expect(style[`padding${side}`]).toMatch(/^0(px)?$/);
      expect(style[`margin${side}`]).toMatch(/^0(px)?$/);
    }
    // (Fonts: happy-dom does not expand `font: inherit`; the e2e suite checks them in Chromium.)
    expect(style.backgroundColor).toMatch(/rgba\(255, 213, 0, 0\.42\)/);
    // One shared stylesheet, not a style attribute per mark.
    expect(mark!.getAttribute('style')).toBeNull();
    expect(doc.adoptedStyleSheets).toHaveLength(1);
  });

  it('crosses a citation, a formula and a link; the formula is marked whole', () => {
    const doc = page(INLINE);
    const range = selectAcross(doc, 'caption augmentation', 'architecture of the');
    const marks = highlightRange(range, 'h2', 'blue');
    expect(marks.length).toBeGreaterThan(4);
    const math = doc.querySelector('math')!;
    expect(math.parentElement!.getAttribute(MARK_ATTRIBUTE)).toBe('h2');
    // No HTML element ends up inside MathML, where it would not render.
    expect(math.querySelector('mark')).toBeNull();
    expect(doc.querySelector('cite a mark, a.ltx_href > mark')).not.toBeNull();
  });

  it('leaves white space between blocks alone', () => {
    const doc = page(FLAME);
    const range = selectAcross(doc, 'Contrastive', 'rarely saw');
    const marks = highlightRange(range, 'h3', 'pink');
    expect(marks.every((m) => m.textContent!.trim() !== '')).toBe(true);
    expect(doc.querySelector('section > mark, div.ltx_para > mark')).toBeNull();
  });
});

describe('overlaps and removal', () => {
  it('nests overlapping highlights and removes one without disturbing the other', () => {
    const doc = page(FLAME);
    const paragraph = doc.getElementById('S1.p2.1')!;
    const original = paragraph.innerHTML;
    highlightRange(selectInText(doc, 'small and trained from scratch'), 'a', 'yellow');
    highlightRange(selectInText(doc, 'trained from'), 'b', 'green');
    expect(marksOf(doc, 'b')[0]!.parentElement!.getAttribute(MARK_ATTRIBUTE)).toBe('a');
    removeHighlight(doc, 'a');
    expect(marksOf(doc, 'a')).toHaveLength(0);
    expect(marksText(marksOf(doc, 'b'))).toBe('trained from');
    removeHighlight(doc, 'b');
    expect(paragraph.innerHTML).toBe(original);
    // Text nodes were merged back: one again, as before highlighting.
    expect(paragraph.childNodes).toHaveLength(1);
  });
});

describe('highlightSpans', () => {
  it('draws many highlights in one pass and keeps the index usable', () => {
    const doc = page(FLAME);
    const index = new TextIndex(doc.body);
    const phrases = ['joint embedding space', 'text encoder', 'frozen large language model', 'Facet-decoupled attention', 'linearly'];
    const selectors = phrases.map((p) => describeRange(index, selectInText(doc, p)));
    const spans = selectors.map((s) => locate(index, s)!);
    const text = index.text;
    const marks = highlightSpans(index, spans.map((s, i) => ({ ...s, id: `h${i}`, color: 'yellow' as const })));
    phrases.forEach((p, i) => expect(marksText(marks.get(`h${i}`)!)).toBe(p));
    expect(index.text).toBe(text);
    // Still valid after splitting: ranges come out right without re-reading the page.
    expect(anchor(index, selectors[2]!)?.toString()).toBe(phrases[2]);
    expect(index.nodes.every((n) => doc.body.contains(n))).toBe(true);
  });

  it('describes a selection correctly even when the index is stale after highlighting', () => {
    const doc = page(FLAME);
    const index = new TextIndex(doc.body);
    highlightRange(selectInText(doc, 'alt-texts'), 'x', 'yellow'); // splits nodes behind the index's back
    const selectors = describeRange(index, selectInText(doc, 'truncate'));
    expect(anchor(doc.body, selectors)?.toString()).toBe('truncate');
  });
});
