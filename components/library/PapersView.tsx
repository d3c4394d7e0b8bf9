import { useCallback, useMemo, useRef, type Ref } from 'react';
import type { TagColor } from '@/lib/db/tags';
import { STATUS_LABELS } from '@/lib/paper';
import type { LibraryModelState } from '@/lib/ui/library-model';
import type { LibraryPageActions } from '@/lib/ui/library-page-actions';
import { onTableKey } from '@/lib/ui/library-keys';
import { useLibraryUi } from '@/lib/ui/library-store';
import type { ResultsView } from '@/lib/ui/use-library-results';
import { BulkBar } from './BulkBar';
import { EmptyLibrary } from './EmptyLibrary';
import { PaperTable } from './PaperTable';

/** Props of PapersView. */
export interface PapersViewProps {
  state: LibraryModelState;
  results: ResultsView;
  colors: Readonly<Record<string, TagColor>>;
  actions: LibraryPageActions;
  tableRef: Ref<HTMLDivElement>;
}

const plural = (n: number) => `${n.toLocaleString()} paper${n === 1 ? '' : 's'}`;

/** The list of papers with the bulk bar above it, or what to say when there is nothing to list. */
export function PapersView({ state, results, colors, actions, tableRef }: PapersViewProps) {
  const ui = useLibraryUi();
  const ids = results.ids;
  const selected = [...ui.selected];
  const selectedTags = useMemo(
    () => [...new Set([...ui.selected].flatMap((id) => state.rows.get(id)?.tags ?? []))].sort(),
    [ui.selected, state.rows, state.version],
  );
  const fail = (e: Error) => ui.setError(e.message);
  // Stable callbacks, so that memoised rows do not all re-render when the results change.
  const idsRef = useRef(ids);
  idsRef.current = ids;
  const onToggle = useCallback((id: string, range: boolean) => useLibraryUi.getState().toggle(id, range, idsRef.current), []);
  const onOpen = useCallback((id: string) => {
    useLibraryUi.getState().setActive(id);
    useLibraryUi.getState().setOpen(id);
  }, []);

  if (state.status.rowsReady && state.rows.size === 0) return <EmptyLibrary onBrowseCatalogue={() => ui.setView('catalogue')} />;
  return (
    <>
      {ui.selected.size > 0 && (
        <BulkBar
          count={ui.selected.size}
          resultCount={ids.length}
          tags={selectedTags}
          onSelectAll={() => ui.select(ids)}
          onClear={() => ui.select([])}
          onStatus={(status) => actions.setStatus(selected, status).then((states) =>
            ui.setUndo({ kind: 'states', message: `${plural(states.length)} set to “${STATUS_LABELS[status]}”.`, states }), fail)}
          onAddTag={(tag) => actions.addTag(selected, tag).then((states) =>
            ui.setUndo({ kind: 'states', message: `${plural(states.length)} tagged “${tag.trim()}”.`, states }), fail)}
          onRemoveTag={(tag) => actions.removeTag(selected, tag).then((states) =>
            ui.setUndo({ kind: 'states', message: `“${tag}” removed from ${plural(states.length)}.`, states }), fail)}
          onDelete={() => actions.remove(selected).then((removed) => {
            ui.select([]);
            if (ui.open && removed.some((r) => r.entry.id === ui.open)) ui.setOpen(null);
            ui.setUndo({ kind: 'removed', message: `${plural(removed.length)} removed from your list.`, removed });
          }, fail)}
        />
      )}
      {!results.pending && ids.length === 0 && state.rows.size > 0 ? (
        <div className="empty-state" data-testid="no-results">
          <h2>No paper matches “{ui.text}”</h2>
          <p className="muted">{results.mode === 'quick' ? 'Only titles and authors are searched until the search index is ready.' : 'Try fewer words, or remove a filter.'}</p>
          <button type="button" onClick={() => ui.setText('')}>Clear the search</button>
        </div>
      ) : (
        <PaperTable
          ref={tableRef}
          ids={ids}
          rows={state.rows}
          terms={results.terms}
          sort={ui.sort}
          selected={ui.selected}
          active={ui.active}
          colors={colors}
          onSort={ui.setSort}
          onToggle={onToggle}
          onSelectAll={(all) => ui.select(all ? ids : [])}
          onOpen={onOpen}
          onKeyDown={(e) => onTableKey(e, ids)}
        />
      )}
    </>
  );
}
