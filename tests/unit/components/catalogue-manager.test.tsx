import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CatalogueCard } from '@/components/CatalogueCard';
import { CatalogueManager } from '@/components/library/CatalogueManager';
import type { CatalogueMatch } from '@/lib/catalogue/match';
import { openDatabase, type MarginaliaDB } from '@/lib/db/database';
import type { Catalogue } from '@/lib/paper';

const bundled: Catalogue = { format: 'marginalia-catalogue', formatVersion: 1, id: 'hf', name: 'Bundled trending', papers: [{ id: 'a', title: 'A Bundled Paper', links: [] }] };

let db: MarginaliaDB;
let n = 0;
beforeEach(async () => {
  db = openDatabase(`catalogue-manager-${n++}`);
  await db.open();
});
afterEach(async () => {
  cleanup();
  db.close();
  await Dexie.delete(db.name);
});

describe('CatalogueManager', () => {
  it('imports a CSV file, lists it, switches it off and deletes it after confirmation', async () => {
    const user = userEvent.setup();
    const changed = vi.fn();
    render(<CatalogueManager db={db} bundled={[bundled]} onChanged={changed} onError={() => undefined} />);
    await screen.findByText('Bundled trending');
    const file = new File(['title,id\nPointer Networks,1506.03134\nGraph Attention Networks,1710.10903\n'], 'reading-group.csv', { type: 'text/csv' });
    await user.upload(screen.getByTestId('catalogue-import'), file);
    expect(await screen.findByTestId('catalogue-import-done')).toHaveTextContent('Imported “reading-group”: 2 papers (CSV)');
    expect(changed).toHaveBeenCalledTimes(1);
    // The list follows the database (a live query), a moment after the import says it is done.
    await waitFor(() => expect(screen.getAllByTestId('catalogue-item')).toHaveLength(2));
    const item = screen.getAllByTestId('catalogue-item')[1]!;
    expect(item).toHaveTextContent('2 papers · reading-group.csv · CSV');
    await user.click(within(item).getByTestId('catalogue-enabled'));
    await waitFor(async () => expect((await db.importedCatalogues.toArray())[0]?.enabled).toBe(false));
    await user.click(within(item).getByRole('button', { name: 'Delete…' }));
    await user.click(within(item).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.getAllByTestId('catalogue-item')).toHaveLength(1));
    expect(await db.catalogueEntryBlocks.count()).toBe(0);
  });

  it('reports a malformed file in an alert and keeps nothing', async () => {
    const user = userEvent.setup();
    render(<CatalogueManager db={db} bundled={[]} onChanged={() => undefined} onError={() => undefined} />);
    expect(await screen.findByText(/No catalogues yet/)).toBeInTheDocument();
    await user.upload(screen.getByTestId('catalogue-import'), new File(['title\nGood Title\n"unclosed\n'], 'bad.csv', { type: 'text/csv' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Line 3: a quoted field is never closed.*Nothing was kept/);
    expect(await db.importedCatalogues.count()).toBe(0);
  });

  it('refuses a file of no known format', async () => {
    // `accept` is only a hint to the file picker: "All files" lets anything through.
    const user = userEvent.setup({ applyAccept: false });
    render(<CatalogueManager db={db} bundled={[]} onChanged={() => undefined} onError={() => undefined} />);
    await user.upload(screen.getByTestId('catalogue-import'), new File(['hello'], 'notes.txt'));
    expect(await screen.findByRole('alert')).toHaveTextContent(/not a catalogue file/);
  });
});

describe('CatalogueCard', () => {
  it('names every catalogue holding the paper', () => {
    const match: CatalogueMatch = { entry: { id: 'x', title: 'Pointer Networks', links: [] }, catalogueId: 'hf', catalogueName: 'Bundled', catalogueNames: ['Bundled', 'Reading group'], method: 'title', confidence: 1 };
    render(<CatalogueCard match={match} abstractOpen={false} onToggleAbstract={() => undefined} />);
    expect(screen.getAllByTestId('catalogue-name').map((e) => e.textContent)).toEqual(['Bundled', 'Reading group']);
    expect(screen.getByText(/In catalogues/)).toBeInTheDocument();
    expect(screen.getByTestId('catalogue-title')).toHaveTextContent('Pointer Networks');
  });
});
