import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import bundled from '../../../public/catalogues/hf-trending-papers.json';
import { MatchIndex } from '@/lib/catalogue/match';
import { createBackground } from '@/lib/background/handlers';
import { getTabState } from '@/lib/background/tab-store';
import { openDatabase, type MarginaliaDB } from '@/lib/db/database';
import { MAX_LINK_LENGTH, MAX_LINKS, MAX_LISTED } from '@/lib/detect/listings/types';
import * as library from '@/lib/db/library';
import type { TabMessage } from '@/lib/messaging';
import type { Catalogue, PaperRef } from '@/lib/paper';

const EXT = 'marginalia-test-id';
const ORIGIN = `chrome-extension://${EXT}`;
const PE = 'The Impact of Positional Encoding on Length Generalization in Transformers';
const FLAME = 'FLAME: Frozen Large Language Models Enable Data-Efficient Language-Image Pre-training';
const arxivRef: PaperRef = { ids: { arxiv: '2305.19466' }, title: PE, authors: ['A K'], url: 'https://arxiv.org/abs/2305.19466', site: 'arxiv', kind: 'abstract' };
const orRef: PaperRef = { ids: { openreview: 'Drg8DHYOPX' }, title: PE, authors: [], url: 'https://openreview.net/forum?id=Drg8DHYOPX', site: 'openreview', kind: 'abstract' };
const sender = (url: string, tabId = 9) => ({ id: EXT, url, frameId: 0, tab: { id: tabId } });
const listing = sender('https://arxiv.org/list/cs.LG/recent');

let db: MarginaliaDB;
let notified: TabMessage[];
let injected: number[];
let tabUrl: string | undefined;
let n = 0;

function make() {
  return createBackground({
    db,
    index: async () => MatchIndex.build([bundled as Catalogue]),
    fetch: vi.fn(async () => new Response('unused', { status: 500 })) as unknown as typeof fetch,
    now: () => 1000,
    extensionId: EXT,
    extensionOrigin: ORIGIN,
    setBadge: async () => undefined,
    injectDetector: async () => undefined,
    injectListMarks: async (tabId) => void injected.push(tabId),
    tabUrl: async () => tabUrl,
    notifyTabs: async (message) => void notified.push(message),
  });
}

beforeEach(async () => {
  fakeBrowser.reset();
  db = openDatabase(`lookup-test-${n++}`);
  await db.open();
  notified = [];
  injected = [];
  tabUrl = undefined;
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('lookupPapers', () => {
  it('answers a whole listing at once: list status by any alias, catalogue by title', async () => {
    const entry = await library.addPaper(db, arxivRef, 1);
    await library.setStatus(db, entry.id, 'reading', 2);
    const items = [
      { ids: { arxiv: '2305.19466' }, title: PE },
      { ids: { openreview: 'Drg8DHYOPX' }, title: PE }, // the same paper on OpenReview, found by title
      { ids: { arxiv: '2411.11927' }, title: FLAME },
      { ids: { arxiv: '1706.03762' }, title: 'Attention Is All You Need' },
      { ids: {} },
    ];
    const reply = await make().onMessage({ type: 'lookupPapers', items }, listing);
    expect(reply).toEqual({
      ok: true,
      value: [
        { inList: true, status: 'reading', catalogueName: expect.any(String) },
        { inList: true, status: 'reading', catalogueName: expect.any(String) },
        { inList: false, catalogueName: 'Hugging Face trending papers (Mar 11)' },
        { inList: false },
        { inList: false },
      ],
    });
  });

  it('refuses more entries than a listing may have, pages posing as the extension and extra keys', async () => {
    const bg = make();
    const many = Array.from({ length: MAX_LISTED + 1 }, () => ({ ids: {} }));
    expect(await bg.onMessage({ type: 'lookupPapers', items: many }, listing)).toEqual({ ok: false, error: 'Malformed message.' });
    expect(await bg.onMessage({ type: 'lookupPapers', items: [{ ids: { evil: 'x' } }] }, listing)).toEqual({ ok: false, error: 'Malformed message.' });
    expect(await bg.onMessage({ type: 'lookupPapers', items: [] }, { id: 'other', url: 'https://arxiv.org/', frameId: 0, tab: { id: 1 } }))
      .toEqual({ ok: false, error: 'Unexpected sender.' });
  });

  it('reads ids from the links a page sends, against the address the browser reports', async () => {
    const entry = await library.addPaper(db, arxivRef, 1);
    await library.setStatus(db, entry.id, 'read', 2);
    const items = [
      { ids: {}, links: ['/abs/2305.19466'] }, // relative to the listing's address
      { ids: {}, links: ['javascript:alert(1)', 'https://arxiv.org/pdf/2305.19466v2'] },
      { ids: {}, links: ['/abs/2411.11927'] },
      // Ids the page states outright win over what its links say.
      { ids: { arxiv: '2411.11927' }, links: ['/abs/2305.19466'] },
    ];
    const reply = await make().onMessage({ type: 'lookupPapers', items }, listing);
    expect(reply).toMatchObject({ ok: true, value: [{ inList: true, status: 'read' }, { inList: true }, { inList: false }, { inList: false }] });
  });

  it('answers listing pages only, by the address the browser reports', async () => {
    const reply = await make().onMessage({ type: 'lookupPapers', items: [{ ids: { arxiv: '2305.19466' } }] }, sender('https://arxiv.org/abs/2305.19466'));
    expect(reply).toEqual({ ok: false, error: 'Not a listing page.' });
  });

  it('refuses links past the cap or longer than a listing link may be', async () => {
    const bg = make();
    const links = Array.from({ length: MAX_LINKS + 1 }, (_, i) => `/abs/2305.1946${i}`);
    expect(await bg.onMessage({ type: 'lookupPapers', items: [{ ids: {}, links }] }, listing)).toEqual({ ok: false, error: 'Malformed message.' });
    expect(await bg.onMessage({ type: 'lookupPapers', items: [{ ids: {}, links: [`/abs/${'1'.repeat(MAX_LINK_LENGTH)}`] }] }, listing))
      .toEqual({ ok: false, error: 'Malformed message.' });
  });

  it('is read-only: asking never adds or changes a paper', async () => {
    await library.addPaper(db, arxivRef, 1);
    const before = await db.papers.toArray();
    await make().onMessage({ type: 'lookupPapers', items: [{ ids: { arxiv: '2305.19466', doi: '10.1/x' }, title: 'Other' }] }, listing);
    expect(await db.papers.toArray()).toEqual(before);
  });
});

describe('loadListMarks', () => {
  it('injects the marks into listing pages only, by the address the browser reports', async () => {
    const bg = make();
    expect(await bg.onMessage({ type: 'loadListMarks' }, listing)).toEqual({ ok: true, value: null });
    expect(injected).toEqual([9]);
    expect(await bg.onMessage({ type: 'loadListMarks' }, sender('https://arxiv.org/abs/2305.19466'))).toEqual({ ok: false, error: 'Not a listing page.' });
    expect(await bg.onMessage({ type: 'loadListMarks' }, { ...listing, frameId: 3 })).toEqual({ ok: false, error: 'Unexpected sender.' });
    expect(await bg.onMessage({ type: 'loadListMarks', extra: 1 }, listing)).toEqual({ ok: false, error: 'Malformed message.' });
    expect(injected).toEqual([9]);
  });

  it('goes by the tab\'s current address after an in-page navigation (the sender keeps the first)', async () => {
    await library.addPaper(db, orRef, 1);
    const bg = make();
    const paperPage = sender('https://openreview.net/forum?id=Drg8DHYOPX');
    tabUrl = 'https://openreview.net/forum?id=Drg8DHYOPX';
    expect(await bg.onMessage({ type: 'loadListMarks' }, paperPage)).toEqual({ ok: false, error: 'Not a listing page.' });
    tabUrl = 'https://openreview.net/group?id=ICLR.cc/2024/Conference';
    expect(await bg.onMessage({ type: 'loadListMarks' }, paperPage)).toEqual({ ok: true, value: null });
    expect(injected).toEqual([9]);
    // Links are read against the current address too.
    const reply = await bg.onMessage({ type: 'lookupPapers', items: [{ ids: {}, links: ['/forum?id=Drg8DHYOPX'] }, { ids: {} }] }, paperPage);
    expect(reply).toMatchObject({ ok: true, value: [{ inList: true }, { inList: false }] });
  });
});

describe('one paper, many pages', () => {
  it('finds a paper saved on arXiv from its OpenReview page and remembers the OpenReview id', async () => {
    const saved = await library.addPaper(db, arxivRef, 1);
    await library.setTags(db, saved.id, ['length'], 2);
    const bg = make();
    await bg.onMessage({ type: 'pageScanned', ref: orRef }, sender(orRef.url));
    const entry = (await db.papers.get(saved.id))!;
    expect(entry.ids).toEqual({ arxiv: '2305.19466', openreview: 'Drg8DHYOPX' });
    expect(entry.tags).toEqual(['length']);
    // The OpenReview PDF (URL only, no title) is now the same paper, shown with its title.
    await bg.onLoaded(10, 'https://openreview.net/pdf?id=Drg8DHYOPX');
    expect(await getTabState(10)).toMatchObject({ phase: 'paper', ref: { title: PE, kind: 'pdf', ids: { openreview: 'Drg8DHYOPX' } } });
  });

  it('does not let the generic reader attach ids to a saved paper', async () => {
    const saved = await library.addPaper(db, arxivRef, 1);
    const claim: PaperRef = { ...orRef, ids: { doi: '10.9999/claimed' }, url: 'https://blog.example/post', site: 'generic', kind: 'other' };
    await make().onMessage({ type: 'pageScanned', ref: claim }, sender(claim.url));
    expect((await db.papers.get(saved.id))?.aliases).toEqual(saved.aliases);
  });

  it('recognises PDFs of every site by URL when the tab loads', async () => {
    const bg = make();
    await bg.onLoaded(11, 'https://aclanthology.org/N19-1423.pdf');
    expect(await getTabState(11)).toMatchObject({ phase: 'paper', ref: { ids: { acl: 'N19-1423' }, kind: 'pdf' } });
    await bg.onLoaded(12, 'https://aclanthology.org/N19-1423/');
    expect(await getTabState(12)).toBeNull(); // a page, not a PDF: its content script reports it
  });
});

describe('live marks', () => {
  it('tells the tabs when the library changed', async () => {
    await make().onMessage({ type: 'libraryChanged' }, { id: EXT, url: `${ORIGIN}/popup.html` });
    expect(notified).toEqual([{ type: 'libraryChanged' }]);
  });
});
