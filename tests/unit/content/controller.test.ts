import { afterEach, describe, expect, it, vi } from 'vitest';
import { marksOf } from '@/lib/anchoring';
import type { ask as realAsk } from '@/lib/content/highlighter/channel';
import { highlightController } from '@/lib/content/highlighter/controller';
import { closeToolbar, currentToolbar } from '@/lib/content/highlighter/overlay';
import { pageHighlights } from '@/lib/content/highlighter/page-highlights';
import type { ContentMessage } from '@/lib/messaging';
import type { Highlight } from '@/lib/paper';
import { FLAME, page, selectInText } from '../anchoring/helpers';

/** A background in memory, answering like lib/background/highlights.ts. */
function fakeBackground() {
  const store = new Map<string, Highlight>();
  let n = 0;
  const calls: ContentMessage[] = [];
  const ask = vi.fn(async (m: ContentMessage) => {
    calls.push(m);
    switch (m.type) {
      case 'createHighlight': {
        const h: Highlight = { id: `h${++n}`, paperId: 'p', target: { source: 'https://arxiv.org/html/x', selector: m.selector as Highlight['target']['selector'] }, color: m.color, comment: m.comment ?? '', createdAt: n, updatedAt: n };
        store.set(h.id, h);
        return { ok: true, value: { highlight: h, addedPaper: n === 1 } };
      }
      case 'updateHighlight': {
        const h = { ...store.get(m.id)!, ...(m.color ? { color: m.color } : {}), ...(m.comment !== undefined ? { comment: m.comment } : {}) };
        store.set(h.id, h);
        return { ok: true, value: h };
      }
      case 'deleteHighlight': {
        const h = store.get(m.id) ?? null;
        store.delete(m.id);
        return { ok: true, value: h };
      }
      case 'restoreHighlight':
        store.set(m.highlight.id, m.highlight as Highlight);
        return { ok: true, value: m.highlight };
      default:
        return { ok: false, error: 'unexpected' };
    }
  }) as unknown as typeof realAsk;
  return { ask, store, calls };
}

const shadow = () => document.querySelector('marginalia-toolbar')!.shadowRoot!;
const $ = <T extends HTMLElement>(id: string) => shadow().querySelector<T>(`[data-testid="${id}"]`)!;
const flush = () => new Promise((r) => setTimeout(r, 0));

let stop: (() => void) | undefined;
afterEach(() => {
  closeToolbar();
  stop?.();
});

function setup() {
  const doc = page(FLAME);
  const ph = pageHighlights(document.body, () => 'https://arxiv.org/html/x', () => undefined);
  stop = ph.stop;
  const bg = fakeBackground();
  const copy = vi.fn(async () => undefined);
  const controller = highlightController({ page: ph, ask: bg.ask, copy });
  return { doc, ph, bg, copy, controller };
}

describe('highlightController', () => {
  it('highlights a selection with the toolbar, then edits its comment', async () => {
    const { doc, bg, controller } = setup();
    expect(controller.offer(selectInText(doc, 'generalise poorly'))).toBe(true);
    $('highlight-color-green').click();
    await flush();
    expect(bg.calls[0]).toMatchObject({ type: 'createHighlight', color: 'green', selector: [{ type: 'TextQuoteSelector', exact: 'generalise poorly' }, { type: 'TextPositionSelector' }] });
    const [h] = bg.store.values();
    expect(marksOf(document, h!.id).map((m) => m.textContent).join('')).toBe('generalise poorly');
    expect(shadow().querySelector('[role="status"]')!.textContent).toMatch(/added to your list/);
    // Now the toolbar edits the new highlight.
    const field = $<HTMLTextAreaElement>('highlight-comment');
    field.value = 'Is this measured?';
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await flush();
    expect(bg.calls[1]).toEqual({ type: 'updateHighlight', id: h!.id, comment: 'Is this measured?' });
    expect(marksOf(document, h!.id)[0]!.title).toBe('Is this measured?');
  });

  it('shows an error from the background and changes nothing on the page', async () => {
    const { doc, bg, controller } = setup();
    vi.mocked(bg.ask).mockResolvedValueOnce({ ok: false, error: 'This paper could not be added.' });
    controller.offer(selectInText(doc, 'generalise poorly'));
    $('highlight-color-yellow').click();
    await flush();
    expect(shadow().querySelector('[role="alert"]')!.textContent).toBe('This paper could not be added.');
    expect(document.querySelector('mark')).toBeNull();
  });

  it('recolours, copies the quote, deletes with undo', async () => {
    const { doc, bg, copy, controller } = setup();
    await controller.quick(selectInText(doc, 'offline embedding strategy'));
    const [h] = bg.store.values();
    expect(h!.color).toBe('yellow'); // the default colour
    expect(shadow().activeElement).toBe($('highlight-comment')); // the keyboard flow asks for a comment next
    $('highlight-color-blue').click();
    await flush();
    expect(marksOf(document, h!.id)[0]!.getAttribute('data-marginalia-color')).toBe('blue');
    $('highlight-copy').click();
    await flush();
    expect(copy).toHaveBeenCalledWith('offline embedding strategy');
    $('highlight-delete').click();
    await flush();
    expect(marksOf(document, h!.id)).toHaveLength(0);
    expect(bg.store.size).toBe(0);
    $('highlight-undo').click();
    await flush();
    expect(bg.store.size).toBe(1);
    expect(marksOf(document, h!.id).map((m) => m.textContent).join('')).toBe('offline embedding strategy');
    expect(currentToolbar()).toBeNull();
  });

  it('opens an existing highlight for editing', async () => {
    const { doc, bg, controller } = setup();
    await controller.quick(selectInText(doc, 'long-form text inputs'));
    controller.close();
    const [h] = bg.store.values();
    controller.edit(h!.id, new DOMRect());
    expect($('highlight-delete').hidden).toBe(false);
    expect($('highlight-color-yellow').getAttribute('aria-pressed')).toBe('true');
  });
});
