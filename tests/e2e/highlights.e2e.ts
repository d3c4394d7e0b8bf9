import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DIST, eventually, launch, newProfile, openPopup, removeProfile, tabIdOf, type Session } from './harness';
import { anchored, marks, select, selectWithToolbar } from './highlight-helpers';

// Highlighting on an arXiv HTML page, in the real browser with the built extension.
let session: Session;
const profile = newProfile();
beforeAll(async () => {
  session = await launch(profile);
});
afterAll(async () => {
  await session?.close();
  removeProfile(profile);
});

const URL = 'https://arxiv.org/html/2411.11927v1';
const PASSAGE = 'so they truncate long captions and generalise poorly to languages they rarely saw';
const COMMENT = 'Only because the alt-texts are short?';

async function visit(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await session.context.newPage();
  await page.goto(url);
  return { page, tabId: await tabIdOf(session, page) };
}

async function popupFor(tabId: number): Promise<Page> {
  const popup = await openPopup(session, tabId);
  await popup.getByTestId('paper-title').waitFor();
  return popup;
}

describe('highlighting an arXiv HTML page', () => {
  it('highlights a selection with the toolbar, adds a comment, and puts the paper in the list as Reading', async () => {
    const { page, tabId } = await visit(URL);
    // Every line box of the paragraph, in page coordinates (the page may scroll meanwhile).
    const box = () =>
      page.evaluate(() => {
        const range = document.createRange();
        range.selectNodeContents(document.getElementById('S1.p2.1')!);
        // Marks split text nodes, so fragments differ; each line's extent must not.
        const lines = new Map<number, number[]>();
        for (const r of range.getClientRects()) {
          const top = Math.round(r.top + scrollY);
          const [l, rt, h] = lines.get(top) ?? [Infinity, -Infinity, 0];
          lines.set(top, [Math.min(l!, r.left + scrollX), Math.max(rt!, r.right + scrollX), Math.max(h!, r.height)]);
        }
        return [...lines].map(([top, [l, r, h]]) => [top, Math.round(l!), Math.round(r!), Math.round(h!)]);
      });
    // A page that styles <mark> its own way must not reflow around ours.
    await page.addStyleTag({ content: 'mark { padding: 4px; margin: 3px; display: block; font-size: 30px; border: 2px solid }' });
    const before = await box();
    await selectWithToolbar(page, PASSAGE);
    await page.getByTestId('highlight-color-green').click();
    await page.locator('mark[data-marginalia-highlight]').first().waitFor();
    expect((await marks(page)).text).toBe(PASSAGE);
    // Marks change nothing but the colour: the paragraph keeps its exact box.
    expect(await box()).toEqual(before);
    expect(await page.locator('mark[data-marginalia-highlight]').first().evaluate((m) => getComputedStyle(m).backgroundColor)).toBe('rgba(64, 200, 110, 0.36)');
    await page.getByTestId('highlight-comment').fill(COMMENT);
    await page.getByTestId('highlight-comment').press('Enter');
    await eventually(async () => (await marks(page)).titles.join() === COMMENT, 'the comment on the marks');

    const popup = await popupFor(tabId);
    await popup.getByTestId('in-library').waitFor();
    expect(await popup.getByTestId('status').inputValue()).toBe('reading');
    const item = popup.getByTestId('highlight-item');
    await eventually(async () => (await item.count()) === 1, 'one highlight in the popup');
    expect(await item.innerText()).toContain(PASSAGE);
    expect(await item.innerText()).toContain(COMMENT);
    expect(await popup.getByTestId('highlight-orphan').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('shows the same marks after a reload', async () => {
    const { page } = await visit(URL);
    await page.locator('mark[data-marginalia-highlight]').first().waitFor();
    await page.reload();
    await page.locator('mark[data-marginalia-highlight]').first().waitFor();
    expect(await marks(page)).toEqual({ text: PASSAGE, titles: [COMMENT], colors: ['green'] });
    await page.close();
  });

  it.each([
    ['text inserted before', 'anchoring/flame-inserted-before.html', PASSAGE],
    ['text inserted inside', 'anchoring/flame-inserted-inside.html', 'so they truncate long captions and generalise rather poorly to languages they rarely saw'],
    ['text inserted after', 'anchoring/flame-inserted-after.html', PASSAGE],
  ])('still finds it on an edited page (%s)', async (_, file, expected) => {
    session.pages.set(URL, file);
    const { page, tabId } = await visit(URL);
    await page.locator('mark[data-marginalia-highlight]').first().waitFor();
    expect((await marks(page)).text).toBe(expected);
    const popup = await popupFor(tabId);
    await eventually(async () => (await popup.getByTestId('highlight-item').count()) === 1, 'the highlight listed');
    expect(await popup.getByTestId('highlight-orphan').count()).toBe(0);
    await popup.close();
    await page.close();
    session.pages.delete(URL);
  });

  it('lists it as not found, with its quote, when the passage is gone', async () => {
    session.pages.set(URL, 'anchoring/flame-deleted.html');
    const { page, tabId } = await visit(URL);
    const popup = await popupFor(tabId);
    const orphan = popup.getByTestId('highlight-orphan');
    await orphan.waitFor();
    expect(await orphan.innerText()).toContain(PASSAGE);
    expect(await orphan.innerText()).toMatch(/not found on this page/i);
    expect(await page.locator('mark[data-marginalia-highlight]').count()).toBe(0);
    await popup.close();
    await page.close();
    session.pages.delete(URL);
  });

  it('finds it when its section arrives late, after the page loaded', async () => {
    session.pages.set(URL, 'anchoring/flame-late-section.html');
    const { page, tabId } = await visit(URL);
    const popup = await popupFor(tabId);
    // First not there (the page reports it as not found)…
    await popup.getByTestId('highlight-orphan').waitFor();
    // …then the page's script inserts the paragraph, and the highlight is drawn there.
    await page.locator('[id="S1.p2.1"] mark[data-marginalia-highlight]').first().waitFor();
    expect((await marks(page, '[id="S1.p2.1"]')).text).toBe(PASSAGE);
    await eventually(async () => (await popup.getByTestId('highlight-orphan').count()) === 0, 'no longer listed as not found');
    await popup.close();
    await page.close();
    session.pages.delete(URL);
  });

  it('scrolls the page to a highlight clicked in the popup', async () => {
    const { page, tabId } = await visit(URL);
    await page.setViewportSize({ width: 900, height: 240 });
    await page.locator('mark[data-marginalia-highlight]').first().waitFor();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const inView = () => page.evaluate(() => {
      const r = document.querySelector('mark[data-marginalia-highlight]')!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    expect(await inView()).toBe(false);
    const popup = await popupFor(tabId);
    await popup.getByTestId('highlight-item').getByRole('button').click();
    await eventually(inView, 'the highlight scrolled into view');
    await popup.close();
    await page.close();
  });

  it('edits a highlight from its mark: colour, comment, delete and undo', async () => {
    const { page } = await visit(URL);
    const mark = page.locator('mark[data-marginalia-highlight]').first();
    await mark.waitFor();
    await eventually(async () => {
      await mark.click();
      return page.getByTestId('highlight-delete').isVisible();
    }, 'the edit toolbar');
    await page.getByTestId('highlight-color-blue').click();
    await eventually(async () => (await marks(page)).colors.join() === 'blue', 'blue marks');
    await page.getByTestId('highlight-comment').fill('Revised note');
    await page.getByTestId('highlight-comment').press('Enter');
    await eventually(async () => (await marks(page)).titles.join() === 'Revised note', 'the revised comment');
    await page.getByTestId('highlight-delete').click();
    await eventually(async () => (await mark.count()) === 0, 'the marks removed');
    await page.getByTestId('highlight-undo').click();
    await mark.waitFor();
    expect(await marks(page)).toEqual({ text: PASSAGE, titles: ['Revised note'], colors: ['blue'] });
    await page.reload();
    await mark.waitFor();
    expect((await marks(page)).titles).toEqual(['Revised note']);
    await page.close();
  });
});

describe('passages across element boundaries, and the keyboard command', () => {
  const INLINE_URL = 'https://arxiv.org/html/2411.11927v2';

  it('highlights across a citation, a formula and a link, and finds it again after a reload', async () => {
    session.pages.set(INLINE_URL, 'anchoring/flame-inline-elements.html');
    const { page } = await visit(INLINE_URL);
    await selectWithToolbar(page, 'caption augmentation', 'architecture of the');
    await page.getByTestId('highlight-color-pink').click();
    const paragraph = '[id="S2.p1.1"]';
    await page.locator(`${paragraph} mark[data-marginalia-highlight]`).first().waitFor();
    const made = await marks(page, paragraph);
    expect(made.text).toBe('caption augmentation (Fan et al., 2023), re-captioning with multimodal models under a loss ℒcap, or changes to the architecture of the');
    // The formula is marked whole: no HTML inside MathML.
    expect(await page.evaluate(() => document.querySelector('math')!.parentElement!.localName)).toBe('mark');
    expect(await page.locator('math mark').count()).toBe(0);
    await page.reload();
    await page.locator(`${paragraph} mark[data-marginalia-highlight]`).first().waitFor();
    expect(await marks(page, paragraph)).toEqual(made);
    await page.close();
  });

  it('highlights a passage selected by a real mouse drag', async () => {
    const { page } = await visit(URL);
    const phrase = 'each image token attend to the facet embeddings';
    await page.locator('[id="S3.p2.1"]').scrollIntoViewIfNeeded();
    // Screen points of the phrase's first and last characters.
    const [x1, y1, x2, y2] = await page.evaluate((p) => {
      const el = document.getElementById('S3.p2.1')!;
      const node = [...el.childNodes].find((n) => n.textContent!.includes(p))!;
      const at = node.textContent!.indexOf(p);
      const rect = (i: number) => {
        const r = document.createRange();
        r.setStart(node, i);
        r.setEnd(node, i + 1);
        return r.getBoundingClientRect();
      };
      const a = rect(at);
      const b = rect(at + p.length - 1);
      return [a.left + 1, a.top + a.height / 2, b.right - 1, b.top + b.height / 2];
    }, phrase);
    await eventually(async () => {
      // A press inside a selection would drag it: start each try from none.
      await page.evaluate(() => getSelection()!.removeAllRanges());
      await page.mouse.move(x1!, y1!);
      await page.mouse.down();
      await page.mouse.move(x2!, y2!, { steps: 8 });
      await page.mouse.up();
      // The toolbar opens a moment after the mouse is released (its first use loads it):
      // wait for it, or the next try's press would close it.
      return page
        .getByTestId('highlight-toolbar')
        .waitFor({ state: 'visible', timeout: 2_000 })
        .then(() => true, () => false);
    }, 'the toolbar after a drag');
    await page.getByTestId('highlight-color-purple').click();
    await eventually(async () => (await marks(page, '[id="S3.p2.1"]')).text === phrase, 'the dragged passage marked');
    await page.close();
  });

  it('the keyboard command and context menu are declared, and highlight the selection at once', async () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
    expect(manifest.commands['highlight-selection'].suggested_key.default).toBe('Alt+Shift+H');
    expect(manifest.permissions).toContain('contextMenus');
    const { page, tabId } = await visit(URL);
    await page.locator('mark[data-marginalia-highlight]').first().waitFor();
    // The page has several highlights by now: count their marks once all are drawn.
    await anchored(session, tabId);
    const before = await page.locator('mark[data-marginalia-highlight]').count();
    await selectWithToolbar(page, 'Facet-decoupled attention');
    // What the command and the menu item do in the background: tell the tab's content script.
    const worker = await session.worker();
    await worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'highlightSelection' }, { frameId: 0 }), tabId);
    await eventually(async () => (await page.locator('mark[data-marginalia-highlight]').count()) > before, 'a new mark');
    // The comment field has the focus, for the keyboard user to go on.
    expect(await page.evaluate(() => document.querySelector('marginalia-toolbar')!.shadowRoot!.activeElement?.getAttribute('data-testid'))).toBe('highlight-comment');
    await page.close();
  });

  it('removing the paper from the list takes its marks off the page; undo brings them back', async () => {
    const { page, tabId } = await visit(URL);
    const mark = page.locator('mark[data-marginalia-highlight]');
    await mark.first().waitFor();
    // Every highlight's marks, not those of the first anchoring slice: undo must bring back all of them.
    await anchored(session, tabId);
    const count = await mark.count();
    const popup = await popupFor(tabId);
    await popup.getByTestId('remove-from-list').click();
    await eventually(async () => (await mark.count()) === 0, 'marks removed with the paper');
    await popup.getByTestId('undo-remove').click();
    await eventually(async () => (await mark.count()) === count, 'marks back after undo');
    await popup.close();
    await page.close();
  });
});
