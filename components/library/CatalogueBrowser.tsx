import { useMemo, useState } from 'react';
import type { Catalogue } from '@/lib/paper';
import type { LibraryRow } from '@/lib/search/rows';
import { normaliseTerm } from '@/lib/search/normalise';
import type { LibraryPageActions } from '@/lib/ui/library-page-actions';
import { paperFromCatalogue } from '@/lib/ui/use-catalogues';

/** Entries listed at once; a larger catalogue is narrowed with the filter. */
const SHOWN = 500;

/** Props of CatalogueBrowser. */
export interface CatalogueBrowserProps {
  catalogues: readonly Catalogue[];
  loading: boolean;
  rows: ReadonlyMap<string, LibraryRow>;
  version: number;
  actions: LibraryPageActions;
  onError(message: string | null): void;
  onOpen(paperId: string): void;
}

/** A catalogue's papers, marked when already in your list, each addable in one click. */
export function CatalogueBrowser({ catalogues, loading, rows, version, actions, onError, onOpen }: CatalogueBrowserProps) {
  const [filter, setFilter] = useState('');
  // Catalogue entry id -> the paper of your list that matched it.
  const inList = useMemo(() => {
    const map = new Map<string, string>();
    for (const r of rows.values()) if (r.catalogueEntry) map.set(r.catalogueEntry, r.id);
    return map;
  }, [rows, version]);
  if (loading) return <section aria-label="Catalogue"><p className="muted" role="status">Loading the catalogue…</p></section>;
  if (catalogues.length === 0) return <section aria-label="Catalogue"><p className="muted">No catalogue is available.</p></section>;
  const words = normaliseTerm(filter).split(/\s+/).filter(Boolean);
  return (
    <section aria-label="Catalogue">
      {catalogues.map((catalogue) => {
        const entries = catalogue.papers.filter((e) => words.every((w) => normaliseTerm(e.title).includes(w)));
        const have = catalogue.papers.filter((e) => inList.has(e.id)).length;
        return (
          <div key={catalogue.id}>
            <h2>{catalogue.name}</h2>
            <p className="muted">{catalogue.papers.length} papers · {have} in your list</p>
            <input type="search" aria-label="Filter the catalogue by title" placeholder="Filter by title…" value={filter} onChange={(e) => setFilter(e.target.value)} />
            <ul className="catalogue-list">
              {entries.slice(0, SHOWN).map((entry) => {
                const paperId = inList.get(entry.id);
                return (
                  <li key={entry.id} data-testid="catalogue-entry">
                    <div>
                      <div>{entry.title}</div>
                      <small className="muted">{[entry.authors?.slice(0, 3).join(', '), entry.year].filter(Boolean).join(' · ')}</small>
                    </div>
                    {paperId ? (
                      <button type="button" className="link in-list" data-testid="catalogue-in-list" onClick={() => onOpen(paperId)}>✓ In your list</button>
                    ) : (
                      <button type="button" data-testid="catalogue-add" onClick={() =>
                        actions.add(paperFromCatalogue(entry, catalogue)).then(() => onError(null), (e: Error) => onError(e.message))}>
                        Add to my list
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
            {entries.length > SHOWN && <p className="muted">Showing {SHOWN} of {entries.length}: narrow the filter to see the rest.</p>}
          </div>
        );
      })}
    </section>
  );
}
