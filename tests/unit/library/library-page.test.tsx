import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeLayout, renderLibrary, seededDb, TITLES } from './harness';

// Full-page interactions on a shared 2-core machine: far slower than the 5 s default allows for.
vi.setConfig({ testTimeout: 30_000 });

let page: ReturnType<typeof renderLibrary>;
let undoLayout: () => void;
beforeAll(() => {
  undoLayout = fakeLayout();
});
afterAll(() => undoLayout());
beforeEach(() => fakeBrowser.reset());
afterEach(async () => {
  cleanup();
  await page?.dispose();
});

const rowTitles = () => screen.queryAllByTestId('library-row').map((r) => within(r).getByTestId('row-title').textContent);
const waitForRows = (titles: string[]) => waitFor(() => expect(rowTitles()).toEqual(titles));

describe('library page', () => {
  it('lists every paper newest first, with status, tags and highlight counts', async () => {
    page = renderLibrary(await seededDb());
    await waitForRows([TITLES.resnet, TITLES.attention, TITLES.flame]);
    const attention = () => screen.getAllByTestId('library-row')[1]!;
    expect(within(attention()).getByTestId('row-tags')).toHaveTextContent('nlpllm');
    // Counts come with the service's rows (the first screen is one quick read without them).
    await waitFor(() => expect(within(attention()).getByLabelText('1 highlights')).toBeInTheDocument());
    expect(within(screen.getAllByTestId('library-row')[0]!).getByText('Read')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('library-status')).toHaveTextContent('3 papers'));
  });

  it('searches as you type across abstracts, notes and highlights, marking the words', async () => {
    const user = userEvent.setup();
    page = renderLibrary(await seededDb());
    await waitForRows([TITLES.resnet, TITLES.attention, TITLES.flame]);
    await waitFor(() => expect(screen.getByTestId('library-status')).not.toHaveTextContent('loading the search index'));
    await user.type(screen.getByTestId('library-search'), 'convolutions');
    await waitForRows([TITLES.attention]);
    await user.clear(screen.getByTestId('library-search'));
    await user.type(screen.getByTestId('library-search'), 'frozen lang');
    await waitForRows([TITLES.flame]);
    const marks = screen.getByTestId('library-row').querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual(['Frozen', 'Lang', 'Lang']);
  });

  it('filters with tag:, status:, year:, site: and catalogue:, and says what it cannot read', async () => {
    const user = userEvent.setup();
    page = renderLibrary(await seededDb());
    await waitForRows([TITLES.resnet, TITLES.attention, TITLES.flame]);
    const box = screen.getByTestId('library-search');
    const search = async (text: string, titles: string[]) => {
      await user.clear(box);
      await user.type(box, text);
      await waitForRows(titles);
    };
    await search('tag:llm', [TITLES.attention, TITLES.flame]);
    await search('tag:llm -tag:nlp', [TITLES.flame]);
    await search('status:read', [TITLES.resnet]);
    await search('year:2016..2017', [TITLES.resnet, TITLES.attention]);
    await search('site:arxiv', [TITLES.attention, TITLES.flame]);
    await search('catalogue:any', [TITLES.flame]);
    await user.clear(box);
    await user.type(box, 'status:done');
    await waitFor(() => expect(screen.getByText(/No status is called "done"/)).toBeInTheDocument());
  });

  it('sorts by a column, both ways', async () => {
    const user = userEvent.setup();
    page = renderLibrary(await seededDb());
    await waitForRows([TITLES.resnet, TITLES.attention, TITLES.flame]);
    await user.click(screen.getByRole('button', { name: /^Title/ }));
    await waitForRows([TITLES.attention, TITLES.resnet, TITLES.flame]);
    await user.click(screen.getByRole('button', { name: /^Title/ }));
    await waitForRows([TITLES.flame, TITLES.resnet, TITLES.attention]);
    await user.click(screen.getByRole('button', { name: /^Venue/ }));
    await waitForRows([TITLES.resnet, TITLES.attention, TITLES.flame]);
  });

  it('opens a paper with its catalogue entry, links, sanitised note and highlights linking back', async () => {
    const user = userEvent.setup();
    page = renderLibrary(await seededDb());
    await waitForRows([TITLES.resnet, TITLES.attention, TITLES.flame]);
    await user.click(screen.getAllByTestId('row-title')[1]!);
    const detail = await screen.findByTestId('paper-detail');
    expect(within(detail).getByTestId('detail-title')).toHaveTextContent(TITLES.attention);
    expect(within(detail).getByRole('link', { name: 'PDF' })).toHaveAttribute('href', 'https://arxiv.org/pdf/1706.03762');
    // The Markdown renderer loads apart from the page (lib/ui/use-markdown.ts): plain text until it is in.
    await waitFor(() => expect(within(detail).getByTestId('note-preview').querySelector('h2')).toHaveTextContent('Key idea'));
    const preview = within(detail).getByTestId('note-preview');
    expect(preview.querySelector('strong')).toHaveTextContent('only');
    // That the script and handler are dropped is checked in Chromium (e2e): DOMPurify cannot run under happy-dom.
    expect((window as { pwned?: number }).pwned).toBeUndefined();
    const highlight = within(detail).getByTestId('detail-highlight');
    expect(highlight).toHaveTextContent('compare with convolutions');
    expect(within(highlight).getByRole('link')).toHaveAttribute('href', expect.stringContaining('#:~:text=we%20found-,multi%2Dhead'));

    await user.click(screen.getAllByTestId('row-title')[2]!);
    expect(await screen.findByText('In catalogue')).toBeInTheDocument();
    expect(within(screen.getByTestId('paper-detail')).getByTestId('catalogue-title')).toHaveTextContent(TITLES.flame);
  });

  it('is driven by the keyboard: / to search, arrows to move, Enter to open, Escape to close', async () => {
    const user = userEvent.setup();
    page = renderLibrary(await seededDb());
    await waitForRows([TITLES.resnet, TITLES.attention, TITLES.flame]);
    await user.keyboard('/');
    expect(screen.getByTestId('library-search')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('grid')).toHaveFocus();
    await user.keyboard('{ArrowDown}{Enter}');
    expect(await screen.findByTestId('detail-title')).toHaveTextContent(TITLES.attention);
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(screen.getByTestId('detail-title')).toHaveTextContent(TITLES.flame));
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('paper-detail')).toBeNull();
    await user.keyboard(' ');
    expect(screen.getAllByTestId('library-row')[2]).toHaveAttribute('aria-selected', 'true');
  });

  it('says how to add a paper when the library is empty', async () => {
    page = renderLibrary(await seededDb(true));
    expect(await screen.findByTestId('library-empty')).toHaveTextContent('Add to my list');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Browse the catalogue' }));
    expect(await screen.findAllByTestId('catalogue-entry')).not.toHaveLength(0);
  });

  it('leaves a place for import and export, given the checked papers', async () => {
    page = renderLibrary(await seededDb());
    await waitForRows([TITLES.resnet, TITLES.attention, TITLES.flame]);
    await userEvent.setup().click(screen.getByLabelText(`Select ${TITLES.flame}`));
    await waitFor(() => expect(within(screen.getByRole('region', { name: 'Import and export' })).getByTestId('data-slot')).toHaveTextContent('1 for export'));
  });
});
