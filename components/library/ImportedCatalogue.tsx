import { useState } from 'react';
import type { CatalogueRecord } from '@/lib/db/catalogues';
import type { MarginaliaDB } from '@/lib/db/database';
import type { CatalogueEntry } from '@/lib/paper';
import { BROWSE_PAGE, useCatalogueBrowse } from '@/lib/ui/use-catalogue-browse';
import { CatalogueEntryItem } from './CatalogueEntryItem';

/** Props of ImportedCatalogue. */
export interface ImportedCatalogueProps {
  db: MarginaliaDB;
  catalogue: CatalogueRecord;
  /** Changes when your list does: the "in your list" marks are read again. */
  version: number;
  onOpen(paperId: string): void;
  onAdd(entry: CatalogueEntry): void;
}

const count = (n: number) => n.toLocaleString('en');

/** An imported catalogue, page by page, or searched by title (a scan of the whole file, shown as it goes). */
export function ImportedCatalogue({ db, catalogue, version, onOpen, onAdd }: ImportedCatalogueProps) {
  const [filter, setFilter] = useState('');
  const browse = useCatalogueBrowse(db, catalogue.id, filter, version);
  const filtering = filter.trim() !== '';
  const last = Math.min(browse.position + BROWSE_PAGE, catalogue.count);
  return (
    <div data-testid="imported-catalogue">
      <h2>{catalogue.name}</h2>
      <p className="muted">{count(catalogue.count)} papers · imported from {catalogue.fileName}</p>
      <input type="search" aria-label="Filter the catalogue by title" placeholder="Filter by title…" value={filter} onChange={(e) => setFilter(e.target.value)} />
      {browse.error && <p role="alert" className="error">{browse.error}</p>}
      {filtering ? (
        <p className="muted" role="status" data-testid="catalogue-scan-status">
          {browse.entries.length} {browse.entries.length === 1 ? 'match' : 'matches'} in {count(Math.min(browse.position, catalogue.count))} of {count(catalogue.count)} papers searched
          {browse.scanning ? '…' : browse.done ? '.' : ''}
        </p>
      ) : (
        catalogue.count > 0 && <p className="muted" data-testid="catalogue-page-status">Papers {count(browse.position + 1)}–{count(last)} of {count(catalogue.count)}</p>
      )}
      {browse.entries.length === 0 && !browse.scanning && (filtering ? browse.done : true) && (
        <p className="muted">{filtering ? 'No title in this catalogue holds every word of the filter.' : 'This catalogue is empty.'}</p>
      )}
      <ul className="catalogue-list">
        {browse.entries.map(({ n, entry }) => (
          <CatalogueEntryItem key={n} entry={entry} paperId={browse.inList.get(entry.id)} onOpen={onOpen} onAdd={onAdd} />
        ))}
      </ul>
      <div className="catalogue-pager">
        {filtering ? (
          browse.scanning ? (
            <button type="button" onClick={browse.stop}>Stop searching</button>
          ) : (
            !browse.done && <button type="button" onClick={browse.more}>Search further</button>
          )
        ) : (
          <>
            <button type="button" disabled={browse.position === 0} onClick={() => browse.goTo(browse.position - BROWSE_PAGE)}>← Previous</button>
            <button type="button" disabled={last >= catalogue.count} onClick={() => browse.goTo(browse.position + BROWSE_PAGE)}>Next →</button>
          </>
        )}
      </div>
    </div>
  );
}
