import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, launch, newProfile, openPopup, removeProfile, restartWorker, tabIdOf, type Session } from './harness';

// Importing a catalogue in the library page, then matching pages against it (issue #8).
let session: Session;
const profile = newProfile();
const CSV = resolve('tests/fixtures/catalogue/reading-group.csv');
// In the reading group's list, and not in the bundled catalogue.
const ATTENTION = 'https://arxiv.org/abs/1706.03762v7';
// A one-entry catalogue whose title has a letter missing ("Theries") from this page's.
const MISSPELT = resolve('tests/fixtures/catalogue/misspelt.csv');
const MALDACENA = 'https://arxiv.org/abs/hep-th/9711200';

beforeAll(async () => {
  session = await launch(profile);
});
afterAll(async () => {
  await session?.close();
  removeProfile(profile);
});

async function library(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/library.html`);
  await page.getByRole('button', { name: 'Catalogue', exact: true }).click();
  await page.getByTestId('catalogue-import').waitFor({ state: 'attached' });
  return page;
}

/** The stored catalogue rows (read from an extension page's IndexedDB), hidden ones included. */
const storedRows = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<Array<{ name: string; state: string; enabled: boolean }>>((resolve, reject) => {
        const open = indexedDB.open('marginalia');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('importedCatalogues').objectStore('importedCatalogues').getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve((all.result as Array<{ name: string; state: string; enabled: boolean }>).map(({ name, state, enabled }) => ({ name, state, enabled })));
          };
        };
      }),
  );

/** Whether the imported catalogue called `name` is switched on, as stored. */
const storedEnabled = async (page: Page, name: string) => (await storedRows(page)).find((c) => c.name === name)?.enabled;

/** Visits the page in a new tab and returns its popup once the paper is shown. */
async function popupOf(url: string): Promise<{ page: Page; popup: Page }> {
  const page = await session.context.newPage();
  await page.goto(url);
  const popup = await openPopup(session, await tabIdOf(session, page));
  await popup.getByTestId('paper-title').waitFor();
  return { page, popup };
}

describe('imported catalogues', () => {
  it('a paper of an imported CSV catalogue is claimed by it, until the catalogue is switched off', async () => {
    const before = await popupOf(ATTENTION);
    expect(await before.popup.getByTestId('catalogue-title').count()).toBe(0);
    await Promise.all([before.popup.close(), before.page.close()]);

    const lib = await library();
    await lib.getByTestId('catalogue-import').setInputFiles(CSV);
    await expect(lib.getByTestId('catalogue-import-done').innerText()).resolves.toMatch(/Imported “reading-group”: 3 papers/);

    const after = await popupOf(ATTENTION);
    await after.popup.getByTestId('catalogue-title').waitFor();
    expect(await after.popup.getByTestId('catalogue-title').innerText()).toBe('Attention Is All You Need');
    expect(await after.popup.getByTestId('catalogue-name').allInnerTexts()).toEqual(['reading-group']);
    await Promise.all([after.popup.close(), after.page.close()]);

    // A fresh service worker loads the saved index from IndexedDB and still knows it.
    await restartWorker(session, lib);
    const restarted = await popupOf(ATTENTION);
    await restarted.popup.getByTestId('catalogue-title').waitFor();
    await Promise.all([restarted.popup.close(), restarted.page.close()]);

    const item = lib.getByTestId('catalogue-item').filter({ hasText: 'reading-group' });
    await item.getByTestId('catalogue-enabled').uncheck();
    await eventually(async () => !(await item.getByTestId('catalogue-enabled').isChecked()), 'switched off');
    // The box flips before anything is written; the background hears of the change once it is stored.
    await eventually(async () => (await storedEnabled(lib, 'reading-group')) === false, 'switched off in IndexedDB');
    const off = await popupOf(ATTENTION);
    // The paper is shown, with no catalogue claiming it.
    await off.popup.waitForTimeout(300);
    expect(await off.popup.getByTestId('catalogue-title').count()).toBe(0);
    await Promise.all([off.popup.close(), off.page.close(), lib.close()]);
  });

  it('matches a title with a typo after a worker restart: from the saved pages, and from the whole index of a catalogue saved before them', async () => {
    const lib = await library();
    await lib.getByTestId('catalogue-import').setInputFiles(MISSPELT);
    await expect(lib.getByTestId('catalogue-import-done').innerText()).resolves.toMatch(/Imported “misspelt”: 1 paper \(CSV\)/);
    // No id and no exact title: only the fuzzy stage can find it. A fresh worker runs it
    // over the saved pages its lookup touches.
    const expectMatched = async () => {
      await restartWorker(session, lib);
      const { page, popup } = await popupOf(MALDACENA);
      await popup.getByTestId('catalogue-title').waitFor();
      expect(await popup.getByTestId('catalogue-title').innerText()).toBe('The Large N Limit of Superconformal Field Theries and Supergravity');
      expect(await popup.getByTestId('catalogue-name').allInnerTexts()).toEqual(['misspelt']);
      await Promise.all([popup.close(), page.close()]);
    };
    await expectMatched();
    // As a catalogue imported before the fuzzy stage was paged: it waits for the whole
    // index, read back from its Blobs.
    await lib.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('marginalia');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['importedCatalogues', 'catalogueIndexPages'], 'readwrite');
            const rows = tx.objectStore('importedCatalogues');
            const pages = tx.objectStore('catalogueIndexPages');
            const all = rows.getAll();
            all.onsuccess = () => {
              for (const row of all.result as Array<{ id: string; name: string; head: { fuzzy?: unknown } }>) {
                if (row.name !== 'misspelt') continue;
                delete row.head.fuzzy;
                rows.put(row);
                for (const table of ['mains', 'starts', 'postings', 'vocabulary']) pages.delete(IDBKeyRange.bound([row.id, table, 0], [row.id, table, Infinity]));
                const head = pages.get([row.id, 'head', 0]);
                head.onsuccess = () => {
                  delete (head.result as { head: { fuzzy?: unknown } }).head.fuzzy;
                  pages.put(head.result);
                };
              }
            };
            tx.oncomplete = () => (db.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await expectMatched();
    await lib.close();
  });

  it("cancels an import running in the library page's worker, and keeps nothing of it", async () => {
    // Large enough to be cancelled midway: 300,000 rows, a few seconds of work.
    const dir = mkdtempSync(join(tmpdir(), 'marginalia-e2e-csv-'));
    const big = join(dir, 'big-list.csv');
    writeFileSync(big, `title,year\n${Array.from({ length: 300_000 }, (_, i) => `Paper Number ${i} About Something,2020`).join('\n')}\n`);
    try {
      const lib = await library();
      await lib.getByTestId('catalogue-import').setInputFiles(big);
      // Progress comes from the worker, batch by batch.
      await lib.getByText(/[1-9][\d,]* papers read from big-list\.csv/).waitFor();
      await lib.getByTestId('catalogue-import-cancel').click();
      await expect(lib.getByTestId('catalogue-import-done').innerText()).resolves.toMatch(/Import cancelled: nothing was kept\./);
      // The worker purged what it had written: no row, not even a hidden one.
      expect((await storedRows(lib)).map((r) => r.name)).not.toContain('big-list');
      await lib.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('browses an imported catalogue and adds a paper from it to your list', async () => {
    // The catalogue imported by the test above (it stays, switched off for matching).
    const lib = await library();
    await lib.getByRole('combobox', { name: 'Browse' }).selectOption({ label: 'reading-group' });
    const list = lib.getByTestId('imported-catalogue');
    await expect(list.getByTestId('catalogue-page-status').innerText()).resolves.toBe('Papers 1–3 of 3');
    const entry = list.getByTestId('catalogue-entry').filter({ hasText: 'Attention Is All You Need' });
    await entry.getByTestId('catalogue-add').click();
    await entry.getByTestId('catalogue-in-list').waitFor();
    await lib.getByRole('button', { name: /^All papers/ }).click();
    await lib.getByTestId('library-row').filter({ hasText: 'Attention Is All You Need' }).waitFor();
    await lib.close();
  });
});
