import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MarginaliaDB } from '@/lib/db/database';
import { catalogue, fakeLayout, renderLibrary, seededDb, TITLES } from './harness';

// Full-page interactions on a shared 2-core machine: far slower than the 5 s default allows for.
vi.setConfig({ testTimeout: 30_000 });

let db: MarginaliaDB;
let page: ReturnType<typeof renderLibrary>;
let undoLayout: () => void;
beforeAll(() => {
  undoLayout = fakeLayout();
});
afterAll(() => undoLayout());
beforeEach(async () => {
  fakeBrowser.reset();
  db = await seededDb();
  page = renderLibrary(db);
  await waitFor(() => expect(screen.getAllByTestId('library-row')).toHaveLength(3));
});
afterEach(async () => {
  cleanup();
  await page.dispose();
});

const rowOf = (title: string) => screen.getAllByTestId('library-row').find((r) => within(r).getByTestId('row-title').textContent === title)!;
const tagsOfRow = (title: string) => within(rowOf(title)).getByTestId('row-tags').textContent;

describe('library tags', () => {
  it('renames a tag everywhere at once, colours it, and deletes it', async () => {
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Manage tags' }));
    await user.click(screen.getByRole('button', { name: 'Rename llm' }));
    const input = screen.getByLabelText('New name for llm');
    await user.clear(input);
    await user.type(input, 'language models{Enter}');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Rename llm' })).toBeNull());
    expect(screen.getByRole('button', { name: 'Rename language models' })).toBeInTheDocument();
    expect((await db.papers.where('tags').equals('language models').count())).toBe(2);

    await user.selectOptions(screen.getByLabelText('Colour of language models'), 'blue');
    await user.click(screen.getByRole('button', { name: /All papers/ }));
    await waitFor(() => expect(tagsOfRow(TITLES.flame)).toBe('visionlanguage models'));
    // Colours come from their own live query, which can lag the write (the rows above were already renamed).
    await waitFor(() => expect(within(rowOf(TITLES.flame)).getByText('language models')).toHaveClass('c-blue'));

    await user.click(screen.getByRole('button', { name: 'Manage tags' }));
    await user.click(screen.getByRole('button', { name: 'Delete vision' }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    // The confirmation hides "Delete vision" at once, before anything is written: wait for the
    // tag's row to leave the table (rows follow the database), then check the button is gone.
    await waitFor(() => expect(screen.queryByLabelText('Choose vision to merge')).toBeNull());
    expect(screen.queryByRole('button', { name: 'Delete vision' })).toBeNull();
    expect(await db.papers.where('tags').equals('vision').count()).toBe(0);
  });

  it('merges tags', async () => {
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Manage tags' }));
    await user.click(screen.getByLabelText('Choose nlp to merge'));
    await user.click(screen.getByLabelText('Choose vision to merge'));
    const into = screen.getByLabelText('Merge into tag');
    await user.clear(into);
    await user.type(into, 'ml');
    await user.click(screen.getByRole('button', { name: 'Merge' }));
    await waitFor(async () => expect(await db.papers.where('tags').equals('ml').count()).toBe(2));
    await waitFor(() => expect(screen.queryByLabelText('Choose nlp to merge')).toBeNull());
  });
});

describe('bulk actions', () => {
  it('checks a range with shift-click, sets a status, and undoes it', async () => {
    const user = userEvent.setup();
    await user.click(screen.getByLabelText(`Select ${TITLES.resnet}`));
    await user.keyboard('{Shift>}');
    await user.click(screen.getByLabelText(`Select ${TITLES.flame}`));
    await user.keyboard('{/Shift}');
    expect(screen.getByTestId('selection-count')).toHaveTextContent('3 selected');
    await user.selectOptions(screen.getByLabelText('Set status of selected papers'), 'reading');
    await waitFor(() => expect(screen.getAllByText('Reading', { selector: '.status-chip' })).toHaveLength(3));
    expect(screen.getByTestId('undo-bar')).toHaveTextContent('3 papers set to “Reading”.');
    await user.click(screen.getByTestId('undo'));
    await waitFor(() => expect(screen.getAllByText('To read', { selector: '.status-chip' })).toHaveLength(2));
    expect((await db.papers.toArray()).map((p) => p.status).sort()).toEqual(['read', 'to-read', 'to-read']);
  });

  it('tags a selection, and refuses a tag that is too long with an alert', async () => {
    const user = userEvent.setup();
    await user.click(screen.getByLabelText(`Select ${TITLES.resnet}`));
    await user.click(screen.getByLabelText(`Select ${TITLES.attention}`));
    await user.type(screen.getByLabelText('Tag to add to selected papers'), 'classic{Enter}');
    await waitFor(() => expect(tagsOfRow(TITLES.resnet)).toBe('classic'));
    expect(tagsOfRow(TITLES.attention)).toBe('nlpllmclassic');
    await user.selectOptions(screen.getByLabelText('Remove a tag from selected papers'), 'classic');
    await waitFor(() => expect(tagsOfRow(TITLES.resnet)).toBe(''));

    await page.search.query({ text: '', sort: { key: 'addedAt', dir: 'desc' } });
    const input = screen.getByLabelText('Tag to add to selected papers');
    input.removeAttribute('maxlength');
    await user.type(input, `${'x'.repeat(70)}{Enter}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('at most 64 characters');
  });

  it('removes a selection with its highlights, and undo brings everything back', async () => {
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('Select all results'));
    await user.click(screen.getByRole('button', { name: 'Remove from list' }));
    expect(await screen.findByTestId('library-empty')).toBeInTheDocument();
    expect(await db.highlights.count()).toBe(0);
    expect(screen.getByTestId('undo-bar')).toHaveTextContent('3 papers removed');
    await user.click(screen.getByTestId('undo'));
    await waitFor(() => expect(screen.getAllByTestId('library-row')).toHaveLength(3));
    expect(await db.highlights.count()).toBe(1);
  });
});

describe('catalogue', () => {
  it('marks papers already in the list and adds one from the catalogue', async () => {
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Catalogue' }));
    // Generous waits: the whole unit suite shares two cores; this test failed once in a full run
    // on 2026-11-27 and passed alone, most likely a default 1 s wait running out under that load.
    const entries = await screen.findAllByTestId('catalogue-entry', {}, { timeout: 5_000 });
    expect(entries).toHaveLength(catalogue.papers.length);
    // The marks come from a second read (the list's identities), which may land after the
    // entries render: failed this way once more in a full run on 2026-11-27 (19:17 UTC).
    await waitFor(() => expect(within(screen.getAllByTestId('catalogue-entry')[0]!).queryByTestId('catalogue-in-list')).not.toBeNull(), { timeout: 5_000 });
    await user.click(within(screen.getAllByTestId('catalogue-entry')[1]!).getByTestId('catalogue-add'));
    await waitFor(() => expect(within(screen.getAllByTestId('catalogue-entry')[1]!).queryByTestId('catalogue-in-list')).not.toBeNull(), { timeout: 5_000 });
    expect(await db.papers.count()).toBe(4);
    await user.click(within(screen.getAllByTestId('catalogue-entry')[1]!).getByTestId('catalogue-in-list'));
    expect(await screen.findByTestId('detail-title', {}, { timeout: 5_000 })).toHaveTextContent(catalogue.papers[1]!.title);
  });
});
