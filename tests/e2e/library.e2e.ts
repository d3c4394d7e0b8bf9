import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { eventually, launch, newProfile, openPopup, removeProfile, tabIdOf, type Session } from './harness';

// The library page in the real browser, on a library filled through the real popup.
let session: Session;
const profile = newProfile();

const PAPERS = [
  { url: 'https://arxiv.org/abs/2411.11927', title: 'FLAME: Frozen Large Language Models Enable Data-Efficient Language-Image Pre-training', tags: ['vision', 'llm'] },
  { url: 'https://arxiv.org/abs/1706.03762v7', title: 'Attention Is All You Need', tags: ['nlp', 'llm'] },
  { url: 'https://arxiv.org/abs/2305.19466', title: 'The Impact of Positional Encoding on Length Generalization in Transformers', tags: ['nlp'] },
];
// A note with Markdown and markup that must never run (the preview is sanitised).
const NOTE = '## Key idea\n\nFrozen **LLM** as text encoder. <img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script> [bad](javascript:alert(1))';

beforeAll(async () => {
  session = await launch(profile);
});
afterAll(async () => {
  await session?.close();
  removeProfile(profile);
});

/** Adds a fixture page's paper through the popup, with tags (and a note). */
async function addThroughPopup(url: string, tags: string[], note?: string): Promise<void> {
  const page = await session.context.newPage();
  await page.goto(url);
  const popup = await openPopup(session, await tabIdOf(session, page));
  await popup.getByTestId('add-to-list').click();
  await popup.getByTestId('in-library').waitFor();
  for (const tag of tags) {
    await popup.getByTestId('tag-input').fill(tag);
    await popup.getByTestId('tag-input').press('Enter');
  }
  await eventually(async () => (await popup.getByTestId('tag').count()) === tags.length, `tags on ${url}`);
  if (note) {
    await popup.getByTestId('note').fill(note);
    await eventually(async () => (await popup.getByTestId('note-state').innerText()) === 'Saved', 'note saved');
  }
  await popup.close();
  await page.close();
}

async function openLibrary(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/library.html`);
  return page;
}

const rowTitles = (page: Page) => page.getByTestId('library-row').getByTestId('row-title').allInnerTexts();

async function searchFor(page: Page, text: string, titles: string[]): Promise<void> {
  await page.getByTestId('library-search').fill(text);
  await eventually(async () => JSON.stringify((await rowTitles(page)).sort()) === JSON.stringify([...titles].sort()), `results of "${text}"`);
}

describe('the library page', () => {
  it('is opened from the popup', async () => {
    await addThroughPopup(PAPERS[1]!.url, PAPERS[1]!.tags, NOTE);
    for (const p of [PAPERS[0]!, PAPERS[2]!]) await addThroughPopup(p.url, p.tags);
    const page = await session.context.newPage();
    await page.goto(PAPERS[0]!.url);
    const popup = await openPopup(session, await tabIdOf(session, page));
    const opened = session.context.waitForEvent('page');
    await popup.getByTestId('open-library').click();
    const library = await opened;
    await library.waitForLoadState();
    expect(library.url()).toBe(`chrome-extension://${session.extensionId}/library.html`);
    await library.getByTestId('library-row').first().waitFor();
    await library.close();
    await page.close();
  });

  it('lists, searches the full text and filters', async () => {
    const page = await openLibrary();
    await eventually(async () => (await page.getByTestId('library-row').count()) === 3, 'three rows');
    // Wait for the full-text index (built by the worker on this first open).
    await eventually(async () => !(await page.getByTestId('library-status').innerText()).includes('index'), 'index ready', 20_000);
    // Words of the abstract only: found, though nothing in the row itself is marked.
    await searchFor(page, 'text encoders', [PAPERS[0]!.title]);
    expect(await page.getByTestId('library-row').locator('mark').allInnerTexts()).toEqual([]);
    await searchFor(page, 'positional length', [PAPERS[2]!.title]);
    await searchFor(page, 'tag:llm', [PAPERS[0]!.title, PAPERS[1]!.title]);
    await searchFor(page, 'tag:nlp -tag:llm', [PAPERS[2]!.title]);
    await searchFor(page, 'catalogue:any transformers', [PAPERS[2]!.title]);
    await searchFor(page, 'Frozen', [PAPERS[0]!.title, PAPERS[1]!.title]); // A title, and a note.
    await searchFor(page, 'attention', [PAPERS[1]!.title, PAPERS[0]!.title, PAPERS[2]!.title]);
    await searchFor(page, 'attention is all', [PAPERS[1]!.title]);
    expect(await page.getByTestId('library-row').locator('mark').allInnerTexts()).toEqual(['Attention', 'Is', 'All']);
    // The worker saves what it built after announcing it; let it finish before closing the page.
    await eventually(async () => (await page.getByTestId('library-status').getAttribute('data-phase')) === 'ready', 'index saved');
    await page.close();
  });

  it('opens a paper with the keyboard and shows its note sanitised', async () => {
    const page = await openLibrary();
    await page.getByTestId('library-row').first().waitFor();
    await page.keyboard.press('/');
    await page.keyboard.type('attention is all');
    await eventually(async () => (await page.getByTestId('library-row').count()) === 1, 'one result');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const detail = page.getByTestId('paper-detail');
    await detail.waitFor();
    expect(await detail.getByTestId('detail-title').innerText()).toBe(PAPERS[1]!.title);
    const preview = detail.getByTestId('note-preview');
    expect(await preview.locator('h2').innerText()).toBe('Key idea');
    expect(await preview.locator('strong').innerText()).toBe('LLM');
    expect(await preview.locator('script, [onerror], a[href^="javascript"]').count()).toBe(0);
    expect(await page.title()).not.toBe('pwned');
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'detached' });
    await page.close();
  });

  it('keeps its index across reloads, in IndexedDB', async () => {
    const page = await openLibrary();
    await page.getByTestId('library-row').first().waitFor();
    const saved = await page.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('marginalia');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('searchIndex').objectStore('searchIndex').getAllKeys();
            request.onsuccess = () => resolve((request.result as string[]).sort());
          };
        }),
    );
    expect(saved).toEqual(['index', 'rows']);
    // No "indexing" phase on this open: the saved index is loaded.
    const statuses: string[] = [];
    for (let i = 0; i < 10; i++) {
      statuses.push(await page.getByTestId('library-status').innerText());
      await page.waitForTimeout(50);
    }
    expect(statuses.some((s) => s.includes('indexing'))).toBe(false);
    await searchFor(page, 'encoders', [PAPERS[0]!.title]);
    await page.close();
  });

  it('renames a tag, and the popup shows the new name', async () => {
    const page = await openLibrary();
    await page.getByTestId('library-row').first().waitFor();
    await page.getByRole('button', { name: 'Manage tags' }).click();
    await page.getByRole('button', { name: 'Rename llm' }).click();
    await page.getByLabel('New name for llm').fill('language models');
    await page.getByLabel('New name for llm').press('Enter');
    await page.getByRole('button', { name: 'Rename language models' }).waitFor();
    await page.getByRole('button', { name: /All papers/ }).click();
    await searchFor(page, 'tag:"language models"', [PAPERS[0]!.title, PAPERS[1]!.title]);

    const tab = await session.context.newPage();
    await tab.goto(PAPERS[0]!.url);
    const popup = await openPopup(session, await tabIdOf(session, tab));
    await popup.getByTestId('in-library').waitFor();
    await eventually(async () => (await popup.getByTestId('tag').allInnerTexts()).some((t) => t.includes('language models')), 'renamed tag in popup');
    expect((await popup.getByTestId('tag').allInnerTexts()).some((t) => t.includes('llm'))).toBe(false);
    await popup.close();
    await tab.close();
    await page.close();
  });

  it('follows a change made in the popup while it is open', async () => {
    const page = await openLibrary();
    await page.getByTestId('library-row').first().waitFor();
    await searchFor(page, 'tag:followed', []);
    const tab = await session.context.newPage();
    await tab.goto(PAPERS[2]!.url);
    const popup = await openPopup(session, await tabIdOf(session, tab));
    await popup.getByTestId('tag-input').fill('followed');
    await popup.getByTestId('tag-input').press('Enter');
    await eventually(async () => JSON.stringify(await rowTitles(page)) === JSON.stringify([PAPERS[2]!.title]), 'row appears under tag:followed');
    await popup.close();
    await tab.close();
    await page.close();
  });
});
