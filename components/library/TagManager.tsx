import { useMemo, useState } from 'react';
import { TAG_COLORS, type TagColor } from '@/lib/db/tags';
import type { LibraryRow } from '@/lib/search/rows';
import type { LibraryPageActions } from '@/lib/ui/library-page-actions';

/** Props of TagManager. */
export interface TagManagerProps {
  rows: ReadonlyMap<string, LibraryRow>;
  version: number;
  colors: Readonly<Record<string, TagColor>>;
  actions: LibraryPageActions;
  onError(message: string | null): void;
  onShow(tag: string): void;
}

/** Every tag with its paper count: rename, merge, delete, colour. Changes show everywhere at once. */
export function TagManager({ rows, version, colors, actions, onError, onShow }: TagManagerProps) {
  const tags = useMemo(() => {
    const counts = new Map<string, number>();
    for (const r of rows.values()) for (const t of r.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
    return [...counts].sort((a, b) => a[0].localeCompare(b[0]));
  }, [rows, version]);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [deleting, setDeleting] = useState<string | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [target, setTarget] = useState('');
  const run = (work: Promise<unknown>, after?: () => void) =>
    work.then(() => {
      onError(null);
      after?.();
    }, (e: Error) => onError(e.message));

  if (tags.length === 0) return <section aria-label="Tags"><h2>Tags</h2><p className="muted">No tags yet: tag papers in their detail pane or with a selection.</p></section>;
  return (
    <section aria-label="Tags">
      <h2>Tags</h2>
      {chosen.size >= 2 && (
        <form className="bulk-bar" onSubmit={(e) => {
          e.preventDefault();
          run(actions.mergeTags([...chosen], target), () => setChosen(new Set()));
        }}>
          Merge {[...chosen].join(', ')} into
          <input aria-label="Merge into tag" value={target} onChange={(e) => setTarget(e.target.value)} required maxLength={64} />
          <button type="submit">Merge</button>
        </form>
      )}
      <table className="tag-table">
        <thead><tr><th>Merge</th><th>Tag</th><th>Papers</th><th>Colour</th><th>Actions</th></tr></thead>
        <tbody>
          {tags.map(([tag, n]) => (
            <tr key={tag} data-testid="tag-row">
              <td>
                <input type="checkbox" aria-label={`Choose ${tag} to merge`} checked={chosen.has(tag)} onChange={() => {
                  const next = new Set(chosen);
                  if (!next.delete(tag)) next.add(tag);
                  setChosen(next);
                  if (!target) setTarget(tag);
                }} />
              </td>
              <td>
                {renaming === tag ? (
                  <form onSubmit={(e) => {
                    e.preventDefault();
                    run(actions.renameTag(tag, draft), () => setRenaming(null));
                  }}>
                    <input aria-label={`New name for ${tag}`} value={draft} autoFocus maxLength={64} onChange={(e) => setDraft(e.target.value)}
                      onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), setRenaming(null))} />
                    <button type="submit">Save</button>
                    <button type="button" onClick={() => setRenaming(null)}>Cancel</button>
                  </form>
                ) : (
                  <button type="button" className="link" onClick={() => onShow(tag)}>
                    <span className={`tag-chip c-${colors[tag] ?? 'gray'}`}>{tag}</span>
                  </button>
                )}
              </td>
              <td>{n}</td>
              <td>
                <select aria-label={`Colour of ${tag}`} value={colors[tag] ?? ''} onChange={(e) => run(actions.setTagColor(tag, (e.target.value || null) as TagColor | null))}>
                  <option value="">none</option>
                  {TAG_COLORS.map((c) => <option key={c} value={c}>{c}</option>)}
                </select>
              </td>
              <td>
                {deleting === tag ? (
                  <>
                    Remove from {n} papers?{' '}
                    <button type="button" className="danger" onClick={() => run(actions.deleteTag(tag), () => setDeleting(null))}>Delete</button>
                    <button type="button" onClick={() => setDeleting(null)}>Cancel</button>
                  </>
                ) : (
                  <>
                    <button type="button" aria-label={`Rename ${tag}`} onClick={() => { setRenaming(tag); setDraft(tag); }}>Rename</button>{' '}
                    <button type="button" aria-label={`Delete ${tag}`} className="danger" onClick={() => setDeleting(tag)}>Delete</button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
