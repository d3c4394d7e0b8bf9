import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupView } from '@/components/PopupView';
import { openDatabase, type MarginaliaDB } from '@/lib/db/database';
import type { CatalogueMatch } from '@/lib/catalogue/match';
import type { TabState } from '@/lib/messaging';
import type { PaperRef } from '@/lib/paper';
import { libraryActions } from '@/lib/ui/library-actions';
import { usePopupUi } from '@/lib/ui/popup-store';
import { useAllTags, useLibraryEntry } from '@/lib/ui/use-library-entry';
import type { TabView } from '@/lib/ui/use-tab-state';

const ref: PaperRef = {
  ids: { arxiv: '2411.11927' },
  title: 'FLAME: Frozen Large Language Models Enable Data-Efficient Language-Image Pre-training',
  authors: ['Anjia Cao', 'Xing Wei', 'Zhiheng Ma'],
  url: 'https://arxiv.org/abs/2411.11927',
  site: 'arxiv',
  kind: 'abstract',
};
const match: CatalogueMatch = {
  entry: {
    id: 'hf-trending:ed2e159f',
    title: ref.title!,
    abstract: 'Language-image pre-training faces significant challenges.',
    links: [{ url: 'https://github.com/MIV-XJTU/FLAME', kind: 'code' }],
  },
  catalogueId: 'hf-trending',
  catalogueName: 'Hugging Face trending papers (Mar 11)',
  method: 'title',
  confidence: 1,
};
const state = (over: Partial<TabState> = {}): TabView => ({
  loading: false,
  state: { tabId: 1, url: ref.url, phase: 'paper', ref, match, ...over },
});

let db: MarginaliaDB;
let n = 0;
beforeEach(async () => {
  fakeBrowser.reset();
  usePopupUi.setState({ removed: null, error: null, abstractOpen: false });
  db = openDatabase(`popup-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  cleanup();
  db.close();
  await Dexie.delete(db.name);
});

/** The popup as App wires it, with a real (fake-indexeddb) database. */
function Harness({ view }: { view: TabView }) {
  const entry = useLibraryEntry(db, view.loading ? null : (view.state?.ref ?? null));
  const suggestions = useAllTags(db);
  return <PopupView view={view} entry={entry} suggestions={suggestions} actions={libraryActions(db)} onRetryMetadata={() => {}} />;
}

describe('popup', () => {
  it('says when the tab is no paper page', () => {
    render(<Harness view={{ loading: false, state: { tabId: 1, url: 'https://arxiv.org/', phase: 'not-paper', ref: null, match: null } }} />);
    expect(screen.getByTestId('not-a-paper')).toHaveTextContent('No paper here');
    expect(screen.queryByTestId('paper-title')).toBeNull();
  });

  it('shows the paper and its catalogue entry with links', async () => {
    render(<Harness view={state()} />);
    expect(screen.getByTestId('paper-title')).toHaveTextContent(ref.title!);
    expect(screen.getByTestId('catalogue-title')).toHaveTextContent(match.entry.title);
    expect(screen.getByRole('link', { name: /github.com\/MIV-XJTU\/FLAME/ })).toHaveAttribute('href', 'https://github.com/MIV-XJTU/FLAME');
    expect(screen.getByText(/Hugging Face trending papers/)).toBeInTheDocument();
    await screen.findByTestId('add-to-list');
  });

  it('has no catalogue title when nothing matched', () => {
    render(<Harness view={state({ match: null })} />);
    expect(screen.queryByTestId('catalogue-title')).toBeNull();
    expect(screen.getByText('Not in any of your catalogues.')).toBeInTheDocument();
  });

  it('renders hostile page text as text, never as HTML', () => {
    const hostile = { ...ref, title: '<img src=x onerror="alert(1)">Paper', authors: ['<b>bold</b>'] };
    const { container } = render(<Harness view={state({ ref: hostile, match: null })} />);
    expect(screen.getByTestId('paper-title')).toHaveTextContent('<img src=x onerror="alert(1)">Paper');
    expect(container.querySelector('img, b')).toBeNull();
  });

  it('shows that metadata is unavailable, with a retry', () => {
    render(<Harness view={state({ phase: 'metadata-unavailable', ref: { ...ref, title: undefined, kind: 'pdf' }, match: null, error: 'The arXiv API did not answer in time.' })} />);
    expect(screen.getByTestId('metadata-unavailable')).toHaveTextContent('did not answer in time');
    expect(screen.getByTestId('paper-title')).toHaveTextContent('arXiv:2411.11927');
  });

  it('adds, sets status, tags, writes a note, removes and undoes', async () => {
    const user = userEvent.setup();
    render(<Harness view={state()} />);
    await user.click(await screen.findByTestId('add-to-list'));
    expect(await screen.findByTestId('in-library')).toBeInTheDocument();

    await user.selectOptions(screen.getByTestId('status'), 'reading');
    await waitFor(async () => expect((await db.papers.toArray())[0]!.status).toBe('reading'));

    await user.type(screen.getByTestId('tag-input'), 'vision{Enter}clip,');
    await waitFor(async () => expect((await db.papers.toArray())[0]!.tags).toEqual(['vision', 'clip']));
    // The chips come from a live query that can lag the write under load; wait for them.
    await user.click(await screen.findByRole('button', { name: 'Remove tag vision' }));
    await waitFor(async () => expect((await db.papers.toArray())[0]!.tags).toEqual(['clip']));

    await user.type(screen.getByTestId('note'), 'Frozen LLM as encoder');
    await waitFor(async () => expect((await db.papers.toArray())[0]!.note).toBe('Frozen LLM as encoder'));
    await waitFor(() => expect(screen.getByTestId('note-state')).toHaveTextContent('Saved'));

    await user.click(screen.getByTestId('remove-from-list'));
    await screen.findByTestId('add-to-list');
    expect(await db.papers.count()).toBe(0);
    await user.click(screen.getByTestId('undo-remove'));
    expect(await screen.findByTestId('in-library')).toBeInTheDocument();
    const restored = (await db.papers.toArray())[0]!;
    expect(restored).toMatchObject({ status: 'reading', tags: ['clip'], note: 'Frozen LLM as encoder' });
  });

  it('suggests existing tags', async () => {
    const other = await libraryActions(db).add({ ...ref, ids: { arxiv: '2305.19466' }, title: 'Another paper about transformers' });
    await libraryActions(db).setTags(other.id, ['transformers']);
    await libraryActions(db).add(ref);
    render(<Harness view={state()} />);
    await screen.findByTestId('in-library');
    await waitFor(() => expect(document.querySelector('datalist option[value="transformers"]')).not.toBeNull());
  });

  it('removes the last tag with Backspace in the empty tag input', async () => {
    const user = userEvent.setup();
    const entry = await libraryActions(db).add(ref);
    await libraryActions(db).setTags(entry.id, ['a', 'b']);
    render(<Harness view={state()} />);
    await screen.findByTestId('in-library');
    await user.click(screen.getByTestId('tag-input'));
    await user.keyboard('{Backspace}');
    await waitFor(async () => expect((await db.papers.get(entry.id))!.tags).toEqual(['a']));
  });
});
