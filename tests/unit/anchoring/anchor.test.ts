import { describe as group, expect, it } from 'vitest';
import { anchor, describe, locate, TextIndex } from '@/lib/anchoring';
import type { Selector, TextPositionSelector, TextQuoteSelector } from '@/lib/paper';
import { FLAME, page, selectAcross, selectInText, squash } from './helpers';

// The passage of the FLAME page the edited fixtures change around and inside.
const PASSAGE = 'so they truncate long captions and generalise poorly to languages they rarely saw';

function describeOn(path: string, phrase: string): Selector[] {
  const doc = page(path);
  return describe(doc.body, selectInText(doc, phrase));
}

const quoteOf = (s: Selector[]) => s.find((x): x is TextQuoteSelector => x.type === 'TextQuoteSelector')!;
const positionOf = (s: Selector[]) => s.find((x): x is TextPositionSelector => x.type === 'TextPositionSelector')!;

group('describe', () => {
  it('gives a quote with 32 characters of context and a position over the body text', () => {
    const doc = page(FLAME);
    const selectors = describe(doc.body, selectInText(doc, PASSAGE));
    const quote = quoteOf(selectors);
    expect(quote.exact).toBe(PASSAGE);
    expect(quote.prefix).toBe('rom scratch on short alt-texts, ');
    // The suffix runs on into the next paragraph, through the markup's line breaks.
    expect(quote.suffix).toMatch(/^\.\s+We ask whether a frozen/);
    expect(quote.suffix).toHaveLength(32);
    const { start, end } = positionOf(selectors);
    expect(new TextIndex(doc.body).text.slice(start, end)).toBe(PASSAGE);
  });

  it('leaves out white space at the edges and returns nothing for an empty selection', () => {
    const doc = page(FLAME);
    const range = selectInText(doc, ` ${PASSAGE}.`);
    expect(quoteOf(describe(doc.body, range)).exact).toBe(`${PASSAGE}.`);
    range.collapse(true);
    expect(describe(doc.body, range)).toEqual([]);
  });

  it('works for boundaries in elements, across paragraphs', () => {
    const doc = page(FLAME);
    const first = doc.getElementById('S1.p1.1')!;
    const second = doc.getElementById('S1.p2.1')!;
    const range = doc.createRange();
    range.setStart(first, 0);
    range.setEnd(second, 1);
    const exact = quoteOf(describe(doc.body, range)).exact;
    expect(exact.startsWith('Contrastive language-image')).toBe(true);
    expect(exact.endsWith('languages they rarely saw.')).toBe(true);
  });

  it('ignores script, style and TeX annotation text', () => {
    const doc = page('anchoring/flame-inline-elements.html');
    const text = new TextIndex(doc.body).text;
    expect(text).toContain('under a loss ℒcap, or changes');
    expect(text).not.toContain('mathcal');
  });
});

group('anchor on the same page', () => {
  it('finds the passage again', () => {
    const selectors = describeOn(FLAME, PASSAGE);
    const range = anchor(page(FLAME).body, selectors);
    expect(range?.toString()).toBe(PASSAGE);
  });

  it('uses the stored position when the text there still matches', () => {
    const doc = page(FLAME);
    const index = new TextIndex(doc.body);
    const selectors = describe(index, selectInText(doc, 'the text encoder'));
    expect(locate(index, selectors)).toEqual({ start: positionOf(selectors).start, end: positionOf(selectors).end });
  });

  it('tells repeated phrases apart by their context and position', () => {
    const doc = page(FLAME);
    const index = new TextIndex(doc.body);
    // "text encoder" occurs several times; the third one is chosen by its context.
    const at = [...index.text.matchAll(/text encoder/g)].map((m) => m.index!);
    expect(at.length).toBeGreaterThan(2);
    const target = at[2]!;
    const quote: TextQuoteSelector = {
      type: 'TextQuoteSelector',
      exact: 'text encoder',
      prefix: index.text.slice(target - 32, target),
      suffix: index.text.slice(target + 12, target + 44),
    };
    // Position stale (points at the first occurrence's neighbourhood): context still wins.
    const stale: TextPositionSelector = { type: 'TextPositionSelector', start: at[0]! + 3, end: at[0]! + 15 };
    expect(locate(index, [quote, stale])?.start).toBe(target);
    // Without context, the occurrence nearest the stored position wins.
    expect(locate(index, [{ ...quote, prefix: '', suffix: '' }, { ...stale, start: at[1]! + 2, end: at[1]! + 14 }])?.start).toBe(at[1]);
  });
});

group('anchor on edited versions of the page', () => {
  const selectors = describeOn(FLAME, PASSAGE);

  it('text inserted before: found by its quote', () => {
    const doc = page('anchoring/flame-inserted-before.html');
    const index = new TextIndex(doc.body);
    expect(index.text.slice(positionOf(selectors).start, positionOf(selectors).end)).not.toBe(PASSAGE);
    expect(anchor(index, selectors)?.toString()).toBe(PASSAGE);
  });

  it('text inserted inside: found approximately, with the inserted word', () => {
    const range = anchor(page('anchoring/flame-inserted-inside.html').body, selectors);
    expect(range?.toString()).toBe('so they truncate long captions and generalise rather poorly to languages they rarely saw');
  });

  it('text inserted after: found where it was', () => {
    const range = anchor(page('anchoring/flame-inserted-after.html').body, selectors);
    expect(range?.toString()).toBe(PASSAGE);
  });

  it('passage deleted: not found', () => {
    expect(anchor(page('anchoring/flame-deleted.html').body, selectors)).toBeNull();
  });

  it('a short passage deleted is not matched to some other text', () => {
    const short = describeOn(FLAME, 'rarely saw');
    expect(anchor(page('anchoring/flame-deleted.html').body, short)).toBeNull();
  });
});

group('passages crossing element boundaries', () => {
  const INLINE = 'anchoring/flame-inline-elements.html';

  it('a citation, a formula and a link in one passage', () => {
    const doc = page(INLINE);
    const range = selectAcross(doc, 'caption augmentation', 'architecture of the');
    const selectors = describe(doc.body, range);
    expect(quoteOf(selectors).exact).toBe(
      'caption augmentation (Fan et al., 2023), re-captioning with multimodal models under a loss ℒcap, or changes to the architecture of the',
    );
    const again = anchor(page(INLINE).body, selectors);
    expect(squash(again!.toString()).replace('\\mathcal{L}_{\\text{cap}}', '')).toBe(quoteOf(selectors).exact);
  });

  it('a passage starting inside a citation link and ending inside another link', () => {
    const doc = page(INLINE);
    const selectors = describe(doc.body, selectAcross(doc, 'Fan et al.', 'architecture of the'));
    expect(quoteOf(selectors).exact.startsWith('Fan et al., 2023)')).toBe(true);
    expect(anchor(page(INLINE).body, selectors)).not.toBeNull();
  });

  it('a passage made on the plain page is found on the page with inline elements', () => {
    const selectors = describeOn(FLAME, 'or changes to the architecture of the text tower.');
    const range = anchor(page(INLINE).body, selectors);
    expect(range?.toString()).toBe('or changes to the architecture of the text tower.');
    expect(range?.startContainer).not.toBe(range?.endContainer);
  });
});
