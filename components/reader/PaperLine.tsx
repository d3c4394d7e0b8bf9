import type { PaperIdentity } from '@/lib/reader/use-paper-identity';

/** The paper the reader shows, and whether it is in the list. Titles are text, never HTML. */
export function PaperLine({ identity }: { identity: PaperIdentity }) {
  const paper = identity.resolved?.paper;
  const title = paper?.title ?? (paper?.ids.arxiv ? `arXiv:${paper.ids.arxiv}` : undefined);
  return (
    <div className="reader-paper">
      <h1 className="reader-title" data-testid="reader-title">{title ?? 'Reading PDF…'}</h1>
      {identity.entry === null && <span className="muted">Not in your list: highlighting adds it as Reading.</span>}
      {identity.entry && <span className="reader-in-list" data-testid="in-library">In your list</span>}
    </div>
  );
}
