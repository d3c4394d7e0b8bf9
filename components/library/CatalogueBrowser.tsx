import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { listCatalogues } from '@/lib/db/catalogues';
import type { MarginaliaDB } from '@/lib/db/database';
import type { Catalogue, CatalogueEntry } from '@/lib/paper';
import type { LibraryRow } from '@/lib/search/rows';
import { filterWords, titleHasWords } from '@/lib/search/normalise';
import type { LibraryPageActions } from '@/lib/ui/library-page-actions';
import { paperFromCatalogue } from '@/lib/ui/use-catalogues';
import { CatalogueEntryItem } from './CatalogueEntryItem';
import { ImportedCatalogue } from './ImportedCatalogue';

/** Entries listed at once; a larger catalogue is narrowed with the filter. */
const SHOWN = 500;

/** Props of CatalogueBrowser. */
export interface CatalogueBrowserProps {
  db: MarginaliaDB;
  catalogues: readonly Catalogue[];
  loading: boolean;
  rows: ReadonlyMap<string, LibraryRow>;
  version: number;
  actions: LibraryPageActions;
  onError(message: string | null): void;
  onOpen(paperId: string): void;
}

/** A catalogue's papers (bundled or imported, one at a time), marked when already in your list, each addable in one click. */
export function CatalogueBrowser({ db, catalogues, loading, rows, version, actions, onError, onOpen }: CatalogueBrowserProps) {
  const imported = useLiveQuery(() => listCatalogues(db), [db]);
  const [chosen, setChosen] = useState<string | null>(null);
  const add = (entry: CatalogueEntry, source: Pick<Catalogue, 'source'>) =>
    actions.add(paperFromCatalogue(entry, source)).then(() => onError(null), (e: Error) => onError(e.message));
  if (loading) return <section aria-label="Catalogue"><p className="muted" role="status">Loading the catalogue…</p></section>;
  const choices = [...catalogues.map((c) => ({ id: c.id, name: c.name })), ...(imported ?? []).map((c) => ({ id: c.id, name: c.name }))];
  if (choices.length === 0) return <section aria-label="Catalogue"><p className="muted">No catalogue is available.</p></section>;
  const current = choices.find((c) => c.id === chosen) ?? choices[0]!;
  const bundled = catalogues.find((c) => c.id === current.id);
  const record = imported?.find((c) => c.id === current.id);
  return (
    <section aria-label="Catalogue">
      {choices.length > 1 && (
        <label className="catalogue-picker">
          Browse{' '}
          <select value={current.id} onChange={(e) => setChosen(e.target.value)}>
            {choices.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </label>
      )}
      {bundled && <BundledCatalogue key={bundled.id} catalogue={bundled} rows={rows} version={version} onOpen={onOpen} onAdd={(e) => add(e, bundled)} />}
      {record && <ImportedCatalogue key={record.id} db={db} catalogue={record} version={version} onOpen={onOpen} onAdd={(e) => add(e, {})} />}
    </section>
  );
}

/** A bundled catalogue: its entries are in memory, filtered as you type; marks come from the library's matched rows. */
function BundledCatalogue({ catalogue, rows, version, onOpen, onAdd }: {
  catalogue: Catalogue;
  rows: ReadonlyMap<string, LibraryRow>;
  version: number;
  onOpen(paperId: string): void;
  onAdd(entry: CatalogueEntry): void;
}) {
  const [filter, setFilter] = useState('');
  // Catalogue entry id -> the paper of your list that matched it.
  const inList = useMemo(() => {
    const map = new Map<string, string>();
    for (const r of rows.values()) if (r.catalogueEntry) map.set(r.catalogueEntry, r.id);
    return map;
  }, [rows, version]);
  const words = filterWords(filter);
  const entries = catalogue.papers.filter((e) => titleHasWords(e.title, words));
  const have = catalogue.papers.filter((e) => inList.has(e.id)).length;
  return (
    <div>
      <h2>{catalogue.name}</h2>
      <p className="muted">{catalogue.papers.length} papers · {have} in your list</p>
      <input type="search" aria-label="Filter the catalogue by title" placeholder="Filter by title…" value={filter} onChange={(e) => setFilter(e.target.value)} />
      <ul className="catalogue-list">
        {entries.slice(0, SHOWN).map((entry) => (
          <CatalogueEntryItem key={entry.id} entry={entry} paperId={inList.get(entry.id)} onOpen={onOpen} onAdd={onAdd} />
        ))}
      </ul>
      {entries.length > SHOWN && <p className="muted">Showing {SHOWN} of {entries.length}: narrow the filter to see the rest.</p>}
    </div>
  );
}
