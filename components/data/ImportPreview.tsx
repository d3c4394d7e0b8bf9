import type { ChangeCounts, ImportSummary } from '@/lib/import/plan';

/** Props of ImportPreview. */
export interface ImportPreviewProps {
  summary: ImportSummary;
  restore: boolean;
}

const CHANGES: readonly (keyof ChangeCounts)[] = ['added', 'updated', 'unchanged', 'removed'];
const LABELS: Record<keyof ChangeCounts, string> = { added: 'added', updated: 'updated', unchanged: 'unchanged', removed: 'removed' };

/** What an import will change, before anything is written; a line per kind of record, which fits a sidebar. */
export function ImportPreview({ summary, restore }: ImportPreviewProps) {
  const removed = summary.papers.removed + summary.highlights.removed;
  return (
    <div className="data-preview" data-testid="import-preview">
      <p className="data-preview-title">What this import will change</p>
      <dl>
        {(['papers', 'highlights'] as const).map((kind) => (
          <div key={kind}>
            <dt>{kind === 'papers' ? 'Papers' : 'Highlights'}</dt>
            <dd>
              {CHANGES.filter((c) => restore || c !== 'removed').map((change, i) => (
                <span key={change}>
                  {i > 0 && ' · '}
                  <span data-testid={`preview-${kind}-${change}`}>{summary[kind][change]}</span> {LABELS[change]}
                </span>
              ))}
            </dd>
          </div>
        ))}
      </dl>
      {Object.entries(summary.tables).map(([table, rows]) => (
        <p key={table} className="muted">{rows} {table} row{rows === 1 ? '' : 's'} will be {restore ? 'restored' : 'added where missing'}.</p>
      ))}
      {restore && removed > 0 && (
        <p className="data-warning">
          Restore replaces your whole library with this backup: {summary.papers.removed} paper{summary.papers.removed === 1 ? '' : 's'} and{' '}
          {summary.highlights.removed} highlight{summary.highlights.removed === 1 ? '' : 's'} that are not in it will be removed.
        </p>
      )}
      {summary.notes.map((note) => <p key={note} className="muted">{note}</p>)}
    </div>
  );
}
