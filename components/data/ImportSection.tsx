import { useRef, useState } from 'react';
import { applyImport, previewImport, type ImportSource } from '@/lib/db/backup';
import type { MarginaliaDB } from '@/lib/db/database';
import { IMPORT_ACCEPT } from '@/lib/import/detect-format';
import type { ImportSummary } from '@/lib/import/plan';
import { MAX_IMPORT_CHARS, parseImportFileAsync, type ParsedFile } from '@/lib/import/read-file';
import { send } from '@/lib/ui/send';
import type { TaskWork } from '@/lib/ui/use-long-task';
import { ImportPreview } from './ImportPreview';

type Mode = 'merge' | 'restore';

/** A file read and validated, waiting for the user's choice and confirmation. */
interface Pending {
  name: string;
  file: ParsedFile;
  mode: Mode;
  /** Null while the preview of a newly chosen mode is being made. */
  summary: ImportSummary | null;
}

/** Props of ImportSection. */
export interface ImportSectionProps {
  db: MarginaliaDB;
  busy: boolean;
  run(label: string, work: TaskWork): Promise<boolean>;
}

const FORMAT_NAMES = { backup: 'Marginalia backup', bibtex: 'BibTeX', 'csl-json': 'CSL-JSON' } as const;

function sourceOf(file: ParsedFile, mode: Mode): ImportSource {
  return file.format === 'backup' ? { kind: 'backup', backup: file.backup, mode } : { kind: 'references', refs: file.refs };
}

function outcome(s: ImportSummary): string {
  const p = s.papers;
  const h = s.highlights;
  return `Imported: ${p.added} paper${p.added === 1 ? '' : 's'} added, ${p.updated} updated, ${p.removed ? `${p.removed} removed, ` : ''}` +
    `${h.added} highlight${h.added === 1 ? '' : 's'} added, ${h.updated} updated.`;
}

/** The import: choose a file (format detected), see what would change, choose restore or merge, confirm. */
export function ImportSection({ db, busy, run }: ImportSectionProps) {
  const [pending, setPending] = useState<Pending | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const clear = () => {
    setPending(null);
    if (input.current) input.current.value = '';
  };

  const choose = (chosen: File | undefined) => {
    setPending(null);
    if (!chosen) return;
    void run(`Reading ${chosen.name}…`, async (signal, onProgress) => {
      // A string of the file's size needs about twice its bytes; refuse before reading.
      if (chosen.size > MAX_IMPORT_CHARS) throw new Error('This file is too large to import (over 300 MB).');
      const parsed = await parseImportFileAsync(chosen.name, await chosen.text(), { signal, onProgress });
      if (!parsed.ok) {
        if (input.current) input.current.value = '';
        throw new Error([`${chosen.name} cannot be imported; nothing was changed.`, ...parsed.errors].join('\n'));
      }
      const mode: Mode = 'merge';
      const summary = await previewImport(db, sourceOf(parsed.value, mode), Date.now(), { signal });
      setPending({ name: chosen.name, file: parsed.value, mode, summary });
      return null;
    });
  };

  const changeMode = (mode: Mode) => {
    if (!pending) return;
    // The choice shows at once; its preview follows, and the import waits for it.
    setPending({ ...pending, mode, summary: null });
    void run('Preparing the preview…', async (signal) => {
      const summary = await previewImport(db, sourceOf(pending.file, mode), Date.now(), { signal });
      setPending({ ...pending, mode, summary });
      return null;
    }).then((ok) => {
      if (!ok) setPending({ ...pending });
    });
  };

  const confirm = () => {
    if (!pending?.summary) return;
    const expected = pending.summary;
    void run('Importing…', async (signal, onProgress) => {
      try {
        const summary = await applyImport(db, sourceOf(pending.file, pending.mode), { now: Date.now(), expected, signal, onProgress });
        void send({ type: 'libraryChanged' });
        clear();
        return outcome(summary);
      } catch (error) {
        // The library may have changed meanwhile: show what the import would do now.
        const summary = await previewImport(db, sourceOf(pending.file, pending.mode), Date.now()).catch(() => expected);
        setPending({ ...pending, summary });
        throw error;
      }
    });
  };

  const count = pending ? (pending.file.format === 'backup' ? pending.file.backup.papers.length : pending.file.refs.length) : 0;
  return (
    <section className="data-section" aria-labelledby="data-import-title">
      <h2 id="data-import-title">Import</h2>
      <label className="field">
        A Marginalia backup (.json), a BibTeX file (.bib) or CSL-JSON (Zotero)
        <input ref={input} type="file" data-testid="import-file" accept={IMPORT_ACCEPT} disabled={busy}
          onChange={(e) => choose(e.currentTarget.files?.[0])} />
      </label>
      {pending && (
        <div className="data-pending">
          <p>
            <strong>{pending.name}</strong>: {FORMAT_NAMES[pending.file.format]} with {count} paper{count === 1 ? '' : 's'}.
          </p>
          {pending.file.format === 'backup' ? (
            <fieldset className="data-choice">
              <legend>How to import this backup</legend>
              <label><input type="radio" name="import-mode" data-testid="import-mode-merge" checked={pending.mode === 'merge'} disabled={busy}
                onChange={() => changeMode('merge')} /> Merge into my library (the newer edit wins, tags are united)</label>
              <label><input type="radio" name="import-mode" data-testid="import-mode-restore" checked={pending.mode === 'restore'} disabled={busy}
                onChange={() => changeMode('restore')} /> Restore: replace my library with this backup</label>
            </fieldset>
          ) : (
            <p className="muted">Papers already in your list (same id or title) are completed, never duplicated.</p>
          )}
          {pending.summary ? (
            <ImportPreview summary={pending.summary} restore={pending.mode === 'restore' && pending.file.format === 'backup'} />
          ) : (
            <p className="muted">Preparing the preview…</p>
          )}
          <div className="data-actions">
            <button type="button" className="primary" data-testid="import-confirm" disabled={busy || !pending.summary} onClick={confirm}>
              {pending.mode === 'restore' && pending.file.format === 'backup' ? 'Replace my library' : 'Import'}
            </button>
            <button type="button" data-testid="import-discard" disabled={busy} onClick={clear}>Cancel</button>
          </div>
        </div>
      )}
    </section>
  );
}
