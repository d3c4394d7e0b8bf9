/**
 * A title read off a PDF's first page: the text in the largest font near the top, as a
 * reader would. The last resort when neither the address, the site nor the PDF's own
 * metadata names the paper. Pure, over pdf.js text items.
 */

/** What the title guess needs of a pdf.js text item. */
export interface PositionedItem {
  str?: string;
  /** [a, b, c, d, x, y]: the text matrix; the font size is the length of (c, d). */
  transform?: number[];
}

const MAX_TITLE = 300;
/** Sizes within this many points of the largest count as the same font. */
const SAME_SIZE = 0.6;

function sizeOf(item: PositionedItem): number {
  const t = item.transform;
  if (!t || t.length < 6) return 0;
  // Rotated text (arXiv's margin stamp runs up the page) is never the title.
  if (Math.abs(t[1]!) > 1e-3 || Math.abs(t[2]!) > 1e-3) return 0;
  return Math.abs(t[3]!);
}

/**
 * The first page's title, or undefined when nothing title-like is there. `pageHeight` is in
 * PDF points; only the upper half counts, where titles are.
 */
export function firstPageTitle(items: readonly PositionedItem[], pageHeight: number): string | undefined {
  const runs = items
    .filter((i) => (i.str?.trim().length ?? 0) > 0 && sizeOf(i) > 0)
    .filter((i) => i.transform![5]! >= pageHeight / 2);
  if (runs.length === 0) return undefined;
  // Single characters in huge fonts (drop caps, logos) do not make a title.
  const sized = runs.filter((i) => i.str!.trim().length > 1);
  const largest = Math.max(...(sized.length ? sized : runs).map(sizeOf));
  const title = runs
    .filter((i) => Math.abs(largest - sizeOf(i)) <= SAME_SIZE)
    // Top to bottom, then left to right, as the title reads.
    .sort((a, b) => Math.round(b.transform![5]!) - Math.round(a.transform![5]!) || a.transform![4]! - b.transform![4]!)
    .map((i) => i.str!.trim())
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return title.length >= 4 ? title.slice(0, MAX_TITLE) : undefined;
}
