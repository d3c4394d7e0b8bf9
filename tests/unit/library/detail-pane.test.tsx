import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DetailPane } from '@/components/library/DetailPane';
import { HighlightList } from '@/components/library/HighlightList';
import type { Highlight } from '@/lib/paper';
import type { LibraryRow } from '@/lib/search/rows';
import type { LibraryActions } from '@/lib/ui/library-actions';
import { seededDb, TITLES } from './harness';

afterEach(cleanup);

const row = (id: string, title: string): LibraryRow => ({
  id, title, authors: 'Ashish Vaswani, Noam Shazeer', year: 2017, venue: 'NeurIPS', ids: {}, status: 'reading',
  tags: ['nlp'], addedAt: 1, highlights: 1, site: 'arxiv.org', textHash: 0,
});

describe('DetailPane', () => {
  it('shows what the table knows at once, then the whole record once it is read', async () => {
    const db = await seededDb();
    const attention = (await db.papers.toArray()).find((p) => p.title === TITLES.attention)!;
    const noop = vi.fn();
    render(
      <DetailPane db={db} id={attention.id} row={row(attention.id, attention.title)} terms={[]} catalogues={null} suggestions={[]}
        actions={{} as LibraryActions} onClose={noop} onRemoved={noop} onError={noop} />,
    );
    // The first render, before IndexedDB answers: title, authors, venue, status and tags from the row.
    expect(screen.getByTestId('detail-preview')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByTestId('detail-title')).toHaveTextContent(TITLES.attention);
    expect(screen.getByTestId('detail-preview')).toHaveTextContent('NeurIPS · 2017');
    expect(screen.getByTestId('detail-preview')).toHaveTextContent('Reading · nlp');
    // Then the full pane: note, highlights, actions.
    await waitFor(() => expect(screen.getByTestId('paper-detail')).toBeInTheDocument());
    expect(screen.queryByTestId('detail-preview')).toBeNull();
    expect(screen.getByTestId('detail-highlight')).toBeInTheDocument();
    db.close();
  });

  it('draws a long list of highlights whole, the first screenful first', async () => {
    const highlights: Highlight[] = Array.from({ length: 120 }, (_, i) => ({
      id: `h${i}`, paperId: 'p', color: 'yellow', comment: '', createdAt: i, updatedAt: i,
      target: { source: 'https://arxiv.org/abs/1706.03762', selector: [{ type: 'TextQuoteSelector', exact: `passage ${i}`, prefix: '', suffix: '' }] },
    }));
    render(<HighlightList highlights={highlights} terms={[]} />);
    await waitFor(() => expect(screen.getAllByTestId('detail-highlight')).toHaveLength(120));
    expect(screen.getAllByTestId('detail-highlight')[119]).toHaveTextContent('passage 119');
  });
});
