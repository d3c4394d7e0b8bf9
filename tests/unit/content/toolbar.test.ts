import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountToolbar, type ToolbarActions } from '@/lib/content/highlighter/toolbar';
import { HIGHLIGHT_COLORS } from '@/lib/paper';

function setup(mode: 'create' | 'edit' = 'create', comment = '') {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const actions = { onColor: vi.fn(), onComment: vi.fn(), onCopy: vi.fn(), onDelete: vi.fn(), onClose: vi.fn() } satisfies ToolbarActions;
  const toolbar = mountToolbar(root, { mode, color: 'green', comment }, actions);
  const $ = <T extends HTMLElement>(id: string) => root.querySelector<T>(`[data-testid="${id}"]`)!;
  return { root, actions, toolbar, $ };
}

const key = (target: Element, k: string, init: KeyboardEventInit = {}) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true, ...init }));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('mountToolbar', () => {
  it('has the test hooks: the toolbar, one button per colour (first = default), the comment field', () => {
    const { $, root } = setup();
    expect($('highlight-toolbar')).toBeTruthy();
    const buttons = [...root.querySelectorAll('[data-testid^="highlight-color-"]')];
    expect(buttons.map((b) => b.getAttribute('data-testid'))).toEqual(HIGHLIGHT_COLORS.map((c) => `highlight-color-${c}`));
    expect(buttons.every((b) => b.tagName === 'BUTTON' && b.getAttribute('aria-label'))).toBe(true);
    expect($('highlight-comment').tagName).toBe('TEXTAREA');
    expect($('highlight-delete').hidden).toBe(true);
  });

  it('creates with the chosen colour and the comment typed so far', () => {
    const { $, actions } = setup();
    $<HTMLTextAreaElement>('highlight-comment').value = 'Key claim';
    $('highlight-color-blue').click();
    expect(actions.onColor).toHaveBeenCalledWith('blue', 'Key claim');
  });

  it('Enter in the comment creates (create mode); Shift+Enter makes a new line', () => {
    const { $, actions } = setup();
    const field = $<HTMLTextAreaElement>('highlight-comment');
    field.value = 'Note';
    key(field, 'Enter', { shiftKey: true });
    expect(actions.onComment).not.toHaveBeenCalled();
    key(field, 'Enter');
    expect(actions.onComment).toHaveBeenCalledWith('Note');
  });

  it('in edit mode shows the colour in use and delete, and saves a changed comment on Enter or when closed', () => {
    const { $, actions, toolbar } = setup('edit', 'old');
    expect($('highlight-color-green').getAttribute('aria-pressed')).toBe('true');
    expect($('highlight-color-yellow').getAttribute('aria-pressed')).toBe('false');
    expect($('highlight-delete').hidden).toBe(false);
    const field = $<HTMLTextAreaElement>('highlight-comment');
    expect(field.value).toBe('old');
    key(field, 'Enter');
    expect(actions.onComment).not.toHaveBeenCalled(); // unchanged
    field.value = 'new';
    key(field, 'Enter');
    expect(actions.onComment).toHaveBeenLastCalledWith('new');
    field.value = 'newer';
    toolbar.destroy();
    expect(actions.onComment).toHaveBeenLastCalledWith('newer');
  });

  it('is keyboard reachable: arrows move between colours, Escape closes, keys stay out of the page', () => {
    const { $, actions, root } = setup();
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    $('highlight-color-yellow').focus();
    key($('highlight-color-yellow'), 'ArrowRight');
    expect(root.activeElement).toBe($('highlight-color-green'));
    key($('highlight-color-green'), 'ArrowLeft');
    key($('highlight-color-yellow'), 'ArrowLeft');
    expect(root.activeElement).toBe($(`highlight-color-${HIGHLIGHT_COLORS.at(-1)}`));
    key($('highlight-comment'), 'Escape');
    expect(actions.onClose).toHaveBeenCalled();
    expect(pageKeys).not.toHaveBeenCalled();
    document.removeEventListener('keydown', pageKeys);
  });

  it('copies, deletes, and shows notices with undo and errors as text', () => {
    const { $, actions, toolbar, root } = setup('edit');
    $('highlight-copy').click();
    $('highlight-delete').click();
    expect(actions.onCopy).toHaveBeenCalled();
    expect(actions.onDelete).toHaveBeenCalled();
    const undo = vi.fn();
    toolbar.notice('Highlight deleted.', undo);
    $('highlight-undo').click();
    expect(undo).toHaveBeenCalled();
    toolbar.error('<b>nope</b>');
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.textContent).toBe('<b>nope</b>');
    expect(alert.querySelector('b')).toBeNull();
  });

  it('switches from create to edit after the highlight exists', () => {
    const { $, toolbar } = setup();
    toolbar.set({ mode: 'edit', color: 'pink', comment: 'c' });
    expect($('highlight-color-pink').getAttribute('aria-pressed')).toBe('true');
    expect($('highlight-delete').hidden).toBe(false);
    expect($<HTMLTextAreaElement>('highlight-comment').value).toBe('c');
  });
});
