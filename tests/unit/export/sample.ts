/** Hand-written papers and highlights the export tests share. */
import type { Highlight, LibraryEntry } from '@/lib/paper';

/** A paper with the given fields over sensible defaults. */
export function paper(over: Partial<LibraryEntry> & { id: string }): LibraryEntry {
  return {
    aliases: [],
    title: 'Untitled',
    authors: [],
    ids: {},
    url: '',
    status: 'to-read',
    statusDates: { 'to-read': Date.UTC(2024, 0, 2) },
    tags: [],
    note: '',
    addedAt: Date.UTC(2024, 0, 2),
    updatedAt: Date.UTC(2024, 0, 3),
    ...over,
  };
}

/** Attention Is All You Need, as saved from its arXiv page and published at NeurIPS. */
export const attention = paper({
  id: 'p-attention',
  aliases: ['arxiv:1706.03762', 'doi:10.48550/arxiv.1706.03762', 'title:attentionisallyouneed'],
  title: 'Attention Is All You Need',
  authors: ['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar'],
  year: 2017,
  venue: 'NeurIPS',
  abstract: 'The dominant sequence transduction models…',
  ids: { arxiv: '1706.03762', doi: '10.48550/arxiv.1706.03762' },
  url: 'https://arxiv.org/abs/1706.03762',
  pdfUrl: 'https://arxiv.org/pdf/1706.03762',
  status: 'read',
  statusDates: { 'to-read': Date.UTC(2024, 0, 2), read: Date.UTC(2024, 1, 1) },
  tags: ['transformers', 'to discuss'],
  note: 'Multi-head attention: see **§3.2**.\n\nCost is O(n^2) & 100% parallel_izable.',
});

/** An arXiv-only preprint with LaTeX-hostile characters everywhere. */
export const preprint = paper({
  id: 'p-flame',
  title: 'FLAME: Frozen LLMs Enable Data-Efficient {Pre-training} for $50 & 100% of_us ~ ^ \\ <b>',
  authors: ['Anjia Cao', 'Ludwig van Beethoven', 'Martin Luther King Jr.', 'Zoë Ågren-Šimić'],
  year: 2024,
  ids: { arxiv: '2411.11927' },
  url: 'https://arxiv.org/abs/2411.11927',
  tags: ['vision, language', 'ml'],
  note: '',
});

/** A highlight of a paper, on a PDF page when `page` is given. */
export function highlight(id: string, paperId: string, exact: string, over: Partial<Highlight> & { page?: number } = {}): Highlight {
  const { page, ...rest } = over;
  return {
    id,
    paperId,
    target: {
      source: 'https://arxiv.org/abs/1706.03762',
      selector: [
        { type: 'TextQuoteSelector', exact, prefix: 'before ', suffix: ' after' },
        { type: 'TextPositionSelector', start: 10, end: 10 + exact.length },
        ...(page === undefined ? [] : [{ type: 'PageSelector' as const, index: page }]),
      ],
    },
    color: 'yellow',
    comment: '',
    createdAt: Date.UTC(2024, 0, 5),
    updatedAt: Date.UTC(2024, 0, 5),
    ...rest,
  };
}
