import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CatalogueBrowser } from '@/components/library/CatalogueBrowser';
import { ImportedCatalogue } from '@/components/library/ImportedCatalogue';
import type { LibraryPageActions } from '@/lib/ui/library-page-actions';
import { catalogue } from './harness';
import { importCatalogue } from '@/lib/db/catalogue-import';
import type { CatalogueRecord } from '@/lib/db/catalogues';
import { openDatabase, type MarginaliaDB } from '@/lib/db/database';
import { addPaper } from '@/lib/db/library';

vi.setConfig({ testTimeout: 30_000 });

let db: MarginaliaDB;
let n = 0;
beforeEach(async () => {
  db = openDatabase(`imported-catalogue-${n++}`);
  await db.open();
});
afterEach(async () => {
  cleanup();
  db.close();
  await Dexie.delete(db.name);
});

const titleOf = (i: number) => `Paper number ${i} on ${i % 40 === 5 ? 'rare needles' : 'plain'} scaling`;
async function* csv(count: number): AsyncGenerator<string> {
  yield 'title,authors,year\n';
  for (let i = 0; i < count; i++) yield `"${titleOf(i)}","Ada Lovelace; Alan Turing",2024\n`;
}

const shownTitles = () => screen.queryAllByTestId('catalogue-entry').map((li) => li.firstElementChild!.firstElementChild!.textContent);

async function setup(count: number): Promise<{ record: CatalogueRecord; onAdd: ReturnType<typeof vi.fn>; onOpen: ReturnType<typeof vi.fn> }> {
  const record = await importCatalogue(db, csv(count), { format: 'csv', fileName: 'reading-group.csv' });
  const onAdd = vi.fn();
  const onOpen = vi.fn();
  render(<ImportedCatalogue db={db} catalogue={record} version={0} onOpen={onOpen} onAdd={onAdd} />);
  return { record, onAdd, onOpen };
}

describe('ImportedCatalogue', () => {
  it('pages through the catalogue, with what is already in your list marked and the rest addable', async () => {
    const paper = await addPaper(db, { ids: {}, title: titleOf(51), authors: [], url: 'https://example.org/51' }, 1);
    const user = userEvent.setup();
    const { onAdd, onOpen } = await setup(120);
    await waitFor(() => expect(shownTitles()).toHaveLength(50));
    expect(screen.getByTestId('catalogue-page-status')).toHaveTextContent('Papers 1–50 of 120');
    expect(screen.getByRole('button', { name: '← Previous' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Next →' }));
    await waitFor(() => expect(shownTitles()[0]).toBe(titleOf(50)));
    const row51 = screen.getAllByTestId('catalogue-entry')[1]!;
    await user.click(await within(row51).findByRole('button', { name: '✓ In your list' }));
    expect(onOpen).toHaveBeenCalledWith(paper.id);
    await user.click(within(screen.getAllByTestId('catalogue-entry')[0]!).getByRole('button', { name: 'Add to my list' }));
    expect(onAdd).toHaveBeenCalledWith(expect.objectContaining({ title: titleOf(50), authors: ['Ada Lovelace', 'Alan Turing'], year: 2024 }));
    await user.click(screen.getByRole('button', { name: 'Next →' }));
    await waitFor(() => expect(screen.getByTestId('catalogue-page-status')).toHaveTextContent('Papers 101–120 of 120'));
    expect(shownTitles()).toHaveLength(20);
    expect(screen.getByRole('button', { name: 'Next →' })).toBeDisabled();
  });

  it('searches the whole catalogue by title, pausing after a page of matches', async () => {
    const user = userEvent.setup();
    await setup(6_000);
    await user.type(screen.getByRole('searchbox', { name: 'Filter the catalogue by title' }), 'RARE need');
    // 150 titles match; the scan pauses once it has 50, and goes on when asked.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Search further' })).toBeInTheDocument());
    const first = shownTitles().length;
    expect(first).toBeGreaterThanOrEqual(50);
    expect(shownTitles()[0]).toBe(titleOf(5));
    await user.click(screen.getByRole('button', { name: 'Search further' }));
    await waitFor(() => expect(shownTitles().length).toBeGreaterThan(first));
    while (screen.queryByRole('button', { name: 'Search further' }) || screen.queryByRole('button', { name: 'Stop searching' })) {
      const further = screen.queryByRole('button', { name: 'Search further' });
      if (further) await user.click(further);
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(shownTitles()).toHaveLength(150);
    expect(screen.getByTestId('catalogue-scan-status')).toHaveTextContent('150 matches in 6,000 of 6,000 papers searched.');
    await user.clear(screen.getByRole('searchbox', { name: 'Filter the catalogue by title' }));
    await user.type(screen.getByRole('searchbox', { name: 'Filter the catalogue by title' }), 'zebra');
    await waitFor(() => expect(screen.getByText('No title in this catalogue holds every word of the filter.')).toBeInTheDocument());
  });

  it('lets you choose between the bundled and the imported catalogues', async () => {
    const user = userEvent.setup();
    await importCatalogue(db, csv(3), { format: 'csv', fileName: 'reading-group.csv' });
    render(<CatalogueBrowser db={db} catalogues={[catalogue]} loading={false} rows={new Map()} version={0}
      actions={{} as LibraryPageActions} onError={vi.fn()} onOpen={vi.fn()} />);
    const picker = await screen.findByRole('combobox', { name: 'Browse' });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(catalogue.name);
    await user.selectOptions(picker, 'reading-group');
    await waitFor(() => expect(shownTitles()).toEqual([titleOf(0), titleOf(1), titleOf(2)]));
    expect(screen.getByTestId('imported-catalogue')).toHaveTextContent('3 papers · imported from reading-group.csv');
  });
});
