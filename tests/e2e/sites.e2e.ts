import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badgeOf, eventually, launch, newProfile, openPopup, removeProfile, tabIdOf, type Session } from './harness';

// Every paper site, one paper everywhere, and marks on listing pages: the built extension in
// real Chromium, each fixture of tests/fixtures/pages/sites.json served at its real URL.
let session: Session;
const profile = newProfile();
beforeAll(async () => {
  session = await launch(profile);
});
afterAll(async () => {
  await session?.close();
  removeProfile(profile);
});

const PE = 'The Impact of Positional Encoding on Length Generalization in Transformers';
const FLAME = 'FLAME: Frozen Large Language Models Enable Data-Efficient Language-Image Pre-training';
const BERT = 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding';
const OPENREVIEW = 'https://openreview.net/forum?id=Drg8DHYOPX';
const ARXIV_LIST = 'https://arxiv.org/list/cs.LG/recent';

async function visit(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await session.context.newPage();
  await page.goto(url);
  return { page, tabId: await tabIdOf(session, page) };
}

/** Opens the popup for a tab once its page has been scanned. */
async function popupFor(tabId: number): Promise<Page> {
  const popup = await openPopup(session, tabId);
  await popup.locator('[data-testid="paper-title"], [data-testid="not-a-paper"]').first().waitFor();
  return popup;
}

async function titleIn(popup: Page, title: string): Promise<void> {
  await eventually(async () => (await popup.getByTestId('paper-title').innerText()) === title, `popup title "${title}"`);
}

/** The mark texts of a listing's title elements, in order ('' for an unmarked entry). */
async function marks(page: Page, titles: string): Promise<string[]> {
  return page.locator(titles).evaluateAll((els) =>
    els.map((el) => el.querySelector('marginalia-mark')?.shadowRoot?.querySelector('[data-testid="list-mark"]')?.textContent ?? ''));
}

/** What OpenReview's client router does: the saved page's head and body replace the page's, then pushState. */
async function navigateInPage(page: Page, fixture: string, path: string): Promise<void> {
  const html = readFileSync(`tests/fixtures/pages/${fixture}`, 'utf8');
  await page.evaluate(([markup, to]) => {
    const doc = new DOMParser().parseFromString(markup, 'text/html');
    document.head.replaceWith(document.adoptNode(doc.head));
    document.body.replaceWith(document.adoptNode(doc.body));
    history.pushState({}, '', to);
  }, [html, path] as const);
}

async function marksBecome(page: Page, titles: string, expected: string[], what: string): Promise<void> {
  await eventually(async () => JSON.stringify(await marks(page, titles)) === JSON.stringify(expected), what, 15_000);
}

describe('one site of each family', () => {
  it.each([
    ['arXiv mirror (Hugging Face)', 'https://huggingface.co/papers/2411.11927', FLAME, true],
    ['OpenReview', OPENREVIEW, PE, true],
    ['proceedings (ACL Anthology)', 'https://aclanthology.org/N19-1423/', BERT, false],
    ['proceedings (NeurIPS)', 'https://papers.nips.cc/paper_files/paper/2017/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract.html', 'Attention is All you Need', false],
    ['publisher (Springer)', 'https://link.springer.com/article/10.1023/A:1010933404324', 'Random Forests', false],
  ])('%s', async (_family, url, title, inCatalogue) => {
    const { page, tabId } = await visit(url);
    const popup = await popupFor(tabId);
    await titleIn(popup, title);
    expect(await popup.getByTestId('catalogue-title').count()).toBe(inCatalogue ? 1 : 0);
    await eventually(async () => (await badgeOf(session, tabId)) === (inCatalogue ? 'CAT' : ''), `badge of ${url}`);
    await popup.close();
    await page.close();
  });
});

describe('one paper, many pages', () => {
  it('saved on arXiv, it is in your list on OpenReview with the same status, tags and note', async () => {
    const arxiv = await visit('https://arxiv.org/abs/2305.19466');
    const popup = await popupFor(arxiv.tabId);
    await popup.getByTestId('add-to-list').click();
    await popup.getByTestId('in-library').waitFor();
    await popup.getByTestId('status').selectOption('reading');
    await popup.getByTestId('tag-input').fill('length-generalisation');
    await popup.getByTestId('tag-input').press('Enter');
    await popup.getByTestId('note').fill('NoPE wins; compare with ALiBi.');
    await eventually(async () => (await popup.getByTestId('note-state').innerText()) === 'Saved', 'note saved');
    await popup.close();
    await arxiv.page.close();

    const or = await visit(OPENREVIEW);
    const orPopup = await popupFor(or.tabId);
    await titleIn(orPopup, PE);
    await orPopup.getByTestId('in-library').waitFor();
    expect(await orPopup.getByTestId('status').inputValue()).toBe('reading');
    expect(await orPopup.getByTestId('tag').allInnerTexts()).toEqual([expect.stringContaining('length-generalisation')]);
    expect(await orPopup.getByTestId('note').inputValue()).toBe('NoPE wins; compare with ALiBi.');
    await eventually(async () => (await badgeOf(session, or.tabId)) === 'RDG', 'badge RDG on OpenReview');
    await orPopup.close();
    await or.page.close();

    // The OpenReview id was learnt: its PDF, known by URL alone, is the same paper, with its title.
    const pdf = await visit('https://openreview.net/pdf?id=Drg8DHYOPX');
    await eventually(async () => (await badgeOf(session, pdf.tabId)) === 'RDG', 'badge RDG on the OpenReview PDF');
    const pdfPopup = await popupFor(pdf.tabId);
    await titleIn(pdfPopup, PE);
    await pdfPopup.getByTestId('in-library').waitFor();
    await pdfPopup.close();
    await pdf.page.close();
  });

  it('saved on the ACL Anthology, its PDF is the same paper', async () => {
    const acl = await visit('https://aclanthology.org/N19-1423/');
    const popup = await popupFor(acl.tabId);
    await titleIn(popup, BERT);
    await popup.getByTestId('add-to-list').click();
    await popup.getByTestId('in-library').waitFor();
    await popup.close();
    await acl.page.close();
    const pdf = await visit('https://aclanthology.org/N19-1423.pdf');
    await eventually(async () => (await badgeOf(session, pdf.tabId)) === 'TO', 'badge TO on the ACL PDF');
    const pdfPopup = await popupFor(pdf.tabId);
    await titleIn(pdfPopup, BERT);
    await pdfPopup.close();
    await pdf.page.close();
  });

  it('detects again after an in-page navigation (single-page sites)', async () => {
    const { page, tabId } = await visit('https://openreview.net/group?id=NeurIPS.cc/2023/Conference');
    await navigateInPage(page, 'openreview/forum-Drg8DHYOPX.html', '/forum?id=Drg8DHYOPX');
    await eventually(async () => (await badgeOf(session, tabId)) === 'RDG', 'badge after in-page navigation', 15_000);
    const popup = await popupFor(tabId);
    await titleIn(popup, PE);
    await popup.close();
    await page.close();
  });
});

describe('listing pages', () => {
  const ARXIV_TITLES = '#articles dd .list-title';

  it('marks the arXiv listing: your list with its status, catalogue papers, nothing else; live', async () => {
    const { page } = await visit(ARXIV_LIST);
    const catalogue = 'Hugging Face trending papers (Mar 11)';
    await marksBecome(page, ARXIV_TITLES, [catalogue, catalogue, '', '✓ Reading'], 'arXiv listing marks');
    expect(await page.getByTestId('list-mark').last().getAttribute('data-status')).toBe('reading');

    // The chips sit out of the flow: removing them moves nothing on the page.
    const boxes = () => page.locator('#articles dt, #articles dd').evaluateAll((els) => els.map((e) => JSON.stringify(e.getBoundingClientRect())));
    const withMarks = await boxes();
    await page.evaluate(() => document.querySelectorAll('marginalia-mark').forEach((m) => m.remove()));
    expect(await boxes()).toEqual(withMarks);
    await page.reload();
    await marksBecome(page, ARXIV_TITLES, [catalogue, catalogue, '', '✓ Reading'], 'marks after reload');

    // Marks follow the list live: mark it read in the popup of another tab.
    const abs = await visit('https://arxiv.org/abs/2305.19466');
    const popup = await popupFor(abs.tabId);
    await popup.getByTestId('status').selectOption('read');
    await marksBecome(page, ARXIV_TITLES, [catalogue, catalogue, '', '✓ Read'], 'live update after status change');
    await popup.close();
    await abs.page.close();
    await page.close();
  });

  it('marks Hugging Face daily papers', async () => {
    const { page } = await visit('https://huggingface.co/papers/date/2024-11-19');
    const catalogue = 'Hugging Face trending papers (Mar 11)';
    await marksBecome(page, 'article h3', [catalogue, catalogue, '✓ Read', ''], 'Hugging Face daily marks');
    await page.close();
  });

  it('marks DBLP and OpenReview venue listings by any alias', async () => {
    const dblp = await visit('https://dblp.org/pid/177/9383.html');
    await marksBecome(dblp.page, 'li.entry cite .title', ['✓ Read', '', ''], 'DBLP marks');
    await dblp.page.close();
    const venue = await visit('https://openreview.net/group?id=NeurIPS.cc/2023/Conference');
    await marksBecome(venue.page, '.note h4', ['✓ Read', ''], 'OpenReview venue marks');
    await venue.page.close();
  });

  it('marks Google Scholar results on a country domain as on scholar.google.com', async () => {
    const SCHOLAR_TITLES = '.gs_r.gs_or h3.gs_rt';
    const com = await visit('https://scholar.google.com/scholar?hl=en&q=attention+is+all+you+need');
    await eventually(async () => (await marks(com.page, SCHOLAR_TITLES)).some((m) => m.startsWith('✓')), 'Scholar marks');
    const expected = await marks(com.page, SCHOLAR_TITLES);
    await com.page.close();
    // The same results, served where Google sends a reader in Germany.
    const de = 'https://scholar.google.de/scholar?hl=de&q=attention+is+all+you+need';
    await session.context.route(de, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync('tests/fixtures/pages/scholar/attention.html') }));
    const page = (await visit(de)).page;
    await marksBecome(page, SCHOLAR_TITLES, expected, 'Scholar marks on scholar.google.de');
    await page.close();
  });

  it('marks a listing reached by an in-page navigation from a paper page', async () => {
    // The paper page has no marks code; the listing's address makes the background inject it.
    const { page } = await visit(OPENREVIEW);
    expect(await page.evaluate(() => document.querySelectorAll('marginalia-mark').length)).toBe(0);
    await navigateInPage(page, 'openreview/group-NeurIPS2023.html', '/group?id=NeurIPS.cc/2023/Conference');
    await marksBecome(page, '.note h4', ['✓ Read', ''], 'OpenReview venue marks after an in-page navigation');
    await page.close();
  });

  it('a hostile listing runs no code in the extension and writes nothing', async () => {
    const url = 'https://arxiv.org/list/hostile/new';
    // 3,000 entries with markup in their titles; the saved paper is listed at #6, and again at
    // #2,501, past the 2,000 entries a page gets marked.
    const idOf = (i: number) => (i === 5 || i === 2500 ? '2305.19466' : `2401.${String(10000 + i)}`);
    const rows = Array.from({ length: 3000 }, (_, i) => `<dt><a href="/abs/${idOf(i)}">x</a></dt>
      <dd><div class="list-title">&lt;img src=x onerror="parent.postMessage('pwned','*')"&gt; Fake ${i}</div></dd>`).join('');
    await session.context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: `<dl id="articles">${rows}</dl>` }));
    const { page } = await visit(url);
    // Forged messages from the page reach no listener of the extension.
    await page.evaluate(() => {
      for (const type of ['pageScanned', 'lookupPapers', 'libraryChanged', 'addPaper']) window.postMessage({ type, ref: null }, '*');
    });
    await page.getByTestId('list-mark').waitFor();
    await page.waitForTimeout(1000); // would a second mark come?
    const listing = await page.evaluate(() => ({
      marked: Array.from(document.querySelectorAll('marginalia-mark'), (m) => m.parentElement?.textContent?.match(/Fake \d+/)?.[0]),
      images: document.querySelectorAll('img').length,
    }));
    expect(listing).toEqual({ marked: ['Fake 5'], images: 0 });
    const extensionPage = await session.context.newPage();
    await extensionPage.goto(`chrome-extension://${session.extensionId}/popup.html`);
    const library = await Promise.resolve(extensionPage).then(async (p) => {
      const count = await p.evaluate(async () => {
        const open = indexedDB.open('marginalia');
        const db = await new Promise<IDBDatabase>((resolve) => (open.onsuccess = () => resolve(open.result)));
        return new Promise<number>((resolve) => (db.transaction('papers').objectStore('papers').count().onsuccess = (e) => resolve((e.target as IDBRequest<number>).result)));
      });
      await p.close();
      return count;
    });
    expect(library).toBe(2); // the two papers saved above, nothing from the page
    await page.close();
  });
});
