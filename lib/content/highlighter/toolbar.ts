/**
 * The highlight toolbar: colours, a comment field, copy quote and (for an existing
 * highlight) delete. Plain DOM mounted into a shadow root the caller owns, reporting what
 * the user chose through callbacks, so that pages and the PDF reader share it.
 */
import { HIGHLIGHT_CSS } from '../../anchoring/highlight';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../paper';
import { TOOLBAR_CSS } from './toolbar-style';

/** What the toolbar shows: a new selection (`create`) or an existing highlight (`edit`). */
export interface ToolbarState {
  mode: 'create' | 'edit';
  color: HighlightColor;
  comment: string;
}

/** What the user can ask for. */
export interface ToolbarActions {
  /** A colour was picked: create the highlight (with the comment typed so far) or recolour it. */
  onColor(color: HighlightColor, comment: string): void;
  /** The comment was confirmed (Enter, or leaving the field after editing it). */
  onComment(comment: string): void;
  onCopy(): void;
  onDelete(): void;
  onClose(): void;
}

/** A mounted toolbar. */
export interface Toolbar {
  readonly element: HTMLElement;
  /** Switches mode, colour or comment (after creating, the toolbar edits the new highlight). */
  set(state: Partial<ToolbarState>): void;
  /** A short status line, optionally with an Undo button. */
  notice(text: string, undo?: () => void): void;
  /** An error in the alert line, or none. */
  error(text: string | null): void;
  focus(target: 'comment' | 'colors'): void;
  /** Removes it, saving an edited comment first. */
  destroy(): void;
}

const label = (c: string) => c[0]!.toUpperCase() + c.slice(1);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, testid?: string): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  if (testid) node.setAttribute('data-testid', testid);
  return node;
}

/** Mounts the toolbar in `root` (a shadow root, or any element in tests and extension pages). */
export function mountToolbar(root: ShadowRoot | HTMLElement, initial: ToolbarState, actions: ToolbarActions): Toolbar {
  let state = { ...initial };
  const style = el('style', { textContent: TOOLBAR_CSS });
  const bar = el('div', { className: 'bar' }, 'highlight-toolbar');
  bar.setAttribute('role', 'group');
  bar.setAttribute('aria-label', 'Marginalia highlight');
  const colors = el('div', { className: 'colors' });
  colors.setAttribute('role', 'toolbar');
  colors.setAttribute('aria-label', 'Highlight colour');
  const swatches = HIGHLIGHT_COLORS.map((color) => {
    const b = el('button', { type: 'button', className: 'swatch', title: `Highlight in ${color}` }, `highlight-color-${color}`);
    b.setAttribute('aria-label', label(color));
    b.style.setProperty('--c', HIGHLIGHT_CSS[color]);
    b.addEventListener('click', () => actions.onColor(color, comment.value));
    return b;
  });
  colors.append(...swatches);
  const comment = el('textarea', { rows: 1, placeholder: 'Comment (Enter to save)' }, 'highlight-comment');
  comment.setAttribute('aria-label', 'Comment');
  const copy = el('button', { type: 'button', textContent: 'Copy quote' }, 'highlight-copy');
  const del = el('button', { type: 'button', className: 'delete', textContent: 'Delete' }, 'highlight-delete');
  const close = el('button', { type: 'button', className: 'close', textContent: '×' });
  close.setAttribute('aria-label', 'Close');
  const status = el('p', { className: 'status' });
  status.setAttribute('role', 'status');
  const alert = el('p', { className: 'error' });
  alert.setAttribute('role', 'alert');
  bar.append(colors, copy, del, close, comment, status, alert);
  root.append(style, bar);

  copy.addEventListener('click', () => actions.onCopy());
  del.addEventListener('click', () => actions.onDelete());
  close.addEventListener('click', () => actions.onClose());
  const commit = () => {
    if (state.mode === 'edit' && comment.value !== state.comment) {
      state.comment = comment.value;
      actions.onComment(comment.value);
    }
  };
  comment.addEventListener('change', commit);
  comment.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || e.shiftKey || e.isComposing) return;
    e.preventDefault();
    if (state.mode === 'create') actions.onComment(comment.value);
    else commit();
  });
  bar.addEventListener('keydown', (e) => {
    // Keys typed here belong to the toolbar, not to the page's own shortcuts.
    e.stopPropagation();
    if (e.key === 'Escape') actions.onClose();
    const at = swatches.indexOf(e.target as HTMLButtonElement);
    if (at >= 0 && (e.key === 'ArrowRight' || e.key === 'ArrowLeft')) {
      swatches[(at + (e.key === 'ArrowRight' ? 1 : swatches.length - 1)) % swatches.length]!.focus();
    }
  });
  // Keeps the page's selection while a button is pressed (the field still takes focus).
  bar.addEventListener('mousedown', (e) => {
    if (e.target !== comment) e.preventDefault();
  });

  const render = () => {
    for (const [i, b] of swatches.entries()) b.setAttribute('aria-pressed', String(state.mode === 'edit' && HIGHLIGHT_COLORS[i] === state.color));
    del.hidden = state.mode !== 'edit';
  };
  comment.value = state.comment;
  render();

  return {
    element: bar,
    set(next) {
      state = { ...state, ...next };
      if (next.comment !== undefined) comment.value = next.comment;
      render();
    },
    notice(text, undo) {
      status.textContent = text;
      if (undo) {
        const b = el('button', { type: 'button', textContent: 'Undo' }, 'highlight-undo');
        b.addEventListener('click', undo);
        status.append(' ', b);
      }
    },
    error(text) {
      alert.textContent = text ?? '';
    },
    focus(target) {
      (target === 'comment' ? comment : swatches[Math.max(0, HIGHLIGHT_COLORS.indexOf(state.color))]!).focus();
    },
    destroy() {
      commit();
      style.remove();
      bar.remove();
    },
  };
}
