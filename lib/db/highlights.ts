import { HIGHLIGHT_COLORS, type Highlight, type HighlightColor, type Selector } from '../paper';
import type { MarginaliaDB } from './database';

/** Longest highlight comment kept (characters). */
export const MAX_COMMENT_LENGTH = 100_000;
/** Longest highlighted passage kept (characters): a few pages of text. */
export const MAX_QUOTE_LENGTH = 20_000;

/** What the content script or reader describes when the user highlights a passage. */
export interface NewHighlight {
  paperId: string;
  source: string;
  selector: Selector[];
  color?: HighlightColor;
  comment?: string;
}

function check(color: HighlightColor | undefined, comment: string | undefined): void {
  if (color !== undefined && !HIGHLIGHT_COLORS.includes(color)) throw new Error(`Unknown colour "${String(color)}".`);
  if (comment !== undefined && comment.length > MAX_COMMENT_LENGTH) throw new Error('This comment is too long to save.');
}

/** Stores a new highlight of a paper in the list; refuses one without a quote or for a missing paper. */
export async function addHighlight(db: MarginaliaDB, input: NewHighlight, now: number, makeId = () => crypto.randomUUID()): Promise<Highlight> {
  check(input.color, input.comment);
  const quote = input.selector.find((s) => s.type === 'TextQuoteSelector');
  if (!quote?.exact.trim()) throw new Error('A highlight needs some selected text.');
  if (quote.exact.length > MAX_QUOTE_LENGTH) throw new Error('This passage is too long to highlight.');
  return db.transaction('rw', db.papers, db.highlights, async () => {
    if (!(await db.papers.get(input.paperId))) throw new Error('This paper is no longer in your list.');
    const highlight: Highlight = {
      id: makeId(),
      paperId: input.paperId,
      target: { source: input.source, selector: input.selector },
      color: input.color ?? HIGHLIGHT_COLORS[0],
      comment: input.comment ?? '',
      createdAt: now,
      updatedAt: now,
    };
    await db.highlights.add(highlight);
    return highlight;
  });
}

/** Changes a highlight's colour and/or comment. */
export async function updateHighlight(
  db: MarginaliaDB,
  id: string,
  change: { color?: HighlightColor; comment?: string },
  now: number,
): Promise<Highlight> {
  check(change.color, change.comment);
  return db.transaction('rw', db.highlights, async () => {
    const highlight = await db.highlights.get(id);
    if (!highlight) throw new Error('This highlight no longer exists.');
    const next: Highlight = {
      ...highlight,
      ...(change.color ? { color: change.color } : {}),
      ...(change.comment !== undefined ? { comment: change.comment } : {}),
      updatedAt: now,
    };
    await db.highlights.put(next);
    return next;
  });
}

/** Deletes a highlight and returns it whole, for undo. */
export async function deleteHighlight(db: MarginaliaDB, id: string): Promise<Highlight | undefined> {
  return db.transaction('rw', db.highlights, async () => {
    const highlight = await db.highlights.get(id);
    if (highlight) await db.highlights.delete(id);
    return highlight;
  });
}

/** Puts a deleted highlight back (undo), if its paper is still in the list. */
export async function restoreHighlight(db: MarginaliaDB, highlight: Highlight): Promise<void> {
  await db.transaction('rw', db.papers, db.highlights, async () => {
    if (!(await db.papers.get(highlight.paperId))) throw new Error('This paper is no longer in your list.');
    await db.highlights.put(highlight);
  });
}

/** A paper's highlights, oldest first. */
export async function highlightsOf(db: MarginaliaDB, paperId: string): Promise<Highlight[]> {
  return inCreationOrder(await db.highlights.where('paperId').equals(paperId).toArray());
}

/** Highlights sorted oldest first (in place). */
export const inCreationOrder = (highlights: Highlight[]): Highlight[] => highlights.sort((a, b) => a.createdAt - b.createdAt);
