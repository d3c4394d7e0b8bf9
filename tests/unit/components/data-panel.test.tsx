import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DataPanel } from '@/components/data/DataPanel';
import { DataPanel as LazyDataPanel } from '@/components/data/LazyDataPanel';
import { openDatabase, type MarginaliaDB } from '@/lib/db/database';
import { makeBackup, serializeBackup } from '@/lib/export/backup';
import { attention, highlight, paper, preprint } from '../export/sample';

let db: MarginaliaDB;
let n = 0;
let downloads: { name: string; blob: Blob }[];

beforeEach(async () => {
  fakeBrowser.reset();
  db = openDatabase(`data-panel-test-${n++}`);
  await db.open();
  downloads = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blobs.get(this.href)! });
  });
});
afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  db.close();
  await Dexie.delete(db.name);
});

const today = () => new Date().toISOString().slice(0, 10);
const seed = async () => {
  await db.papers.bulkAdd([attention, preprint]);
  await db.highlights.add(highlight('h1', attention.id, 'the quote', { comment: 'mine' }));
};
// Browsers let a user pick any file whatever `accept` says, so the upload ignores it too.
const upload = (name: string, text: string) =>
  userEvent.setup({ applyAccept: false }).upload(screen.getByTestId('import-file'), new File([text], name, { type: 'application/octet-stream' }));

describe('DataPanel export', () => {
  it('says the list is empty and disables exports', async () => {
    render(<DataPanel db={db} />);
    expect(await screen.findByTestId('export-empty')).toHaveTextContent('nothing to export');
    for (const f of ['markdown', 'bibtex', 'csl-json', 'csv', 'annotations', 'backup']) expect(screen.getByTestId(`export-${f}`)).toBeDisabled();
  });

  it('downloads each format as a dated file', async () => {
    await seed();
    render(<DataPanel db={db} />);
    const user = userEvent.setup();
    const expected = {
      markdown: '-markdown.zip', bibtex: '.bib', 'csl-json': '.csl.json', csv: '.csv', annotations: '-annotations.jsonld', backup: '-backup.json',
    };
    for (const [format, suffix] of Object.entries(expected)) {
      await waitFor(() => expect(screen.getByTestId(`export-${format}`)).toBeEnabled());
      await user.click(screen.getByTestId(`export-${format}`));
      await waitFor(() => expect(downloads.at(-1)?.name).toBe(`marginalia-${today()}${suffix}`));
      await waitFor(() => expect(screen.getByTestId('data-status')).toHaveTextContent(`Saved marginalia-${today()}${suffix}`));
    }
    const bib = await downloads[1]!.blob.text();
    expect(bib).toContain('@inproceedings{vaswani2017attention,');
    expect(bib).toContain('@misc{cao2024flame,');
  });

  it('exports only the selected papers when asked, but always backs up everything', async () => {
    await seed();
    render(<DataPanel db={db} selectedIds={[preprint.id]} />);
    const user = userEvent.setup();
    expect(await screen.findByLabelText('The 1 selected')).toBeChecked();
    await user.click(screen.getByTestId('export-bibtex'));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(await downloads[0]!.blob.text()).not.toContain('vaswani');
    await user.click(screen.getByTestId('export-backup'));
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(JSON.parse(await downloads[1]!.blob.text()).papers).toHaveLength(2);
    await user.click(screen.getByLabelText('All 2'));
    await user.click(screen.getByTestId('export-bibtex'));
    await waitFor(() => expect(downloads).toHaveLength(3));
    expect(await downloads[2]!.blob.text()).toContain('vaswani');
  });

  it('follows a selection made after it was shown, until the user chooses', async () => {
    await seed();
    const { rerender } = render(<DataPanel db={db} />);
    await waitFor(() => expect(screen.getByTestId('export-bibtex')).toBeEnabled());
    rerender(<DataPanel db={db} selectedIds={[preprint.id]} />);
    expect(screen.getByLabelText('The 1 selected')).toBeChecked();
    await userEvent.setup().click(screen.getByTestId('export-csv'));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(await downloads[0]!.blob.text()).not.toContain('Attention');
  });

  it('can be cancelled while it runs', async () => {
    await db.papers.bulkAdd(Array.from({ length: 6000 }, (_, i) => paper({ id: `p${i}`, title: `Paper ${i}` })));
    render(<DataPanel db={db} />);
    const user = userEvent.setup();
    await waitFor(() => expect(screen.getByTestId('export-csv')).toBeEnabled());
    await user.click(screen.getByTestId('export-csv'));
    await user.click(await screen.findByTestId('task-cancel'));
    expect(await screen.findByTestId('data-status', {}, { timeout: 10_000 })).toHaveTextContent('Cancelled');
    expect(downloads).toHaveLength(0);
  }, 20_000);
});

describe('DataPanel import', () => {
  it('previews a backup before writing, then merges or restores on confirmation', async () => {
    await seed();
    const edited = { ...attention, note: 'edited on the laptop', updatedAt: attention.updatedAt + 5 };
    const extra = paper({ id: 'extra', title: 'A paper only the backup has' });
    const text = serializeBackup(makeBackup({ papers: [edited, extra], highlights: [], tables: {} }, Date.now()));
    render(<DataPanel db={db} />);
    const user = userEvent.setup();
    await upload('marginalia-backup.json', text);
    expect(await screen.findByText(/Marginalia backup with 2 papers/)).toBeInTheDocument();
    expect(screen.getByTestId('preview-papers-added')).toHaveTextContent('1');
    expect(screen.getByTestId('preview-papers-updated')).toHaveTextContent('1');
    expect(await db.papers.count()).toBe(2);
    expect((await db.papers.get(attention.id))!.note).toBe(attention.note);

    await user.click(screen.getByTestId('import-mode-restore'));
    await waitFor(() => expect(screen.getByTestId('preview-papers-removed')).toHaveTextContent('1'));
    expect(screen.getByText(/will be removed/)).toHaveTextContent('1 paper and 1 highlight');
    await user.click(screen.getByTestId('import-mode-merge'));
    await waitFor(() => expect(screen.queryByTestId('preview-papers-removed')).toBeNull());
    // The switch drops the old preview at once; the merge preview (IndexedDB reads) follows,
    // and the confirm button stays disabled until it is in: a click before then is lost.
    await waitFor(() => expect(screen.getByTestId('import-confirm')).toBeEnabled());
    await user.click(screen.getByTestId('import-confirm'));
    expect(await screen.findByTestId('data-status')).toHaveTextContent('Imported: 1 paper added, 1 updated');
    expect((await db.papers.get(attention.id))!.note).toBe('edited on the laptop');
    expect(await db.papers.count()).toBe(3);
    expect(screen.queryByTestId('import-preview')).toBeNull();
  });

  it('imports BibTeX into the list without duplicates', async () => {
    await seed();
    render(<DataPanel db={db} />);
    const user = userEvent.setup();
    await upload('refs.bib', '@article{a, title = {Attention is all you need}, keywords = {zotero}}\n@misc{b, title = {Brand new paper from Zotero}}');
    expect(await screen.findByText(/BibTeX with 2 papers/)).toBeInTheDocument();
    expect(screen.queryByTestId('import-mode-restore')).toBeNull();
    await user.click(screen.getByTestId('import-confirm'));
    expect(await screen.findByTestId('data-status')).toHaveTextContent('1 paper added, 1 updated');
    expect(await db.papers.count()).toBe(3);
  });

  it('shows what is wrong with a malformed file and changes nothing', async () => {
    await seed();
    render(<DataPanel db={db} />);
    await upload('broken.bib', '@misc{fine, title = {Fine}}\n\n@misc{broken, title = {never closed}\n');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('broken.bib cannot be imported; nothing was changed.');
    expect(alert).toHaveTextContent(/Entry "broken" \(line 3\)/);
    expect(screen.queryByTestId('import-preview')).toBeNull();
    expect(await db.papers.count()).toBe(2);
  });

  it('cancels an import part-way, leaving the library as it was', async () => {
    await seed();
    const papers = Array.from({ length: 6000 }, (_, i) => paper({ id: `p${i}`, title: `Backup paper number ${i}` }));
    render(<DataPanel db={db} />);
    const user = userEvent.setup();
    await upload('big.json', serializeBackup(makeBackup({ papers, highlights: [], tables: {} }, 1)));
    await user.click(await screen.findByTestId('import-mode-restore'));
    await waitFor(() => expect(screen.getByTestId('preview-papers-removed')).toHaveTextContent('2'));
    await user.click(screen.getByTestId('import-confirm'));
    await user.click(await screen.findByTestId('task-cancel'));
    // The write stops at the next chunk, which takes a while in fake-indexeddb.
    expect(await screen.findByTestId('data-status', {}, { timeout: 20_000 })).toHaveTextContent('Cancelled: nothing was changed.');
    expect(await db.papers.count()).toBe(2);
    expect(await db.highlights.count()).toBe(1);
  }, 40_000);

  it('refuses a file of another kind', async () => {
    render(<DataPanel db={db} />);
    await upload('photo.txt', 'hello');
    expect(await screen.findByRole('alert')).toHaveTextContent('not a Marginalia backup, a BibTeX file or CSL-JSON');
  });

  it('refuses to write when the library changed after the preview, and shows the new preview', async () => {
    await seed();
    const text = serializeBackup(makeBackup({ papers: [paper({ id: 'extra', title: 'A paper only the backup has' })], highlights: [], tables: {} }, 1));
    render(<DataPanel db={db} />);
    const user = userEvent.setup();
    await upload('b.json', text);
    await screen.findByTestId('import-preview');
    await act(() => db.papers.add(paper({ id: 'extra', title: 'A paper only the backup has' })));
    await user.click(screen.getByTestId('import-confirm'));
    expect(await screen.findByRole('alert')).toHaveTextContent('changed since the preview');
    await waitFor(() => expect(screen.getByTestId('preview-papers-unchanged')).toHaveTextContent('1'));
  });
});

describe('the panel as the library page loads it', () => {
  it('says it is loading, then shows the same panel once the page is idle', async () => {
    render(<LazyDataPanel db={db} selectedIds={[]} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading import and export');
    expect(await screen.findByTestId('export-bibtex', {}, { timeout: 5_000 })).toBeInTheDocument();
    expect(screen.queryByText('Loading import and export…')).toBeNull();
  });
});
