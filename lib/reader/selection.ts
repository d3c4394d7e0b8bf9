/**
 * The reader's side of highlighting: a selection of page text offers the toolbar, a click on
 * a highlight opens it for editing. The same controller and toolbar as in pages
 * (lib/content/highlighter), so the test ids and behaviour are the same.
 */
import { MARK_ATTRIBUTE } from '../anchoring/highlight';
import type { HighlightController } from '../content/highlighter/controller';
import { inToolbar } from '../content/highlighter/overlay';

/** The selection if it is text of a drawn page under `pages`. */
function selectedPageText(pages: HTMLElement): Range | null {
  const selection = getSelection();
  if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
  const range = selection.getRangeAt(0);
  const start = range.startContainer;
  const element = start.nodeType === 1 ? (start as Element) : start.parentElement;
  return element?.closest('.textLayer') && pages.contains(element) ? range : null;
}

/** Wires selection and clicks under `pages` to the controller; returns the unwiring. */
export function wireSelection(pages: HTMLElement, controller: HighlightController): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const offer = () => {
    const range = selectedPageText(pages);
    if (range) controller.offer(range);
  };
  const onDown = (e: MouseEvent) => {
    if (!inToolbar(e)) controller.close();
    // pdf.js's trick: while selecting, the end-of-content block covers the gaps between
    // lines, so that the selection does not jump to the end of the page.
    (e.target as Element | null)?.closest?.('.textLayer')?.classList.add('selecting');
  };
  const onUp = (e: MouseEvent) => {
    for (const layer of pages.querySelectorAll('.textLayer.selecting')) layer.classList.remove('selecting');
    if (!inToolbar(e)) timer = setTimeout(offer, 0);
  };
  const onKeyUp = (e: KeyboardEvent) => {
    // Shift+arrows grow a selection from the keyboard: offer the toolbar once it rests.
    if (inToolbar(e) || (!e.shiftKey && e.key !== 'Shift')) return;
    clearTimeout(timer);
    timer = setTimeout(offer, 250);
  };
  const onClick = (e: MouseEvent) => {
    const mark = (e.target as Element | null)?.closest?.(`mark[${MARK_ATTRIBUTE}]`);
    if (!mark || inToolbar(e) || !getSelection()?.isCollapsed) return;
    controller.edit(mark.getAttribute(MARK_ATTRIBUTE)!, mark.getBoundingClientRect());
  };
  document.addEventListener('mousedown', onDown, true);
  document.addEventListener('mouseup', onUp);
  document.addEventListener('keyup', onKeyUp);
  pages.addEventListener('click', onClick);
  return () => {
    clearTimeout(timer);
    document.removeEventListener('mousedown', onDown, true);
    document.removeEventListener('mouseup', onUp);
    document.removeEventListener('keyup', onKeyUp);
    pages.removeEventListener('click', onClick);
  };
}
