import { readFileSync } from 'node:fs';
import { parse } from '@retorquere/bibtex-parser';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, launch, newProfile, openPopup, removeProfile, tabIdOf, type Session } from './harness';

// Export and import from the library page (components/data/DataPanel), in the real browser.
// The panel's hooks: `export-<format>` buttons, the `import-file` input, `import-mode-restore`
// / `import-mode-merge`, `import-preview`, `import-confirm`, `data-status`, errors in role="alert".
let session: Session;
const profile = newProfile();

const ATTENTION = { url: 'https://arxiv.org/abs/1706.03762v7', title: 'Attention Is All You Need' };
const FLAME = { url: 'https://arxiv.org/abs/2411.11927', title: 'FLAME: Frozen Large Language Models Enable Data-Efficient Language-Image Pre-training' };
const NOTE = 'Ünïcode, LaTeX $x_1$ & 100% {braces} — and **Markdown**.';

beforeAll(async () => {
  session = await launch(profile);
});
afterAll(async () => {
  await session?.close();
  removeProfile(profile);
});

/** Opens the popup of a fixture page's tab (closed by the caller with the page). */
async function popupOf(url: string): Promise<{ page: Page; popup: Page }> {
  const page = await session.context.newPage();
  await page.goto(url);
  const popup = await openPopup(session, await tabIdOf(session, page));
  return { page, popup };
}

async function addThroughPopup(url: string, tag: string, note?: string): Promise<void> {
  const { page, popup } = await popupOf(url);
  await popup.getByTestId('add-to-list').click();
  await popup.getByTestId('in-library').waitFor();
  await popup.getByTestId('tag-input').fill(tag);
  await popup.getByTestId('tag-input').press('Enter');
  await eventually(async () => (await popup.getByTestId('tag').count()) === 1, `tag on ${url}`);
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
  await page.getByTestId('export-backup').waitFor();
  await eventually(async () => page.getByTestId('export-backup').isEnabled(), 'export enabled');
  return page;
}

/** Clicks an export button and returns the downloaded file's name and bytes. */
async function download(page: Page, format: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${format}`).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

const today = () => new Date().toISOString().slice(0, 10);
let backupPath = '';

describe('export and import in the library page', () => {
  it('exports the library in every format', async () => {
    await addThroughPopup(ATTENTION.url, 'nlp', NOTE);
    await addThroughPopup(FLAME.url, 'vision');
    const page = await openLibrary();

    const backup = await download(page, 'backup');
    expect(backup.name).toBe(`marginalia-${today()}-backup.json`);
    const json = JSON.parse(backup.bytes.toString('utf8'));
    expect(json).toMatchObject({ format: 'marginalia-backup', version: 1 });
    expect(json.papers.map((p: { title: string }) => p.title).sort()).toEqual([ATTENTION.title, FLAME.title].sort());
    expect(json.papers.find((p: { title: string }) => p.title === ATTENTION.title).note).toBe(NOTE);
    backupPath = `${session.profile}/backup.json`;
    (await import('node:fs')).writeFileSync(backupPath, backup.bytes);

    const bib = await download(page, 'bibtex');
    expect(bib.name).toBe(`marginalia-${today()}.bib`);
    const lib = parse(bib.bytes.toString('utf8'), { english: false, sentenceCase: false });
    expect(lib.errors).toEqual([]);
    expect(lib.entries.map((e) => e.fields.eprint).sort()).toEqual(['1706.03762', '2411.11927']);

    const md = await download(page, 'markdown');
    const files = unzipSync(new Uint8Array(md.bytes));
    expect(Object.keys(files).sort()).toEqual([`${ATTENTION.title}.md`, 'FLAME Frozen Large Language Models Enable Data-Efficient Language-Image Pre-training.md']);
    expect(strFromU8(files[`${ATTENTION.title}.md`]!)).toContain(NOTE);

    for (const [format, suffix] of [['csl-json', '.csl.json'], ['csv', '.csv'], ['annotations', '-annotations.jsonld']]) {
      expect((await download(page, format!)).name).toBe(`marginalia-${today()}${suffix}`);
    }
    await page.close();
  });

  it('copies one paper from the popup as BibTeX and as a Markdown link', async () => {
    const { page, popup } = await popupOf(ATTENTION.url);
    // Extension pages may write the clipboard but not read it: a paste into a text area reads it.
    const pasted = async () => {
      const pad = await session.context.newPage();
      await pad.setContent('<textarea></textarea>');
      await pad.locator('textarea').focus();
      await pad.keyboard.press('ControlOrMeta+V');
      const text = await pad.locator('textarea').inputValue();
      await pad.close();
      return text;
    };
    await popup.getByTestId('copy-bibtex').click();
    await eventually(async () => (await popup.getByTestId('copy-status').innerText()) === 'Copied BibTeX', 'copied BibTeX');
    expect(await pasted()).toMatch(/^@misc\{vaswani2017attention,\n {2}title = \{Attention Is All You Need\}/);
    await popup.getByTestId('copy-markdown-link').click();
    await eventually(async () => (await popup.getByTestId('copy-status').innerText()) === 'Copied Markdown link', 'copied link');
    expect(await pasted()).toBe(`[${ATTENTION.title}](https://arxiv.org/abs/1706.03762)`);
    await popup.close();
    await page.close();
  });

  it('restores the backup after a paper was removed, with its note', async () => {
    const { page: tab, popup } = await popupOf(ATTENTION.url);
    await popup.getByTestId('remove-from-list').click();
    await popup.getByTestId('add-to-list').waitFor();
    await popup.close();
    await tab.close();

    const page = await openLibrary();
    await page.getByTestId('import-file').setInputFiles(backupPath);
    await page.getByTestId('import-preview').waitFor();
    await page.getByTestId('import-mode-restore').check();
    await eventually(async () => (await page.getByTestId('preview-papers-added').innerText()) === '1', 'preview: one paper back');
    await page.getByTestId('import-confirm').click();
    await eventually(async () => (await page.getByTestId('data-status').innerText()).startsWith('Imported'), 'imported');
    await page.close();

    const again = await popupOf(ATTENTION.url);
    await again.popup.getByTestId('in-library').waitFor();
    expect(await again.popup.getByTestId('note').inputValue()).toBe(NOTE);
    await again.popup.close();
    await again.page.close();
  });

  it('refuses a malformed BibTeX file, naming the entry, and changes nothing', async () => {
    const page = await openLibrary();
    await page.getByTestId('import-file').setInputFiles({
      name: 'broken.bib',
      mimeType: 'application/x-bibtex',
      buffer: Buffer.from('@misc{fine, title = {Fine}}\n\n@misc{broken, title = {never closed}\n'),
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/Entry "broken" \(line 3\)/);
    expect(await page.getByTestId('import-preview').count()).toBe(0);
    await page.close();
  });

  it('imports a Zotero BibTeX file, completing the paper already there', async () => {
    const page = await openLibrary();
    await page.getByTestId('import-file').setInputFiles('tests/fixtures/import/zotero.bib');
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('preview-papers-added').innerText()).toBe('1');
    expect(await page.getByTestId('preview-papers-updated').innerText()).toBe('1');
    await page.getByTestId('import-confirm').click();
    await eventually(async () => (await page.getByTestId('data-status').innerText()).startsWith('Imported'), 'imported');
    await eventually(async () => (await page.getByTestId('library-row').count()) === 3, 'three rows');
    await page.close();
  });
});
