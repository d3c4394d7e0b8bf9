import type { Highlight } from './paper';

/** A paper's highlights in reading order: PDF page, then position in the text, then age. */
export function inReadingOrder(highlights: readonly Highlight[]): Highlight[] {
  const key = (h: Highlight) => {
    let page = 0;
    let start = Number.MAX_SAFE_INTEGER;
    for (const s of h.target.selector) {
      if (s.type === 'PageSelector') page = s.index;
      if (s.type === 'TextPositionSelector') start = s.start;
    }
    return [page, start] as const;
  };
  return [...highlights].sort((a, b) => {
    const [pa, sa] = key(a);
    const [pb, sb] = key(b);
    return pa - pb || sa - sb || a.createdAt - b.createdAt;
  });
}
