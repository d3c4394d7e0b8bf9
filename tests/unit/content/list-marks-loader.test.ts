import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { LIST_MARKS_GLOBAL, watchForListings, type ListMarksUi } from '@/lib/content/list-marks-loader';
import type { ContentMessage } from '@/lib/messaging';

type HappyWindow = { happyDOM: { setURL(url: string): void } };
const setUrl = (url: string) => (window as unknown as HappyWindow).happyDOM.setURL(url);
const globals = globalThis as Record<string, unknown>;

describe('watchForListings', () => {
  let ctx: ContentScriptContext;
  let asked: ContentMessage['type'][];
  let started: ContentScriptContext[];
  let injects: boolean;

  beforeEach(() => {
    fakeBrowser.reset();
    delete globals[LIST_MARKS_GLOBAL];
    asked = [];
    started = [];
    injects = true;
    // The background answers by injecting the script, which hands over its start function.
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: ContentMessage) => {
      asked.push(message.type);
      if (!injects) return { ok: false, error: 'Not a listing page.' };
      const ui: ListMarksUi = { startListMarks: (c) => void started.push(c) };
      globals[LIST_MARKS_GLOBAL] = ui;
      return { ok: true, value: null };
    }) as never);
    ctx = new ContentScriptContext('test');
  });
  afterEach(() => {
    ctx.abort();
    vi.restoreAllMocks();
    delete globals[LIST_MARKS_GLOBAL];
  });

  const settle = (ms = 20) => new Promise((r) => setTimeout(r, ms));
  // Without the Navigation API (happy-dom), WXT notices a new address by polling it every second.
  const NAVIGATED_MS = 1_500;

  it('loads nothing on a paper page', async () => {
    setUrl('https://arxiv.org/abs/2411.11927');
    watchForListings(ctx);
    await settle();
    expect(asked).toEqual([]);
    expect(started).toEqual([]);
  });

  it('asks for the marks on a listing page and starts them once', { timeout: 10_000 }, async () => {
    setUrl('https://arxiv.org/list/cs.LG/recent');
    watchForListings(ctx);
    await settle();
    expect(asked).toEqual(['loadListMarks']);
    expect(started).toEqual([ctx]);
    // Later navigations are the started marks' business.
    setUrl('https://arxiv.org/list/cs.CL/recent');
    await settle(NAVIGATED_MS);
    expect(asked).toEqual(['loadListMarks']);
    expect(started).toHaveLength(1);
  });

  it('loads them after an in-page navigation to a listing, and again after a failed load', { timeout: 15_000 }, async () => {
    setUrl('https://openreview.net/forum?id=Drg8DHYOPX');
    injects = false;
    watchForListings(ctx);
    await settle();
    expect(asked).toEqual([]);
    setUrl('https://openreview.net/group?id=ICLR.cc/2024/Conference');
    // WXT's poll (up to 1 s) and the loader's 300 ms settle: a fixed 1.5 s sleep left ~200 ms to spare.
    await vi.waitFor(() => expect(asked).toEqual(['loadListMarks']), { timeout: 5_000, interval: 20 });
    expect(started).toEqual([]);
    // Tried once more a second later, then only at the next navigation.
    await settle(1_100);
    expect(asked).toEqual(['loadListMarks', 'loadListMarks']);
    await settle(1_100);
    expect(asked).toHaveLength(2);
    injects = true;
    setUrl('https://openreview.net/group?id=NeurIPS.cc/2024/Conference');
    await vi.waitFor(() => {
      expect(asked).toEqual(['loadListMarks', 'loadListMarks', 'loadListMarks']);
      expect(started).toEqual([ctx]);
    }, { timeout: 5_000, interval: 20 });
  });

  it('starts nothing when the content script is invalidated during the load', async () => {
    setUrl('https://dblp.org/pid/96/4410.html');
    vi.mocked(fakeBrowser.runtime.sendMessage).mockImplementation((async () => {
      ctx.abort(); // The extension was reloaded while the background injected the marks.
      globals[LIST_MARKS_GLOBAL] = { startListMarks: (c: ContentScriptContext) => void started.push(c) } satisfies ListMarksUi;
      return { ok: true, value: null };
    }) as never);
    watchForListings(ctx);
    await settle();
    expect(started).toEqual([]);
  });
});
