import { useState } from 'react';
import type { MarginaliaDB } from '@/lib/db/database';
import { exportLibrary } from '@/lib/db/export';
import type { ExportFormat } from '@/lib/export/formats';
import { downloadFile } from '@/lib/ui/download';
import type { TaskWork } from '@/lib/ui/use-long-task';

/** The export buttons, in the order the panel shows them, with what each makes. */
export const EXPORTS: readonly { format: ExportFormat; label: string; hint: string }[] = [
  { format: 'markdown', label: 'Markdown', hint: 'Notes for Obsidian: front matter, note, highlights' },
  { format: 'bibtex', label: 'BibTeX', hint: '.bib for LaTeX, Zotero, JabRef' },
  { format: 'csl-json', label: 'CSL-JSON', hint: 'For Zotero and citation processors' },
  { format: 'csv', label: 'CSV', hint: 'One row per paper, for spreadsheets' },
  { format: 'annotations', label: 'Highlights', hint: 'W3C Web Annotations (JSON-LD)' },
  { format: 'backup', label: 'Full backup', hint: 'Everything, to restore or merge later' },
];

/** Props of ExportSection. */
export interface ExportSectionProps {
  db: MarginaliaDB;
  selectedIds?: string[];
  paperCount: number;
  busy: boolean;
  run(label: string, work: TaskWork): Promise<boolean>;
}

/** The export choices: scope (all or the selection), the Markdown layout, and one button per format. */
export function ExportSection({ db, selectedIds, paperCount, busy, run }: ExportSectionProps) {
  const hasSelection = !!selectedIds?.length;
  // Until the user chooses, a selection made in the page is what gets exported.
  const [chosen, setScope] = useState<'all' | 'selected' | null>(null);
  const scope = chosen ?? (hasSelection ? 'selected' : 'all');
  const [layout, setLayout] = useState<'zip' | 'combined'>('zip');
  const useSelection = hasSelection && scope === 'selected';

  const exportAs = (format: ExportFormat, label: string) =>
    run(`Exporting ${label}…`, async (signal, onProgress) => {
      // A backup is always of everything: restoring a partial one would remove the rest.
      const ids = format !== 'backup' && useSelection ? selectedIds : undefined;
      const file = await exportLibrary(db, format, { now: Date.now(), ids, markdownLayout: layout, signal, onProgress });
      downloadFile(file);
      return `Saved ${file.name}.`;
    });

  return (
    <section className="data-section" aria-labelledby="data-export-title">
      <h2 id="data-export-title">Export</h2>
      {paperCount === 0 && <p className="muted" data-testid="export-empty">Your list is empty: there is nothing to export yet.</p>}
      {hasSelection && (
        <fieldset className="data-choice">
          <legend>Papers</legend>
          <label><input type="radio" name="export-scope" checked={scope === 'selected'} onChange={() => setScope('selected')} /> The {selectedIds!.length} selected</label>
          <label><input type="radio" name="export-scope" checked={scope === 'all'} onChange={() => setScope('all')} /> All {paperCount}</label>
        </fieldset>
      )}
      <fieldset className="data-choice">
        <legend>Markdown as</legend>
        <label><input type="radio" name="markdown-layout" checked={layout === 'zip'} onChange={() => setLayout('zip')} /> One file per paper (zip)</label>
        <label><input type="radio" name="markdown-layout" checked={layout === 'combined'} onChange={() => setLayout('combined')} /> One combined file</label>
      </fieldset>
      <ul className="data-exports">
        {EXPORTS.map(({ format, label, hint }) => (
          <li key={format}>
            <button type="button" data-testid={`export-${format}`} disabled={busy || paperCount === 0} onClick={() => void exportAs(format, label)}>
              {label}
            </button>
            <span className="muted">{format === 'backup' ? `${hint} (always the whole library)` : hint}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
