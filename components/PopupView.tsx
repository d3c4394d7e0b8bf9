import type { LibraryEntry } from '@/lib/paper';
import type { TabView } from '@/lib/ui/use-tab-state';
import type { LibraryActions } from '@/lib/ui/library-actions';
import { usePopupUi } from '@/lib/ui/popup-store';
import { CatalogueCard } from './CatalogueCard';
import { HighlightList, type HighlightListProps } from './HighlightList';
import { LibraryPanel } from './LibraryPanel';
import { PaperHeader } from './PaperHeader';
import { ReadButton } from './reader/ReadButton';
import { readablePdf } from '@/lib/reader/open-reader';

/** Props of PopupView. */
export interface PopupViewProps {
  view: TabView;
  /** The library entry of this tab's paper: undefined while loading, null when not in the list. */
  entry: LibraryEntry | null | undefined;
  suggestions: string[];
  actions: LibraryActions;
  onRetryMetadata(): void;
  /** The paper's highlights and what the page shows of them (absent: no highlight list). */
  highlights?: HighlightListProps;
  /** Opens the PDF reader (absent: no "Read with highlights" button). */
  onOpenReader?(pdfUrl: string): void;
}

/** Everything the popup shows for one tab. */
export function PopupView({ view, entry, suggestions, actions, onRetryMetadata, highlights, onOpenReader }: PopupViewProps) {
  const ui = usePopupUi();
  const run = (work: Promise<unknown>) => work.then(() => ui.setError(null), (e: Error) => ui.setError(e.message));

  if (view.loading) return <p className="muted center" role="status">Looking at this page…</p>;
  const state = view.state;
  if (!state?.ref) {
    return (
      <div className="empty" data-testid="not-a-paper">
        <h1>No paper here</h1>
        <p className="muted">
          {view.error ?? state?.error ?? 'Marginalia did not find a research paper on this page.'} Open an arXiv, OpenReview or
          publisher page of a paper to see it here.
        </p>
      </div>
    );
  }
  const ref = state.ref;
  return (
    <>
      <PaperHeader paper={ref} />
      {onOpenReader && readablePdf(state) && <ReadButton pdfUrl={readablePdf(state)!} onOpen={onOpenReader} />}
      {state.phase === 'loading-metadata' && <p className="muted" role="status">Fetching this paper's details from arXiv…</p>}
      {state.phase === 'metadata-unavailable' && (
        <div className="card warning" data-testid="metadata-unavailable">
          <p>Metadata unavailable: {state.error}</p>
          <button type="button" onClick={onRetryMetadata}>Try again</button>
        </div>
      )}
      {state.match && <CatalogueCard match={state.match} abstractOpen={ui.abstractOpen} onToggleAbstract={ui.toggleAbstract} />}
      {!state.match && state.phase === 'paper' && <p className="muted">Not in any of your catalogues.</p>}
      {ui.error && <p role="alert" className="error">{ui.error}</p>}
      {entry === undefined ? null : entry === null ? (
        <div className="card">
          <button type="button" className="primary" data-testid="add-to-list" onClick={() => {
            ui.setRemoved(null);
            void run(actions.add(ref));
          }}>
            Add to my list
          </button>
          {ui.removed && (
            <p role="status" className="undo">
              Removed from your list.{' '}
              <button type="button" className="link" data-testid="undo-remove"
                onClick={() => run(actions.restore(ui.removed!).then(() => ui.setRemoved(null)))}>
                Undo
              </button>
            </p>
          )}
        </div>
      ) : (
        <>
          <LibraryPanel
            entry={entry}
            suggestions={suggestions}
            actions={actions}
            onError={ui.setError}
            onRemoved={(removed) => ui.setRemoved(removed)}
          />
          {highlights && <HighlightList {...highlights} />}
        </>
      )}
    </>
  );
}
