import type { LibraryModelState } from '@/lib/ui/library-model';
import type { ResultsView } from '@/lib/ui/use-library-results';

/** One line on how much is there, how much matched, and how far the search index is. */
export function LibraryStatus({ state, results, text }: { state: LibraryModelState; results: ResultsView; text: string }) {
  const { status } = state;
  const total = state.total ?? state.rows.size;
  const parts: string[] = [];
  if (state.preview) parts.push(total ? `${total.toLocaleString()} papers — loading…` : 'Loading your library…');
  else {
    parts.push(`${total.toLocaleString()} paper${total === 1 ? '' : 's'}`);
    if (text.trim()) parts.push(`${results.ids.length.toLocaleString()} shown`);
  }
  if (status.phase === 'building') parts.push(`indexing ${(status.done ?? 0).toLocaleString()} of ${(status.total ?? total).toLocaleString()}…`);
  else if (!status.textReady && status.phase !== 'failed' && !state.preview) parts.push('loading the search index…');
  if (results.mode === 'quick' && !status.textReady) parts.push('titles and authors only for now');
  return (
    <p
      className="lib-status muted"
      role="status"
      data-testid="library-status"
      // Machine-readable progress for tests and benchmarks.
      data-rows={status.rowsReady ? 'ready' : 'loading'}
      data-text={status.textReady ? 'ready' : 'loading'}
      data-answered={results.answered ?? undefined}
      data-phase={status.phase}
      aria-busy={results.pending || !status.textReady}
    >
      {parts.join(' · ')}
    </p>
  );
}
