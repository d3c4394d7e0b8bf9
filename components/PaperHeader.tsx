import type { PaperRef } from '@/lib/paper';

/** Maximum authors listed before "et al.": the popup is narrow. */
const SHOWN_AUTHORS = 4;

/** The detected paper: title, authors, ids. Page text is rendered as text, never as HTML. */
export function PaperHeader({ paper }: { paper: PaperRef }) {
  const authors = paper.authors.slice(0, SHOWN_AUTHORS).join(', ') + (paper.authors.length > SHOWN_AUTHORS ? ', et al.' : '');
  return (
    <header className="paper">
      <h1 data-testid="paper-title" className="paper-title">
        {paper.title ?? (paper.ids.arxiv ? `arXiv:${paper.ids.arxiv}` : 'Untitled paper')}
      </h1>
      {authors && <p className="muted authors">{authors}</p>}
      <p className="muted ids">
        {paper.ids.arxiv && <span>arXiv:{paper.ids.arxiv}{paper.version ?? ''}</span>}
        {paper.year && <span> · {paper.year}</span>}
        {paper.ids.doi && <span> · doi:{paper.ids.doi}</span>}
      </p>
    </header>
  );
}
