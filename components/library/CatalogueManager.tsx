import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { CATALOGUE_ACCEPT } from '@/lib/catalogue/import/detect';
import * as repo from '@/lib/db/catalogues';
import type { MarginaliaDB } from '@/lib/db/database';
import type { Catalogue } from '@/lib/paper';
import type { CatalogueImportRunner } from '@/lib/ui/catalogue-import-runner';
import { useCatalogueImport } from '@/lib/ui/use-catalogue-import';
import { type CatalogueItem, CatalogueRow } from './CatalogueRow';
import './catalogues.css';

/** Props of CatalogueManager. */
export interface CatalogueManagerProps {
  db: MarginaliaDB;
  bundled: readonly Catalogue[];
  /** Tells the background that the set of catalogues changed (its loaded indexes are stale). */
  onChanged(): void;
  onError(message: string | null): void;
  /** Where imports run (the page itself when not given). */
  importRunner?: CatalogueImportRunner;
}

/** The catalogues matched against pages: import (with progress and cancel), switch on/off, rename, update, delete. */
export function CatalogueManager({ db, bundled, onChanged, onError, importRunner }: CatalogueManagerProps) {
  const imported = useLiveQuery(() => repo.listCatalogues(db), [db]);
  const off = useLiveQuery(() => repo.disabledBundled(db), [db], [] as string[]);
  const { state, start, cancel, dismiss } = useCatalogueImport(db, onChanged, importRunner);
  // An import whose page was closed left hidden rows behind: clear them when idle.
  useEffect(() => void repo.purgeLeftovers(db, Date.now()).catch(() => undefined), [db]);
  const run = (work: Promise<unknown>) => work.then(() => { onError(null); onChanged(); }, (e: Error) => onError(e.message));
  const items: CatalogueItem[] = [
    ...bundled.map((c) => ({ id: c.id, name: c.name, count: c.papers.length, enabled: !off.includes(c.id) })),
    ...(imported ?? []).map((r) => ({ id: r.id, name: r.name, count: r.count, enabled: r.enabled, record: r })),
  ];
  return (
    <section aria-label="Catalogues" className="catalogue-manager">
      <h2>Catalogues</h2>
      <p className="muted">Pages are checked against the catalogues switched on here.</p>
      {imported === undefined ? <p className="muted" role="status">Loading…</p> : items.length === 0 ? (
        <p className="muted">No catalogues yet: import one below.</p>
      ) : (
        <ul className="catalogue-items">
          {items.map((item) => (
            <CatalogueRow key={item.id} item={item} busy={state.running}
              onToggle={(on) => run(item.record ? repo.setCatalogueEnabled(db, item.id, on, Date.now()) : repo.setBundledEnabled(db, item.id, on))}
              onRename={(name) => run(repo.renameCatalogue(db, item.id, name, Date.now()))}
              onUpdate={(file) => void start(file, item.id)}
              onDelete={() => run(repo.deleteCatalogue(db, item.id))} />
          ))}
        </ul>
      )}
      <div className="catalogue-import">
        <label>
          Import a catalogue (CSV, BibTeX, CSL-JSON, Hugging Face daily papers, arXiv metadata snapshot, Marginalia catalogue){' '}
          <input type="file" data-testid="catalogue-import" accept={CATALOGUE_ACCEPT} disabled={state.running}
            onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) void start(f); }} />
        </label>
        {state.running && (
          <div role="status" className="catalogue-progress">
            <progress max={1} value={state.share} aria-label={`Importing ${state.fileName ?? ''}`} />{' '}
            {state.entries.toLocaleString()} papers read from {state.fileName}…{' '}
            <button type="button" data-testid="catalogue-import-cancel" onClick={cancel}>Cancel</button>
          </div>
        )}
        {state.message && <p role="status" data-testid="catalogue-import-done">{state.message} <button type="button" className="link" onClick={dismiss}>Dismiss</button></p>}
        {state.error && <p role="alert" className="error-banner">{state.error} <button type="button" className="link" onClick={dismiss}>Dismiss</button></p>}
      </div>
    </section>
  );
}
