import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import bundled from '../../../public/catalogues/hf-trending-papers.json';
import { badgeFor, type Badge } from '@/lib/background/badge';
import { MatchIndex } from '@/lib/catalogue/match';
import { createBackground } from '@/lib/background/handlers';
import { getTabState } from '@/lib/background/tab-store';
import { openDatabase, type MarginaliaDB } from '@/lib/db/database';
import * as library from '@/lib/db/library';
import type { Catalogue, PaperRef } from '@/lib/paper';

const EXT = 'marginalia-test-id';
const ORIGIN = `chrome-extension://${EXT}`;
const FLAME = 'FLAME: Frozen Large Language Models Enable Data-Efficient Language-Image Pre-training';
const flameRef: PaperRef = { ids: { arxiv: '2411.11927' }, title: FLAME, authors: ['Anjia Cao'], url: 'https://arxiv.org/abs/2411.11927', site: 'arxiv', kind: 'abstract' };
const pdfRef: PaperRef = { ids: { arxiv: '2411.11927' }, authors: [], url: 'https://arxiv.org/pdf/2411.11927', site: 'arxiv', kind: 'pdf' };
const contentSender = (tabId = 7, url = flameRef.url) => ({ id: EXT, url, frameId: 0, tab: { id: tabId } });
const pageSender = { id: EXT, url: `${ORIGIN}/popup.html` };

const atom = (id: string, title: string) => `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
  <entry><id>http://arxiv.org/abs/${id}v2</id><updated>2024-11-20T00:00:00Z</updated><published>2024-11-18T00:00:00Z</published>
  <title>${title}</title><summary>Language-image pre-training faces significant challenges.</summary>
  <author><name>Anjia Cao</name></author><link title="pdf" href="http://arxiv.org/pdf/${id}v2" rel="related" type="application/pdf"/></entry>
</feed>`;

let db: MarginaliaDB;
let badges: Map<number, Badge>;
let fetchMock: ReturnType<typeof vi.fn>;
let n = 0;

function make() {
  return createBackground({
    db,
    index: async () => MatchIndex.build([bundled as Catalogue]),
    fetch: fetchMock as unknown as typeof fetch,
    now: () => 1000,
    extensionId: EXT,
    extensionOrigin: ORIGIN,
    setBadge: async (tabId, badge) => void badges.set(tabId, badge),
    injectDetector: async () => {},
    tabUrl: async () => 'https://example.org/',
  });
}

beforeEach(async () => {
  fakeBrowser.reset();
  db = openDatabase(`bg-test-${n++}`);
  await db.open();
  badges = new Map();
  fetchMock = vi.fn(async () => new Response(atom('2411.11927', FLAME)));
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('pageScanned', () => {
  it('matches the catalogue, stores the tab state and sets the badge', async () => {
    const bg = make();
    const reply = await bg.onMessage({ type: 'pageScanned', ref: flameRef }, contentSender());
    expect(reply).toMatchObject({ ok: true, value: { phase: 'paper', match: { entry: { title: FLAME } } } });
    expect(await getTabState(7)).toMatchObject({ phase: 'paper', url: flameRef.url });
    expect(badges.get(7)?.text).toBe('CAT');
  });

  it('shows list status on the badge once the paper is in the list', async () => {
    const bg = make();
    await bg.onMessage({ type: 'pageScanned', ref: flameRef }, contentSender());
    const entry = await library.addPaper(db, flameRef, 1);
    await library.setStatus(db, entry.id, 'read', 2);
    await bg.onMessage({ type: 'libraryChanged' }, pageSender);
    expect(badges.get(7)?.text).toBe('✓');
    expect(badges.get(7)?.title).toMatch(/in your list \(Read\)/);
  });

  it('records a non-paper page', async () => {
    const reply = await make().onMessage({ type: 'pageScanned', ref: null }, contentSender(3, 'https://arxiv.org/list/cs.LG/recent'));
    expect(reply).toMatchObject({ ok: true, value: { phase: 'not-paper', ref: null } });
    expect(badges.get(3)?.text).toBe('');
  });

  it('fills a bare PDF from the arXiv API once, caching the answer', async () => {
    const bg = make();
    const first = await bg.onMessage({ type: 'pageScanned', ref: pdfRef }, contentSender(4, pdfRef.url));
    expect(first).toMatchObject({ ok: true, value: { phase: 'paper', ref: { title: FLAME }, match: { entry: { title: FLAME } } } });
    await bg.onMessage({ type: 'pageScanned', ref: pdfRef }, contentSender(5, pdfRef.url));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(await db.arxivMeta.get('2411.11927')).toMatchObject({ title: FLAME, fetchedAt: 1000 });
  });

  it.each([
    ['garbage', async () => new Response('<html>rate limited</html>')],
    ['an HTTP error', async () => new Response('no', { status: 503 })],
    ['a network failure', async () => Promise.reject(new TypeError('Failed to fetch'))],
  ])('says metadata is unavailable on %s, caching nothing', async (_what, answer) => {
    fetchMock.mockImplementation(answer);
    const reply = await make().onMessage({ type: 'pageScanned', ref: pdfRef }, contentSender(4, pdfRef.url));
    expect(reply).toMatchObject({ ok: true, value: { phase: 'metadata-unavailable', error: expect.stringMatching(/arXiv API/) } });
    expect(await db.arxivMeta.count()).toBe(0);
  });

  it('retries the match with the latest title when an old version carries an older one', async () => {
    const old = { ...flameRef, version: 'v1', title: 'Frozen LLMs for Data-Efficient CLIP Training', abstract: undefined };
    const reply = await make().onMessage({ type: 'pageScanned', ref: old }, contentSender());
    expect(reply).toMatchObject({ ok: true, value: { match: { entry: { title: FLAME } } } });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});

describe('validation and senders', () => {
  it.each([
    ['a web page posing as the popup', { type: 'libraryChanged' }, { id: EXT, url: 'https://evil.example/', tab: { id: 1 }, frameId: 0 }],
    ['another extension', { type: 'pageScanned', ref: null }, { id: 'other', url: 'https://arxiv.org/', tab: { id: 1 }, frameId: 0 }],
    ['a sub-frame', { type: 'pageScanned', ref: null }, { id: EXT, url: 'https://arxiv.org/', tab: { id: 1 }, frameId: 3 }],
    ['an extension page sending a content message', { type: 'pageScanned', ref: null }, pageSender],
  ])('refuses %s', async (_what, message, sender) => {
    expect(await make().onMessage(message, sender)).toEqual({ ok: false, error: 'Unexpected sender.' });
  });

  it.each([
    ['an unknown type', { type: 'deleteEverything' }],
    ['a 100 KB title', { type: 'pageScanned', ref: { ...flameRef, title: 'x'.repeat(100_000) } }],
    ['a javascript: URL', { type: 'pageScanned', ref: { ...flameRef, pdfUrl: 'javascript:alert(1)' } }],
    ['extra keys', { type: 'pageScanned', ref: { ...flameRef, evil: true } }],
    ['an id of no known kind', { type: 'pageScanned', ref: { ...flameRef, ids: { ...flameRef.ids, evil: 'x' } } }],
    ['a fractional year', { type: 'pageScanned', ref: { ...flameRef, year: 2023.5 } }],
    ['a year out of range', { type: 'pageScanned', ref: { ...flameRef, year: 30_000 } }],
    ['501 authors', { type: 'pageScanned', ref: { ...flameRef, authors: Array(501).fill('Ada Lovelace') } }],
    ['a page kind that does not exist', { type: 'pageScanned', ref: { ...flameRef, kind: 'video' } }],
    ['not an object', 'hello'],
  ])('refuses %s as malformed, storing nothing', async (_what, message) => {
    expect(await make().onMessage(message, contentSender())).toEqual({ ok: false, error: 'Malformed message.' });
    expect(await getTabState(7)).toBeNull();
  });

  it('uses the sender URL, not anything the message claims', async () => {
    await make().onMessage({ type: 'pageScanned', ref: { ...flameRef, url: 'https://elsewhere.example/' } }, contentSender());
    expect((await getTabState(7))!.url).toBe(flameRef.url);
  });
});

describe('tab life', () => {
  it('keeps tab state in storage.session, so a fresh worker still knows it', async () => {
    await make().onMessage({ type: 'pageScanned', ref: flameRef }, contentSender());
    const fresh = make(); // A restarted worker: nothing in memory.
    expect(await fresh.onMessage({ type: 'getTabState', tabId: 7 }, pageSender)).toMatchObject({ ok: true, value: { phase: 'paper' } });
  });

  it('forgets a tab that navigates elsewhere and recognises PDFs by URL', async () => {
    const bg = make();
    await bg.onMessage({ type: 'pageScanned', ref: flameRef }, contentSender());
    await bg.onNavigated(7, 'https://arxiv.org/pdf/2411.11927');
    expect(await getTabState(7)).toBeNull();
    await bg.onLoaded(7, 'https://arxiv.org/pdf/2411.11927');
    expect(await getTabState(7)).toMatchObject({ phase: 'paper', ref: { title: FLAME, kind: 'pdf' } });
  });
});

describe('badgeFor', () => {
  const state = { tabId: 1, url: flameRef.url, phase: 'paper' as const, ref: flameRef, match: null };
  it('is empty for a paper in neither list nor catalogue', () => {
    expect(badgeFor(state, undefined).text).toBe('');
  });
  it('shows each status of a paper in the list', async () => {
    const entry = await library.addPaper(db, flameRef, 1);
    expect(badgeFor(state, entry).text).toBe('TO');
    expect(badgeFor(state, { ...entry, status: 'reading' }).text).toBe('RDG');
  });
});
