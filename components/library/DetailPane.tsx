import { useDeferredValue, useMemo, useState } from 'react';
import type { MatchIndex } from '@/lib/catalogue/match';
import type { MarginaliaDB } from '@/lib/db/database';
import type { RemovedPaper } from '@/lib/db/library';
import type { LibraryRow } from '@/lib/search/rows';
import { STATUS_LABELS } from '@/lib/paper';
import type { LibraryActions } from '@/lib/ui/library-actions';
import { usePaperDetail } from '@/lib/ui/use-paper-detail';
import { CatalogueCard } from '../CatalogueCard';
import { StatusPicker } from '../StatusPicker';
import { TagEditor } from '../TagEditor';
import { Highlighted } from './Highlighted';
import { HighlightList } from './HighlightList';
import { NoteSection } from './NoteSection';

/** Props of DetailPane. */
export interface DetailPaneProps {
  db: MarginaliaDB;
  id: string;
  /** The paper's row in the table, when at hand: shown at once while the full record is read. */
  row?: LibraryRow;
  terms: readonly string[];
  catalogues: MatchIndex | null;
  suggestions: string[];
  actions: LibraryActions;
  onClose(): void;
  onRemoved(removed: RemovedPaper): void;
  onError(message: string | null): void;
}

/** Everything about one paper: links, catalogue entry, status, tags, note and highlights, live. */
export function DetailPane({ db, id, row, terms, catalogues, suggestions, actions, onClose, onRemoved, onError }: DetailPaneProps) {
  const detail = usePaperDetail(db, id);
  const [abstractOpen, setAbstractOpen] = useState(false);
  // The catalogue card follows the rest: matching (fuzzy, with abstracts) is the largest part
  // of a first render, so it runs in a deferred render, and again only when what it reads changes.
  const toMatch = useDeferredValue(detail?.entry ?? null, null);
  const match = useMemo(
    () => (toMatch && catalogues ? catalogues.match({ ids: toMatch.ids, title: toMatch.title, abstract: toMatch.abstract }) : null),
    // Keyed on what matching reads, not on the record's identity (every live-query answer is a new object).
    [catalogues, toMatch?.title, toMatch?.abstract, JSON.stringify(toMatch?.ids ?? null)],
  );
  const run = (work: Promise<unknown>) => work.then(() => onError(null), (e: Error) => onError(e.message));
  if (detail === undefined) return <DetailPreview row={row} terms={terms} onClose={onClose} />;
  if (detail === null) {
    return (
      <aside className="detail" aria-label="Paper details">
        <p className="muted">This paper is no longer in your list.</p>
        <button type="button" onClick={onClose}>Close</button>
      </aside>
    );
  }
  const { entry, highlights } = detail;
  const pdf = entry.pdfUrl ?? (entry.ids.arxiv ? `https://arxiv.org/pdf/${entry.ids.arxiv}` : undefined);
  return (
    <aside className="detail" aria-label="Paper details" data-testid="paper-detail">
      <div className="detail-head">
        <h2 data-testid="detail-title"><Highlighted text={entry.title} terms={terms} /></h2>
        <button type="button" aria-label="Close details (Escape)" onClick={onClose}>×</button>
      </div>
      <p className="authors muted"><Highlighted text={entry.authors.join(', ')} terms={terms} /></p>
      {(entry.venue || entry.year) && <p className="muted">{[entry.venue, entry.year].filter(Boolean).join(' · ')}</p>}
      <ul className="links" aria-label="Links">
        <li><a href={entry.url} target="_blank" rel="noopener noreferrer">Paper page</a></li>
        {pdf && <li><a href={pdf} target="_blank" rel="noopener noreferrer">PDF</a></li>}
        {match?.entry.links.map((l) => (
          <li key={l.url}>
            <a href={l.url} target="_blank" rel="noopener noreferrer">{l.kind === 'code' ? 'Code' : l.kind === 'project' ? 'Project page' : 'Link'}</a>
          </li>
        ))}
      </ul>
      {match && <CatalogueCard match={match} abstractOpen={abstractOpen} onToggleAbstract={() => setAbstractOpen(!abstractOpen)} />}
      {entry.abstract && (
        <details>
          <summary>Abstract</summary>
          <p className="abstract-text"><Highlighted text={entry.abstract} terms={terms} /></p>
        </details>
      )}
      <StatusPicker value={entry.status} onChange={(status) => run(actions.setStatus(entry.id, status))} />
      <TagEditor tags={entry.tags} suggestions={suggestions} onChange={(tags) => run(actions.setTags(entry.id, tags))} />
      <NoteSection key={entry.id} note={entry.note} onSave={(note) => actions.setNote(entry.id, note).catch((e: Error) => {
        onError(e.message);
        throw e;
      })} />
      <section aria-label="Highlights" className="field">
        <span>Highlights ({highlights.length})</span>
        <HighlightList highlights={highlights} terms={terms} />
      </section>
      <button type="button" className="danger link" onClick={() => run(actions.remove(entry.id).then((r) => r && onRemoved(r)))}>
        Remove from my list
      </button>
    </aside>
  );
}

/** What the table already knows about a paper, shown while its full record is read (one IndexedDB round trip). */
function DetailPreview({ row, terms, onClose }: { row?: LibraryRow; terms: readonly string[]; onClose(): void }) {
  if (!row) return <aside className="detail" aria-label="Paper details" aria-busy="true" />;
  return (
    <aside className="detail" aria-label="Paper details" aria-busy="true" data-testid="detail-preview">
      <div className="detail-head">
        <h2 data-testid="detail-title"><Highlighted text={row.title} terms={terms} /></h2>
        <button type="button" aria-label="Close details (Escape)" onClick={onClose}>×</button>
      </div>
      <p className="authors muted"><Highlighted text={row.authors} terms={terms} /></p>
      {(row.venue || row.year) && <p className="muted">{[row.venue, row.year].filter(Boolean).join(' · ')}</p>}
      <p className="muted">{STATUS_LABELS[row.status]}{row.tags.length > 0 && ` · ${row.tags.join(', ')}`}</p>
    </aside>
  );
}
