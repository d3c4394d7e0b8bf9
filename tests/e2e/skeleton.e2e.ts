import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  badgeOf, eventually, launch, newProfile, openPopup, PAGES, removeProfile, restartWorker, tabIdOf, type Session,
} from './harness';

// From an arXiv page to your list, in the real browser with the built extension.
let session: Session;
const profile = newProfile();

beforeAll(async () => {
  session = await launch(profile);
});
afterAll(async () => {
  await session?.close();
  removeProfile(profile);
});

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function visit(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await session.context.newPage();
  await page.goto(url);
  return { page, tabId: await tabIdOf(session, page) };
}

/** Opens the popup for a tab once its page has been scanned, and returns it. */
async function popupFor(tabId: number): Promise<Page> {
  const popup = await openPopup(session, tabId);
  await popup.locator('[data-testid="paper-title"], [data-testid="not-a-paper"]').first().waitFor();
  return popup;
}

describe('detection and catalogue matching', () => {
  it.each(PAGES.map((p) => [p.url, p] as const))('%s', async (url, fixture) => {
    const { page, tabId } = await visit(url);
    const popup = await popupFor(tabId);
    if (fixture.expect.notAPaper) {
      await expect(popup.getByTestId('not-a-paper').isVisible()).resolves.toBe(true);
      expect(await popup.getByTestId('paper-title').count()).toBe(0);
    } else {
      // A PDF's title arrives from the (intercepted) arXiv API after the popup opened.
      const title = fixture.expect.title === null ? `arXiv:${fixture.expect.arxiv}` : fixture.expect.title;
      if (title) await eventually(async () => (await popup.getByTestId('paper-title').innerText()) === title, `title of ${url}`);
      if (fixture.expect.titleStartsWith) {
        // Hostile markup in a title is shown as text: no element of it reaches the popup.
        expect(await popup.getByTestId('paper-title').innerText()).toMatch(new RegExp(`^${escapeRegExp(fixture.expect.titleStartsWith)}`));
        expect(await popup.locator('main :is(script, img, iframe)').count()).toBe(0);
      }
      if (fixture.expect.title === null) await popup.getByTestId('metadata-unavailable').waitFor();
      const catalogueTitles = await popup.getByTestId('catalogue-title').count();
      expect(catalogueTitles).toBe(fixture.expect.inCatalogue ? 1 : 0);
      // The background stores the tab's state (which the popup follows) before it sets the badge.
      const badge = fixture.expect.inCatalogue ? 'CAT' : '';
      await eventually(async () => (await badgeOf(session, tabId)) === badge, `badge "${badge}" of ${url}`);
    }
    await popup.close();
    await page.close();
  });
});

const atomFor = (id: string, title: string) => `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/${id}v2</id>
<published>2024-04-03T17:59:53Z</published><updated>2024-06-10T00:00:00Z</updated>
<title>${title}</title><summary>An abstract.</summary><author><name>A. Author</name></author></entry></feed>`;

describe('metadata unavailable', () => {
  it.each([
    ['garbage', '2404.02905', 'Visual Autoregressive Modeling: Scalable Image Generation via Next-Scale Prediction'],
    ['timeout', '2406.14546', 'Connecting the Dots: LLMs can Infer and Verbalize Latent Structure from Disparate Training Data'],
  ])('says so when the arXiv API answers %s, and recovers on retry', async (answer, id, title) => {
    session.api.set(id, answer);
    const { page, tabId } = await visit(`https://arxiv.org/pdf/${id}v2`);
    // The page's own report first: a popup opened before it scans the tab on demand too, and
    // that second, later answer would find the API fixed below and retry by itself.
    await page.waitForFunction(() => performance.getEntriesByName('marginalia:scan-sent').length > 0);
    const popup = await popupFor(tabId);
    await popup.getByTestId('metadata-unavailable').waitFor({ timeout: 15_000 });
    expect(await popup.getByTestId('paper-title').innerText()).toBe(`arXiv:${id}`);
    expect(await badgeOf(session, tabId)).toBe('');
    session.api.set(id, atomFor(id, title));
    await popup.getByRole('button', { name: 'Try again' }).click();
    await popup.getByTestId('catalogue-title').waitFor();
    expect(await popup.getByTestId('paper-title').innerText()).toBe(title);
    await eventually(async () => (await badgeOf(session, tabId)) === 'CAT', 'badge CAT after retry');
    // The answer is now cached: the next visit needs no API at all.
    session.api.set(id, 'garbage');
    await popup.close();
    await page.close();
    const again = await visit(`https://arxiv.org/pdf/${id}`);
    const popup2 = await popupFor(again.tabId);
    await popup2.getByTestId('catalogue-title').waitFor();
    await popup2.close();
    await again.page.close();
  }, 40_000);
});

describe('your list survives reloads, worker restarts and browser restarts', () => {
  const abs = PAGES.find((p) => p.expect.inCatalogue && p.file && p.url.includes('/abs/'))!;

  it('adds, sets status, tags and notes', async () => {
    const { page, tabId } = await visit(abs.url);
    const popup = await popupFor(tabId);
    await popup.getByTestId('add-to-list').click();
    await popup.getByTestId('in-library').waitFor();
    await eventually(async () => (await badgeOf(session, tabId)) === 'TO', 'badge TO');
    await popup.getByTestId('status').selectOption('reading');
    await popup.getByTestId('tag-input').fill('to-discuss');
    await popup.getByTestId('tag-input').press('Enter');
    await popup.getByTestId('tag-input').fill('vision');
    await popup.getByTestId('tag-input').press('Enter');
    await popup.getByTestId('note').fill('Frozen LLMs as text encoders — check **Table 2**.');
    await eventually(async () => (await popup.getByTestId('note-state').innerText()) === 'Saved', 'note saved');
    await eventually(async () => (await badgeOf(session, tabId)) === 'RDG', 'badge RDG');
    await popup.close();
    await page.close();
  });

  async function expectSaved() {
    const { page, tabId } = await visit(abs.url);
    const popup = await popupFor(tabId);
    await popup.getByTestId('in-library').waitFor();
    expect(await popup.getByTestId('status').inputValue()).toBe('reading');
    expect(await popup.getByTestId('tag').allInnerTexts()).toEqual([expect.stringContaining('to-discuss'), expect.stringContaining('vision')]);
    expect(await popup.getByTestId('note').inputValue()).toBe('Frozen LLMs as text encoders — check **Table 2**.');
    await eventually(async () => (await badgeOf(session, tabId)) === 'RDG', 'badge RDG after restart');
    await popup.close();
    return page;
  }

  it('is still there after a reload', async () => {
    const page = await expectSaved();
    await page.reload();
    await page.close();
  });

  it('is still there after the service worker restarts', async () => {
    const { page, tabId } = await visit(abs.url);
    await eventually(async () => (await badgeOf(session, tabId)) === 'RDG', 'badge before restart');
    await restartWorker(session, page);
    // The tab's state lives in storage.session: a fresh worker answers the popup without a rescan.
    const popup = await popupFor(tabId);
    expect(await popup.getByTestId('paper-title').innerText()).toBe(abs.expect.title);
    await popup.getByTestId('in-library').waitFor();
    await popup.close();
    await page.close();
    (await expectSaved()).close();
  });

  it('is still there after the browser restarts with the same profile', async () => {
    await session.close();
    session = await launch(profile);
    (await expectSaved()).close();
  });

  it('removes with undo', async () => {
    const { page, tabId } = await visit(abs.url);
    const popup = await popupFor(tabId);
    await popup.getByTestId('remove-from-list').click();
    await popup.getByTestId('add-to-list').waitFor();
    await eventually(async () => (await badgeOf(session, tabId)) === 'CAT', 'badge back to catalogue');
    await popup.getByTestId('undo-remove').click();
    await popup.getByTestId('in-library').waitFor();
    expect(await popup.getByTestId('note').inputValue()).toContain('Table 2');
    await popup.close();
    await page.close();
  });
});
