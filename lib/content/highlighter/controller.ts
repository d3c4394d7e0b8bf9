/**
 * What the toolbar's choices do: create a highlight from a selection, recolour, comment,
 * copy, delete with undo. Writes go to the background (content scripts never touch the
 * database); the page's marks follow each answer.
 */
import { textSelectors } from '../../anchoring/anchor';
import { HIGHLIGHT_COLORS, type Highlight, type HighlightColor, type Selector } from '../../paper';
import type { ask } from './channel';
import { closeToolbar, currentToolbar, openToolbar } from './overlay';
import type { PageHighlights } from './page-highlights';
import type { ToolbarActions } from './toolbar';

/** What the controller needs: the page's highlights, the channel to the background, the clipboard. */
export interface ControllerDeps {
  page: PageHighlights;
  ask: typeof ask;
  copy(text: string): Promise<void>;
}

type Target = { kind: 'create'; selectors: Selector[] } | { kind: 'edit'; id: string };

const DEFAULT_COLOR: HighlightColor = HIGHLIGHT_COLORS[0];

/** Drives the toolbar for one page. */
export interface HighlightController {
  /** Offers the toolbar for a selection; false when it holds no text. */
  offer(range: Range): boolean;
  /** Highlights a selection at once in the default colour (keyboard command, context menu), then asks for a comment. */
  quick(range: Range): Promise<void>;
  /** Opens the toolbar on an existing highlight. */
  edit(id: string, rect: DOMRect): void;
  /** Closes the toolbar (an edited comment is saved on the way). */
  close(): void;
}

/** The controller of one page's toolbar. */
export function highlightController({ page, ask, copy }: ControllerDeps): HighlightController {
  let target: Target | null = null;

  const create = async (color: HighlightColor, comment: string): Promise<void> => {
    const was = target;
    if (was?.kind !== 'create') return;
    target = null; // A second click while waiting must not highlight twice.
    const toolbar = currentToolbar();
    const reply = await ask({ type: 'createHighlight', selector: was.selectors, color, ...(comment ? { comment } : {}) });
    if (!reply.ok) {
      target = was;
      return toolbar?.error(reply.error);
    }
    const { highlight, addedPaper } = reply.value;
    page.add(highlight);
    getSelection()?.removeAllRanges(); // The mark shows the passage now.
    if (!toolbar || toolbar !== currentToolbar()) return; // Closed meanwhile.
    target = { kind: 'edit', id: highlight.id };
    toolbar.set({ mode: 'edit', color: highlight.color, comment: highlight.comment });
    toolbar.notice(addedPaper ? 'Highlighted, and added to your list as Reading.' : 'Highlighted.');
  };

  const change = async (edit: { color?: HighlightColor; comment?: string }): Promise<void> => {
    if (target?.kind !== 'edit') return;
    const toolbar = currentToolbar();
    const reply = await ask({ type: 'updateHighlight', id: target.id, ...edit });
    if (!reply.ok) return toolbar?.error(reply.error);
    page.update(reply.value);
    toolbar?.set({ color: reply.value.color });
    toolbar?.error(null);
    toolbar?.notice(edit.comment !== undefined ? 'Comment saved.' : 'Colour changed.');
  };

  const undo = async (deleted: Highlight): Promise<void> => {
    const reply = await ask({ type: 'restoreHighlight', highlight: deleted });
    if (!reply.ok) return currentToolbar()?.error(reply.error);
    page.add(reply.value);
    controller.close();
  };

  const remove = async (): Promise<void> => {
    if (target?.kind !== 'edit') return;
    const toolbar = currentToolbar();
    const reply = await ask({ type: 'deleteHighlight', id: target.id });
    if (!reply.ok) return toolbar?.error(reply.error);
    page.remove(target.id);
    target = null;
    const deleted = reply.value;
    toolbar?.notice('Highlight deleted.', deleted ? () => void undo(deleted) : undefined);
  };

  const copyQuote = async (): Promise<void> => {
    const selectors = target?.kind === 'create' ? target.selectors : target ? page.get(target.id)?.highlight.target.selector : undefined;
    const quote = selectors && textSelectors(selectors).quote?.exact;
    const toolbar = currentToolbar();
    if (quote) await copy(quote).then(() => toolbar?.notice('Quote copied.'), () => toolbar?.error('The quote could not be copied.'));
  };

  const actions: ToolbarActions = {
    onColor: (color, comment) => void (target?.kind === 'create' ? create(color, comment) : change({ color })),
    onComment: (comment) => void (target?.kind === 'create' ? create(DEFAULT_COLOR, comment) : change({ comment })),
    onCopy: () => void copyQuote(),
    onDelete: () => void remove(),
    onClose: () => controller.close(),
  };

  const controller: HighlightController = {
    offer(range) {
      const selectors = page.describe(range);
      if (!selectors.length) return false;
      openToolbar(range.getBoundingClientRect(), { mode: 'create', color: DEFAULT_COLOR, comment: '' }, actions);
      target = { kind: 'create', selectors };
      return true;
    },
    async quick(range) {
      if (!controller.offer(range)) return;
      await create(DEFAULT_COLOR, '');
      currentToolbar()?.focus('comment');
    },
    edit(id, rect) {
      const entry = page.get(id);
      if (!entry) return;
      const { color, comment } = entry.highlight;
      openToolbar(rect, { mode: 'edit', color, comment }, actions).focus('comment');
      target = { kind: 'edit', id };
    },
    close() {
      closeToolbar();
      target = null;
    },
  };
  return controller;
}
