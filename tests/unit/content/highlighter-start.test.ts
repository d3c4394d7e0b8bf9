import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startHighlighter } from '@/lib/content/highlighter';
import { UI_GLOBAL } from '@/lib/content/highlighter/load-ui';
import { exposeHighlightUi } from '@/lib/content/highlighter/ui';
import { MARK_ATTRIBUTE } from '@/lib/anchoring/highlight';
import type { Highlight } from '@/lib/paper';

const PAGE = 'https://arxiv.org/html/2411.11927v1';
type HappyWindow = { happyDOM: { setURL(url: string): void } };

const highlight: Highlight = {
  id: 'h1',
  paperId: 'p1',
  target: { source: PAGE, selector: [{ type: 'TextQuoteSelector', exact: 'retrieval heads', prefix: 'We find ', suffix: ' matter' }] },
  color: 'yellow',
  comment: '',
  createdAt: 1,
  updatedAt: 1,
};

// The content script on every paper page carries no anchoring code: it asks the background for
// the page's highlights and loads the anchoring script (injected by the background) only if there are any.
describe('startHighlighter', () => {
  let ctx: ContentScriptContext;
  let asked: string[];
  let stored: Highlight[];

  beforeEach(() => {
    fakeBrowser.reset();
    (window as unknown as HappyWindow).happyDOM.setURL(PAGE);
    document.body.innerHTML = '<p>We find retrieval heads matter for long context.</p>';
    delete (globalThis as Record<string, unknown>)[UI_GLOBAL];
    asked = [];
    stored = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { type: string }) => {
      asked.push(message.type);
      // The background's injection of entrypoints/highlight-ui.ts, as the real one does.
      if (message.type === 'loadHighlightUi') exposeHighlightUi();
      return { ok: true, value: message.type === 'getHighlights' ? { page: 'paper', highlights: stored } : null };
    }) as never);
    ctx = new ContentScriptContext('test');
  });

  afterEach(() => {
    ctx.abort();
    vi.restoreAllMocks();
  });

  it('does not load the anchoring code on a page without highlights', async () => {
    startHighlighter(ctx);
    await vi.waitFor(() => expect(asked).toContain('getHighlights'));
    await new Promise((r) => setTimeout(r, 20));
    expect(asked).not.toContain('loadHighlightUi');
    expect(globalThis).not.toHaveProperty(UI_GLOBAL);
  });

  it('loads it and draws the marks when the page has highlights', async () => {
    stored = [highlight];
    startHighlighter(ctx);
    await vi.waitFor(() => expect(document.querySelector(`mark[${MARK_ATTRIBUTE}="h1"]`)?.textContent).toBe('retrieval heads'));
    expect(asked.filter((t) => t === 'loadHighlightUi')).toHaveLength(1);
    await vi.waitFor(() => expect(asked).toContain('anchorStatus'));
  });
});
