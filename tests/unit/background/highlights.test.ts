import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import bundled from '../../../public/catalogues/hf-trending-papers.json';
import { getAnchorStatus } from '@/lib/background/anchor-store';
import { MatchIndex } from '@/lib/catalogue/match';
import { createBackground } from '@/lib/background/handlers';
import { openDatabase, type MarginaliaDB } from '@/lib/db/database';
import { highlightsOf } from '@/lib/db/highlights';
import * as library from '@/lib/db/library';
import type { Catalogue, Highlight, PaperRef, Selector } from '@/lib/paper';

const EXT = 'marginalia-test-id';
const FLAME = 'FLAME: Frozen Large Language Models Enable Data-Efficient Language-Image Pre-training';
const HTML_URL = 'https://arxiv.org/html/2411.11927v1';
const flameRef: PaperRef = { ids: { arxiv: '2411.11927' }, title: FLAME, authors: ['Anjia Cao'], url: HTML_URL, site: 'arxiv', kind: 'html' };
const sender = (tabId = 7, url = HTML_URL) => ({ id: EXT, url, frameId: 0, tab: { id: tabId } });
const selector: Selector[] = [
  { type: 'TextQuoteSelector', exact: 'truncate long captions', prefix: 'so they ', suffix: ' and' },
  { type: 'TextPositionSelector', start: 100, end: 122 },
];

let db: MarginaliaDB;
let n = 0;
let notified: unknown[];
let injected: number[];
const tabUrls = new Map<number, string>();

function make() {
  return createBackground({
    db,
    index: async () => MatchIndex.build([bundled as Catalogue]),
    fetch: vi.fn() as unknown as typeof fetch,
    now: () => 1000,
    extensionId: EXT,
    extensionOrigin: `chrome-extension://${EXT}`,
    setBadge: async () => undefined,
    injectDetector: async () => undefined,
    // What the browser says each tab shows now (the background trusts it over a sender's first address).
    tabUrl: async (tabId) => tabUrls.get(tabId) ?? HTML_URL,
    notifyTabs: async (m) => void notified.push(m),
    injectHighlightUi: async (tabId) => void injected.push(tabId),
  });
}

async function scanned() {
  const bg = make();
  await bg.onMessage({ type: 'pageScanned', ref: flameRef }, sender());
  return bg;
}

beforeEach(async () => {
  fakeBrowser.reset();
  db = openDatabase(`bg-highlights-${n++}`);
  await db.open();
  notified = [];
  injected = [];
  tabUrls.clear();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('highlights from content scripts', () => {
  it('creating one adds the paper as "reading", with the page as source', async () => {
    const bg = await scanned();
    const reply = await bg.onMessage({ type: 'createHighlight', selector, color: 'green', comment: 'why?' }, sender(7, `${HTML_URL}#S1`));
    expect(reply).toMatchObject({ ok: true, value: { addedPaper: true, highlight: { color: 'green', comment: 'why?', target: { source: HTML_URL, selector } } } });
    const entry = await library.findPaperFor(db, flameRef);
    expect(entry).toMatchObject({ title: FLAME, status: 'reading' });
    expect(await highlightsOf(db, entry!.id)).toHaveLength(1);
    expect(notified).toEqual([{ type: 'libraryChanged' }]);
    // A second highlight goes to the same paper and leaves its status alone.
    await library.setStatus(db, entry!.id, 'read', 2);
    const again = await bg.onMessage({ type: 'createHighlight', selector, color: 'yellow' }, sender());
    expect(again).toMatchObject({ ok: true, value: { addedPaper: false } });
    expect((await library.findPaperFor(db, flameRef))!.status).toBe('read');
  });

  it('answers getHighlights: pending before the page is known, then the paper highlights', async () => {
    const bg = make();
    expect(await bg.onMessage({ type: 'getHighlights' }, sender())).toEqual({ ok: true, value: { page: 'pending', highlights: [] } });
    await bg.onMessage({ type: 'pageScanned', ref: flameRef }, sender());
    expect(await bg.onMessage({ type: 'getHighlights' }, sender())).toEqual({ ok: true, value: { page: 'paper', highlights: [] } });
    await bg.onMessage({ type: 'createHighlight', selector, color: 'blue' }, sender());
    const reply = await bg.onMessage({ type: 'getHighlights' }, sender());
    expect(reply).toMatchObject({ ok: true, value: { page: 'paper', highlights: [{ color: 'blue' }] } });
    // Another page in that tab now: the old state does not answer for it.
    tabUrls.set(7, 'https://arxiv.org/abs/1706.03762');
    expect(await bg.onMessage({ type: 'getHighlights' }, sender(7, 'https://arxiv.org/abs/1706.03762'))).toMatchObject({ value: { page: 'pending' } });
  });

  it('keys a page by the address its tab shows now, after an in-page navigation, on the same origin only', async () => {
    const bg = make();
    const now = 'https://arxiv.org/abs/2411.11927';
    tabUrls.set(7, now); // pushState moved the tab on; the sender keeps the address the page was loaded at
    await bg.onMessage({ type: 'pageScanned', ref: flameRef }, sender());
    const made = await bg.onMessage({ type: 'createHighlight', selector, color: 'blue' }, sender());
    expect(made).toMatchObject({ ok: true, value: { highlight: { target: { source: now } } } });
    // Another origin in the tab: a message still in flight from the old page keeps its own address.
    tabUrls.set(7, 'https://example.org/elsewhere');
    const late = await bg.onMessage({ type: 'createHighlight', selector, color: 'green' }, sender(7, now));
    expect(late).toMatchObject({ ok: true, value: { highlight: { target: { source: now } } } });
  });

  it('says not-paper on a page without a paper, and refuses to highlight there', async () => {
    const bg = make();
    const list = 'https://arxiv.org/list/cs.LG/recent';
    await bg.onMessage({ type: 'pageScanned', ref: null }, sender(3, list));
    expect(await bg.onMessage({ type: 'getHighlights' }, sender(3, list))).toMatchObject({ value: { page: 'not-paper' } });
    expect(await bg.onMessage({ type: 'createHighlight', selector, color: 'blue' }, sender(3, list))).toMatchObject({ ok: false });
  });

  it('updates, deletes and restores (undo) only highlights of the tab paper', async () => {
    const bg = await scanned();
    const made = (await bg.onMessage({ type: 'createHighlight', selector, color: 'green' }, sender())) as { ok: true; value: { highlight: Highlight } };
    const id = made.value.highlight.id;
    expect(await bg.onMessage({ type: 'updateHighlight', id, comment: 'edited' }, sender())).toMatchObject({ ok: true, value: { comment: 'edited', color: 'green' } });
    // Another tab showing another paper cannot touch it.
    const other: PaperRef = { ...flameRef, ids: { arxiv: '1706.03762' }, title: 'Attention Is All You Need', url: 'https://arxiv.org/abs/1706.03762' };
    await bg.onMessage({ type: 'pageScanned', ref: other }, sender(9, other.url));
    expect(await bg.onMessage({ type: 'deleteHighlight', id }, sender(9, other.url))).toMatchObject({ ok: false });
    await library.addPaper(db, other, 5);
    expect(await bg.onMessage({ type: 'updateHighlight', id, color: 'pink' }, sender(9, other.url))).toMatchObject({ ok: false });
    const deleted = (await bg.onMessage({ type: 'deleteHighlight', id }, sender())) as { ok: true; value: Highlight };
    expect(deleted.value.comment).toBe('edited');
    expect(await db.highlights.count()).toBe(0);
    expect(await bg.onMessage({ type: 'restoreHighlight', highlight: deleted.value }, sender(9, other.url))).toMatchObject({ ok: false });
    expect(await bg.onMessage({ type: 'restoreHighlight', highlight: deleted.value }, sender())).toMatchObject({ ok: true });
    expect(await db.highlights.get(id)).toEqual(deleted.value);
  });

  it('validates payloads: bounded sizes, known colours, no unknown keys; nothing is written', async () => {
    const bg = await scanned();
    const bad = [
      { type: 'createHighlight', selector, color: 'red' },
      { type: 'createHighlight', selector: [], color: 'yellow' },
      { type: 'createHighlight', selector: [{ type: 'TextQuoteSelector', exact: 'x'.repeat(20_001), prefix: '', suffix: '' }], color: 'yellow' },
      { type: 'createHighlight', selector: [{ ...selector[0], prefix: 'p'.repeat(300) }], color: 'yellow' },
      { type: 'createHighlight', selector, color: 'yellow', paperId: 'someone-else' },
      { type: 'createHighlight', selector: [{ type: 'TextPositionSelector', start: 5, end: 1 }], color: 'yellow' },
      { type: 'updateHighlight', id: 'x'.repeat(65) },
      { type: 'anchorStatus', found: [1], orphans: [], elsewhere: [] },
    ];
    for (const message of bad) expect(await bg.onMessage(message, sender())).toEqual({ ok: false, error: 'Malformed message.' });
    expect(await db.papers.count()).toBe(0);
  });

  it('accepts highlight messages only from a content script in a top frame', async () => {
    const bg = await scanned();
    const message = { type: 'createHighlight', selector, color: 'yellow' };
    expect(await bg.onMessage(message, { ...sender(), frameId: 2 })).toEqual({ ok: false, error: 'Unexpected sender.' });
    expect(await bg.onMessage(message, { id: 'another-extension', url: HTML_URL, frameId: 0, tab: { id: 7 } })).toEqual({ ok: false, error: 'Unexpected sender.' });
    expect(await bg.onMessage(message, { id: EXT, url: `chrome-extension://${EXT}/popup.html` })).toEqual({ ok: false, error: 'Unexpected sender.' });
    expect(await db.highlights.count()).toBe(0);
  });

  it('keeps the anchoring report per tab for the popup, and forgets it with the tab', async () => {
    const bg = await scanned();
    await bg.onMessage({ type: 'anchorStatus', found: ['a'], orphans: ['b'], elsewhere: [] }, sender(7, `${HTML_URL}#S2`));
    expect(await getAnchorStatus(7)).toEqual({ tabId: 7, url: HTML_URL, found: ['a'], orphans: ['b'], elsewhere: [] });
    await bg.onTabRemoved(7);
    expect(await getAnchorStatus(7)).toBeNull();
  });

  it('injects the toolbar script on request, into paper pages only', async () => {
    const bg = await scanned();
    expect(await bg.onMessage({ type: 'loadHighlightUi' }, sender())).toEqual({ ok: true, value: null });
    expect(injected).toEqual([7]);
    const list = 'https://arxiv.org/list/cs.LG/recent';
    await bg.onMessage({ type: 'pageScanned', ref: null }, sender(3, list));
    expect(await bg.onMessage({ type: 'loadHighlightUi' }, sender(3, list))).toMatchObject({ ok: false });
    expect(injected).toEqual([7]);
  });

  it('keeps the tab state when only the fragment changes (a table-of-contents link)', async () => {
    const bg = await scanned();
    await bg.onNavigated(7, `${HTML_URL}#S2`);
    expect(await bg.onMessage({ type: 'getHighlights' }, sender(7, `${HTML_URL}#S2`))).toMatchObject({ value: { page: 'paper' } });
  });
});
