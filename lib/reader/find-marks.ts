/**
 * Showing the current find match on its page: outlined boxes laid over the text, computed
 * from the match's range. Boxes, not marks, so that searching never touches the text the
 * highlights are anchored in.
 */
import { TextIndex } from '../anchoring/text-index';

const LAYER = 'reader-find';

/** Removes the match boxes from a page (or from every page under `root`). */
export function clearFindMarks(root: ParentNode): void {
  for (const layer of root.querySelectorAll(`.${LAYER}`)) layer.remove();
}

/**
 * Draws boxes over text positions [start, end) of a page's text layer; returns the first
 * box (to scroll to), or null when the text is not there.
 */
export function drawFindMark(page: HTMLElement, textLayer: HTMLElement, start: number, end: number): HTMLElement | null {
  clearFindMarks(page);
  const range = new TextIndex(textLayer).rangeFor(start, end);
  if (!range) return null;
  const origin = page.getBoundingClientRect();
  const layer = document.createElement('div');
  layer.className = LAYER;
  layer.setAttribute('aria-hidden', 'true');
  for (const rect of range.getClientRects()) {
    if (rect.width < 1 || rect.height < 1) continue;
    const box = document.createElement('div');
    box.className = 'reader-find-box';
    Object.assign(box.style, {
      left: `${rect.left - origin.left}px`,
      top: `${rect.top - origin.top}px`,
      width: `${rect.width}px`,
      height: `${rect.height}px`,
    });
    layer.append(box);
  }
  page.append(layer);
  return (layer.firstElementChild as HTMLElement | null) ?? null;
}
