import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { markerSentence } from '../../scripts/make-pdf-fixtures';
import { eventually, launch, newProfile, openPopup, removeProfile, tabIdOf, type Session } from './harness';

// The PDF reader, in the real browser with the built extension: fixture PDFs (made by
// scripts/make-pdf-fixtures.ts) served at arXiv and OpenReview PDF addresses.
let session: Session;
const profile = newProfile();

const ABSTRACT = 'https://arxiv.org/abs/1706.03762v7';
const ARXIV_PDF = 'https://arxiv.org/pdf/1706.03762v7';
const OPENREVIEW_PDF = 'https://openreview.net/pdf?id=RdrFixture1';
const PASSAGE = markerSentence(1);
const COMMENT = 'Check this against the appendix.';

beforeAll(async () => {
  session = await launch(profile);
  session.pdfs.set(ARXIV_PDF, 'pdf/paper.pdf');
  session.pdfs.set(OPENREVIEW_PDF, 'pdf/no-info.pdf');
});
afterAll(async () => {
  await session?.close();
  removeProfile(profile);
});

const readerAt = (pdf: string) => `chrome-extension://${session.extensionId}/reader.html?url=${encodeURIComponent(pdf)}`;
const page = (i: number) => `[data-page-index="${i}"]`;

/** Waits until page `i` is drawn with its text layer. */
async function drawn(reader: Page, i: number): Promise<void> {
  await reader.locator(`${page(i)}[data-drawn] .textLayer span`).first().waitFor({ timeout: 15_000 });
}

/** Goes to page `i` (1-based in the field) and waits for its drawing. */
async function goTo(reader: Page, i: number): Promise<void> {
  await reader.getByTestId('reader-page-input').fill(String(i + 1));
  await reader.getByTestId('reader-page-input').press('Enter');
  await drawn(reader, i);
}

/** Drags the mouse over `text` in page `i`, from its first character to its last, as a reader would. */
async function drag(reader: Page, i: number, text: string): Promise<void> {
  const box = await reader.evaluate(
    ([scope, wanted]) => {
      const layer = document.querySelector(`${scope} .textLayer`)!;
      const span = [...layer.querySelectorAll('span')].find((s) => s.textContent!.includes(wanted.slice(0, 20)))!;
      span.scrollIntoView({ block: 'center' });
      const walker = document.createTreeWalker(layer, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const all = nodes.map((n) => n.data).join('');
      const at = all.indexOf(wanted);
      const charRect = (pos: number) => {
        let seen = 0;
        for (const n of nodes) {
          if (pos < seen + n.length) {
            const r = document.createRange();
            r.setStart(n, pos - seen);
            r.setEnd(n, pos - seen + 1);
            return r.getBoundingClientRect();
          }
          seen += n.length;
        }
        throw new Error('past the end');
      };
      const first = charRect(at);
      const last = charRect(at + wanted.length - 1);
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    },
    [page(i), text] as const,
  );
  await reader.mouse.move(box.x1, box.y1);
  await reader.mouse.down();
  await reader.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 5 });
  await reader.mouse.move(box.x2, box.y2, { steps: 5 });
  await reader.mouse.up();
}

/** The marks on page `i`: their text and titles. */
const marksOn = (reader: Page, i: number) =>
  reader.evaluate((scope) => {
    const marks = [...document.querySelectorAll<HTMLElement>(`${scope} mark[data-marginalia-highlight]`)];
    return { text: marks.map((m) => m.textContent).join('').trim(), titles: [...new Set(marks.map((m) => m.title))] };
  }, page(i));

/** How many papers and highlights the library holds (read straight from IndexedDB). */
const counts = (p: Page) =>
  p.evaluate(
    () =>
      new Promise<{ papers: number; highlights: number }>((resolve, reject) => {
        const open = indexedDB.open('marginalia');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('papers')) return resolve({ papers: 0, highlights: 0 });
          const tx = db.transaction(['papers', 'highlights']);
          const papers = tx.objectStore('papers').count();
          const highlights = tx.objectStore('highlights').count();
          tx.oncomplete = () => resolve({ papers: papers.result, highlights: highlights.result });
        };
      }),
  );

describe('reading an arXiv PDF with highlights', () => {
  let reader: Page;

  it('opens from the popup of the abstract page', async () => {
    const abs = await session.context.newPage();
    await abs.goto(ABSTRACT);
    const popup = await openPopup(session, await tabIdOf(session, abs));
    const opened = session.context.waitForEvent('page', (p) => p.url().includes('/reader.html'));
    await popup.getByTestId('read-with-highlights').click();
    reader = await opened;
    expect(new URL(reader.url()).searchParams.get('url')).toBe(ARXIV_PDF);
    await drawn(reader, 0);
    // The arXiv API has no answer for this paper in the tests: the PDF's own title is used.
    await eventually(async () => (await reader.getByTestId('reader-title').innerText()) === 'Attention Is All You Need', 'the title');
    expect(await reader.getByTestId('reader-page-count').innerText()).toBe('of 6');
    await popup.close();
    await abs.close();
  });

  it('highlights a passage on page 2 with a comment', async () => {
    await goTo(reader, 1);
    // A real drag over the text layer: what pdf.js's spans and our line-end spaces make of it.
    await drag(reader, 1, PASSAGE);
    await reader.getByTestId('highlight-toolbar').waitFor();
    await reader.getByTestId('highlight-comment').fill(COMMENT);
    await reader.getByTestId('highlight-color-green').click();
    await eventually(async () => (await marksOn(reader, 1)).text === PASSAGE, 'the mark on page 2');
    expect((await marksOn(reader, 1)).titles).toEqual([COMMENT]);
    await reader.getByTestId('in-library').waitFor();
    expect(await counts(reader)).toEqual({ papers: 1, highlights: 1 });
  });

  it('finds it again after a reload, and after zooming', async () => {
    await reader.reload();
    await drawn(reader, 0);
    // The side panel lists it by page; clicking it goes there.
    const item = reader.getByTestId('reader-highlight');
    await item.waitFor();
    expect(await item.innerText()).toContain(COMMENT);
    await item.getByRole('button').click();
    await drawn(reader, 1);
    await eventually(async () => (await marksOn(reader, 1)).text === PASSAGE, 'the re-anchored mark');
    const before = await reader.locator(`${page(1)}`).boundingBox();
    await reader.keyboard.press('+');
    await eventually(async () => ((await reader.locator(`${page(1)}`).boundingBox())?.width ?? 0) > (before?.width ?? 0), 'the zoom');
    await eventually(async () => {
      const drawnAtNewSize = await reader.locator(`${page(1)}[data-drawn] mark[data-marginalia-highlight]`).count();
      return drawnAtNewSize > 0 && (await marksOn(reader, 1)).text === PASSAGE;
    }, 'the mark after zooming');
  });

  it('shows in the popup of the abstract page', async () => {
    const abs = await session.context.newPage();
    await abs.goto(ABSTRACT);
    const popup = await openPopup(session, await tabIdOf(session, abs));
    await popup.getByTestId('in-library').waitFor();
    const items = popup.getByTestId('highlight-item');
    await items.first().waitFor();
    expect(await items.count()).toBe(1);
    expect(await items.first().innerText()).toContain(PASSAGE);
    expect(await items.first().innerText()).toContain(COMMENT);
    await popup.close();
    await abs.close();
    await reader.close();
  });
});

describe('the same paper\'s PDF from another site', () => {
  it('is the same library entry, found by its title, with the highlight on its page', async () => {
    const neurips = 'https://proceedings.neurips.cc/paper_files/paper/2017/file/3f5ee243547dee91fbd053c1c4a845aa-Paper.pdf';
    session.pdfs.set(neurips, 'pdf/paper.pdf');
    const reader = await session.context.newPage();
    await reader.goto(readerAt(neurips));
    await reader.getByTestId('in-library').waitFor();
    await reader.getByTestId('reader-highlight').getByRole('button').click();
    await drawn(reader, 1);
    await eventually(async () => (await marksOn(reader, 1)).text === PASSAGE, 'the arXiv PDF\'s highlight in this copy');
    expect(await counts(reader)).toEqual({ papers: 1, highlights: 1 });
    // The entry now knows the NeurIPS id too: the proceedings page will find it without the title.
    const aliases = await reader.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const open = indexedDB.open('marginalia');
          open.onsuccess = () => {
            const all = open.result.transaction('papers').objectStore('papers').getAll();
            all.onsuccess = () => resolve((all.result as Array<{ aliases: string[] }>)[0]!.aliases);
          };
        }),
    );
    expect(aliases).toContain('neurips:3f5ee243547dee91fbd053c1c4a845aa');
    await reader.close();
  });
});

describe('a PDF known by its OpenReview address and its first page', () => {
  it('reads the title off the first page, lists the outline and finds text', async () => {
    const reader = await session.context.newPage();
    await reader.goto(readerAt(OPENREVIEW_PDF));
    await drawn(reader, 0);
    await eventually(async () => (await reader.getByTestId('reader-title').innerText()) === 'Sparse Marginal Routing for Efficient Readers', 'the first-page title');
    await reader.getByRole('tab', { name: 'Outline' }).click();
    await reader.getByTestId('reader-outline').getByRole('button', { name: '2. Section 2' }).click();
    await drawn(reader, 2);
    await eventually(async () => (await reader.getByTestId('reader-page-input').inputValue()) === '3', 'page 3 in the page field');
    await reader.keyboard.press('Control+f');
    await reader.getByRole('searchbox', { name: 'Find in document' }).fill('marker sentence of page 2 is');
    await eventually(async () => (await reader.getByTestId('reader-find-status').innerText()) === '1 of 1', 'one match');
    await reader.locator(`${page(1)} .reader-find-box`).first().waitFor();
    await reader.close();
  });
});

describe('PDFs that cannot be opened', () => {
  it.each([
    ['not found', 'https://arxiv.org/pdf/2401.99998', { status: 404, body: 'no such paper' }, 'not-found'],
    ['a web page', 'https://arxiv.org/pdf/2401.99997', { status: 200, contentType: 'text/html', body: '<!doctype html><p>Sign in to continue</p>' }, 'not-pdf'],
    ['password', 'https://arxiv.org/pdf/2401.99996', 'pdf/password.pdf', 'password'],
    ['offline', 'https://arxiv.org/pdf/2401.99995', 'abort', 'network'],
  ] as const)('%s: a clear message, the original one click away, nothing written', async (_name, url, answer, kind) => {
    session.pdfs.set(url, answer);
    const reader = await session.context.newPage();
    await reader.goto(readerAt(url));
    const alert = reader.getByRole('alert');
    await alert.waitFor();
    expect(await reader.getByTestId('reader-error').getAttribute('data-kind')).toBe(kind);
    expect(await alert.getByTestId('open-original').getAttribute('href')).toBe(`${url}#marginalia-original`);
    expect(await counts(reader)).toEqual({ papers: 1, highlights: 1 }); // only what the first test made
    await reader.close();
  });
});

describe('a PDF on a site Marginalia was not given', () => {
  it('asks for leave to read the site before downloading anything', async () => {
    const url = 'https://example.org/papers/attention.pdf';
    session.pdfs.set(url, 'pdf/paper.pdf');
    const reader = await session.context.newPage();
    let fetched = false;
    reader.on('request', (r) => void (r.url() === url && (fetched = true)));
    await reader.goto(readerAt(url));
    await reader.getByTestId('reader-access').waitFor();
    expect(await reader.getByTestId('allow-site').innerText()).toBe('Allow example.org');
    expect(fetched).toBe(false);
    await reader.close();
  });
});

describe('the context menu', () => {
  it('has "Open in Marginalia reader" on PDF links (its link patterns were accepted)', async () => {
    const worker = await session.worker();
    // update() fails for an item that does not exist, as it would had creation been refused.
    const error = await worker.evaluate(
      () => new Promise<string | null>((resolve) => chrome.contextMenus.update('marginalia-open-reader', {}, () => resolve(chrome.runtime.lastError?.message ?? null))),
    );
    expect(error).toBeNull();
  });
});

describe('opening paper PDFs in the reader automatically', () => {
  it('redirects arXiv PDFs when the setting is on, and lets "Open original" through', async () => {
    const tab = await session.context.newPage();
    await tab.goto(ABSTRACT);
    const popup = await openPopup(session, await tabIdOf(session, tab));
    const toggle = popup.getByTestId('auto-open-reader');
    expect(await toggle.isChecked()).toBe(false);
    await toggle.click();
    // The box turns on once the browser has the redirect rules.
    await eventually(async () => (await toggle.isChecked()) && (await toggle.isEnabled()), 'the setting on').catch(async (e) => {
      throw new Error(`${e}: ${await popup.getByRole('alert').allInnerTexts()}`);
    });
    await tab.goto(ARXIV_PDF);
    await eventually(async () => tab.url().startsWith(`chrome-extension://${session.extensionId}/reader.html`), 'the reader').catch(async (e) => {
      const rules = await (await session.worker()).evaluate(() => chrome.declarativeNetRequest.getDynamicRules());
      throw new Error(`${e} (the tab is at ${tab.url()}; ${JSON.stringify(rules).slice(0, 300)})`);
    });
    await drawn(tab, 0);
    await tab.getByTestId('open-original').first().click();
    await eventually(async () => tab.url() === `${ARXIV_PDF}#marginalia-original`, 'the original PDF');
    await new Promise((r) => setTimeout(r, 500));
    expect(tab.url()).toBe(`${ARXIV_PDF}#marginalia-original`);
    await toggle.click();
    await eventually(async () => !(await toggle.isChecked()) && (await toggle.isEnabled()), 'the setting off');
    await tab.goto('https://arxiv.org/pdf/1706.03762');
    await new Promise((r) => setTimeout(r, 500));
    expect(tab.url()).toBe('https://arxiv.org/pdf/1706.03762');
    await popup.close();
    await tab.close();
  });
});
