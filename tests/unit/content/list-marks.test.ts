import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startListMarks } from '@/lib/content/list-marks';
import { MARK_TAG, renderMark } from '@/lib/content/mark-chip';
import type { ContentMessage, ListLookup } from '@/lib/messaging';
import { readFixture } from '../detect/load-fixture';

const LIST_URL = 'https://arxiv.org/list/cs.LG/recent';
type HappyWindow = { happyDOM: { setURL(url: string): void } };

function chipOf(title: Element): HTMLElement | null {
  return title.querySelector(MARK_TAG)?.shadowRoot?.querySelector<HTMLElement>('[data-testid="list-mark"]') ?? null;
}

describe('renderMark', () => {
  it('puts a chip in an open shadow root after the title, and removes it', () => {
    const title = document.createElement('div');
    title.textContent = 'A title';
    renderMark(title, { inList: true, status: 'reading', catalogueName: 'Trending' });
    const host = title.querySelector(MARK_TAG) as HTMLElement;
    expect(host.shadowRoot?.mode).toBe('open');
    // Out of the flow (its own :host rule, which the page cannot override): the page's layout does not move.
    const sheet = host.shadowRoot?.adoptedStyleSheets[0];
    expect(Array.from(sheet?.cssRules ?? []).map((r) => r.cssText).join(' ')).toMatch(/:host\s*\{[^}]*position: absolute !important/);
    expect(host.getAttribute('style')).toBeNull();
    expect(chipOf(title)?.textContent).toBe('✓ Reading');
    expect(chipOf(title)?.dataset['status']).toBe('reading');
    expect(chipOf(title)?.title).toBe('Marginalia: in your list (Reading), in catalogue “Trending”');
    renderMark(title, { inList: false, catalogueName: 'Trending' });
    expect(title.querySelectorAll(MARK_TAG)).toHaveLength(1);
    expect(chipOf(title)?.textContent).toBe('Trending');
    renderMark(title, { inList: false });
    expect(title.querySelector(MARK_TAG)).toBeNull();
    expect(title.textContent).toBe('A title');
  });

  it('shows catalogue names as text, never as markup', () => {
    const title = document.createElement('div');
    renderMark(title, { inList: false, catalogueName: '<img src=x onerror=alert(1)>' });
    expect(chipOf(title)?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(title.querySelector(MARK_TAG)?.shadowRoot?.querySelector('img')).toBeNull();
  });
});

describe('startListMarks', () => {
  let ctx: ContentScriptContext;
  let asked: ContentMessage[];
  let answers: (items: number) => ListLookup[];

  beforeEach(() => {
    fakeBrowser.reset();
    (window as unknown as HappyWindow).happyDOM.setURL(LIST_URL);
    const saved = new DOMParser().parseFromString(readFixture('pages/arxiv-list-cs.LG-recent.html'), 'text/html');
    document.body.innerHTML = saved.body.innerHTML;
    asked = [];
    answers = (n) => Array.from({ length: n }, (_, i) => (i === 3 ? { inList: true, status: 'to-read' } : { inList: false }));
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: ContentMessage) => {
      asked.push(message);
      return { ok: true, value: message.type === 'lookupPapers' ? answers(message.items.length) : null };
    }) as never);
    ctx = new ContentScriptContext('test');
  });
  afterEach(() => {
    ctx.abort();
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  const titles = () => Array.from(document.querySelectorAll('.list-title'));
  const settle = () => new Promise((r) => setTimeout(r, 20));

  it('asks once for the whole page and marks the saved paper', async () => {
    startListMarks(ctx);
    await settle();
    expect(asked).toHaveLength(1);
    // The page sends each entry's link as written; the background reads the id out of it.
    expect(asked[0]).toMatchObject({ type: 'lookupPapers', items: [{ ids: {}, links: ['/abs/2411.11927'] }, {}, {}, { links: ['/abs/2305.19466'] }] });
    expect(titles().map((t) => chipOf(t)?.textContent ?? null)).toEqual([null, null, null, '✓ To read']);
  });

  it('asks again when the background says the library changed, and only then', async () => {
    startListMarks(ctx);
    await settle();
    answers = (n) => Array.from({ length: n }, () => ({ inList: true, status: 'read' }));
    await fakeBrowser.runtime.onMessage.trigger({ type: 'libraryChanged' }, { id: 'some-other-extension' }, () => undefined);
    await settle();
    expect(asked).toHaveLength(1);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'libraryChanged' }, { id: fakeBrowser.runtime.id }, () => undefined);
    await settle();
    expect(asked).toHaveLength(2);
    expect(titles().map((t) => chipOf(t)?.textContent)).toEqual(['✓ Read', '✓ Read', '✓ Read', '✓ Read']);
  });

  it('does not watch the DOM of a page that is no listing', async () => {
    (window as unknown as HappyWindow).happyDOM.setURL('https://arxiv.org/abs/2411.11927');
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    startListMarks(ctx);
    await settle();
    expect(observe).not.toHaveBeenCalled();
    expect(asked).toHaveLength(0);
  });

  it('asks only about entries that appear later, in one batch', async () => {
    startListMarks(ctx);
    await settle();
    const dl = document.querySelector('dl')!;
    dl.insertAdjacentHTML('beforeend', '<dt><a href="/abs/2404.04125">x</a></dt><dd><div class="list-title">New One</div></dd>');
    await new Promise((r) => setTimeout(r, 400));
    expect(asked).toHaveLength(2);
    expect(asked[1]).toEqual({ type: 'lookupPapers', items: [{ ids: {}, title: 'New One', links: ['/abs/2404.04125'] }] });
  });
});
