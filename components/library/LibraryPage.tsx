import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useMemo, useRef, type ReactNode } from 'react';
import type { MarginaliaDB } from '@/lib/db/database';
import { tagColors } from '@/lib/db/tags';
import type { Catalogue } from '@/lib/paper';
import type { LibrarySearch } from '@/lib/search/protocol';
import type { CatalogueImportRunner } from '@/lib/ui/catalogue-import-runner';
import { RELEVANCE } from '@/lib/search/select';
import { libraryActions } from '@/lib/ui/library-actions';
import { useGlobalKeys } from '@/lib/ui/library-keys';
import { useLibraryModel, type LibraryModel } from '@/lib/ui/library-model';
import { libraryPageActions } from '@/lib/ui/library-page-actions';
import { useLibraryUi } from '@/lib/ui/library-store';
import { useCatalogues } from '@/lib/ui/use-catalogues';
import { useLibraryResults } from '@/lib/ui/use-library-results';
import { CatalogueBrowser } from './CatalogueBrowser';
import { DetailPane } from './DetailPane';
import { LibraryNav } from './LibraryNav';
import { LibraryStatus } from './LibraryStatus';
import { PapersView } from './PapersView';
import { SearchBox } from './SearchBox';
import { TagManager } from './TagManager';
import { UndoBar } from './UndoBar';

// Catalogue import (CSV, BibTeX, JSON parsers) loads when the Catalogue view is first shown:
// the first screen of papers must not wait for those parsers to be parsed.
const CatalogueManager = lazy(() => import('./CatalogueManager').then((m) => ({ default: m.CatalogueManager })));

/** Props of LibraryPage. */
export interface LibraryPageProps {
  db: MarginaliaDB;
  search: LibrarySearch;
  model: LibraryModel;
  loadCatalogues(): Promise<Catalogue[]>;
  /** The import/export panel for the checked papers (components/data/DataPanel, mounted by the page's owner). */
  renderData?(selectedIds: string[]): ReactNode;
  /** Tells the background the catalogues changed (imported, switched, renamed, deleted). */
  onCataloguesChanged?(): void;
  /** Where catalogue imports run (the page itself when not given). */
  importRunner?: CatalogueImportRunner;
  now?(): number;
}

const NO_COLORS = {};
const noop = (): void => undefined;

/** The whole library: search, table, detail pane, tags, catalogue, statistics. */
export function LibraryPage({ db, search, model, loadCatalogues, renderData, onCataloguesChanged = noop, importRunner, now = Date.now }: LibraryPageProps) {
  const state = useLibraryModel(model);
  const ui = useLibraryUi();
  const results = useLibraryResults(search, state, ui.text, ui.sort);
  const catalogues = useCatalogues(loadCatalogues, model.firstScreen);
  const colors = useLiveQuery(() => tagColors(db), [db], NO_COLORS);
  const actions = useMemo(() => libraryActions(db, now), [db, now]);
  const pageActions = useMemo(() => libraryPageActions(db, now), [db, now]);
  const searchRef = useRef<HTMLInputElement>(null);
  const tableRef = useRef<HTMLDivElement>(null);
  useGlobalKeys(searchRef, tableRef);
  const suggestions = useMemo(() => {
    const counts = new Map<string, number>();
    for (const r of state.rows.values()) for (const t of r.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1]).map(([t]) => t);
  }, [state.rows, state.version]);
  // The chart's "now": taken again when the rows change, not at every render.
  const today = useMemo(() => now(), [now, state.version]);
  const error = ui.error ?? state.error ?? catalogues.error;
  const undo = () => {
    const item = ui.undo;
    if (!item) return;
    const work = item.kind === 'removed' ? pageActions.restore(item.removed) : pageActions.restoreStates(item.states);
    work.then(() => ui.setUndo(null), (e: Error) => ui.setError(e.message));
  };
  const showTag = (tag: string) => {
    ui.setText(`tag:${/\s/.test(tag) ? `"${tag}"` : tag}`);
    ui.setView('papers');
  };

  return (
    <div className="library-page">
      <header className="lib-header">
        <h1>Your library</h1>
        <SearchBox
          ref={searchRef}
          value={ui.text}
          problems={results.problems}
          onChange={(text) => {
            ui.setText(text);
            ui.setView('papers');
          }}
          onArrowDown={() => {
            if (!ui.active && results.ids[0]) ui.setActive(results.ids[0]);
            tableRef.current?.focus();
          }}
        />
        <LibraryStatus state={state} results={results} text={ui.text} />
      </header>
      {error && <p role="alert" className="error-banner">{error} <button type="button" className="link" onClick={() => ui.setError(null)}>Dismiss</button></p>}
      <div className="lib-body">
        <LibraryNav
          rows={state.rows}
          version={state.version}
          text={ui.text}
          view={ui.view}
          colors={colors}
          now={today}
          onPreset={(text, sort) => {
            ui.setText(text);
            ui.setSort(sort ?? RELEVANCE);
            ui.setView('papers');
          }}
          onView={ui.setView}
          data={renderData?.([...ui.selected])}
        />
        <main className="lib-main">
          {ui.view === 'papers' && <PapersView state={state} results={results} colors={colors} actions={pageActions} tableRef={tableRef} />}
          {ui.view === 'tags' && <TagManager rows={state.rows} version={state.version} colors={colors} actions={pageActions} onError={ui.setError} onShow={showTag} />}
          {ui.view === 'catalogue' && (
            <Suspense fallback={<p className="muted" role="status">Loading catalogues…</p>}>
              <CatalogueManager db={db} bundled={catalogues.catalogues} onChanged={onCataloguesChanged} onError={ui.setError} {...(importRunner ? { importRunner } : {})} />
            </Suspense>
          )}
          {ui.view === 'catalogue' && (
            <CatalogueBrowser db={db} catalogues={catalogues.catalogues} loading={catalogues.loading} rows={state.rows} version={state.version}
              actions={pageActions} onError={ui.setError} onOpen={(id) => ui.setOpen(id)} />
          )}
        </main>
        {ui.open && (
          <DetailPane
            key={ui.open}
            db={db}
            id={ui.open}
            row={state.rows.get(ui.open)}
            terms={results.terms}
            catalogues={catalogues.index}
            suggestions={suggestions}
            actions={actions}
            onClose={() => ui.setOpen(null)}
            onRemoved={(removed) => {
              ui.setOpen(null);
              ui.setUndo({ kind: 'removed', message: `“${removed.entry.title}” removed from your list.`, removed: [removed] });
            }}
            onError={ui.setError}
          />
        )}
      </div>
      <UndoBar undo={ui.undo} onUndo={undo} onDismiss={() => ui.setUndo(null)} />
    </div>
  );
}
