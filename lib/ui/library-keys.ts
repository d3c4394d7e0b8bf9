import { useEffect, type KeyboardEvent, type RefObject } from 'react';
import { useLibraryUi } from './library-store';

const PAGE = 15;

/**
 * Keys of the library table: arrows (and Page Up/Down, Home, End) move the active row — and
 * the open paper with it, when one is open — Enter opens it, Space checks it (Shift: a range).
 */
export function onTableKey(event: KeyboardEvent<HTMLElement>, ids: readonly string[]): void {
  const ui = useLibraryUi.getState();
  const at = ui.active ? ids.indexOf(ui.active) : -1;
  const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, PageDown: at + PAGE, PageUp: at - PAGE, Home: 0, End: ids.length - 1 };
  if (event.key in moves && ids.length) {
    event.preventDefault();
    const id = ids[Math.max(0, Math.min(ids.length - 1, moves[event.key]!))]!;
    ui.setActive(id);
    if (ui.open) ui.setOpen(id);
  } else if (event.key === 'Enter' && ui.active) {
    event.preventDefault();
    ui.setOpen(ui.active);
  } else if (event.key === ' ' && ui.active) {
    event.preventDefault();
    ui.toggle(ui.active, event.shiftKey, ids);
  }
}

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** Page-wide keys: `/` focuses the search box; Escape closes the open paper and returns to the table. */
export function useGlobalKeys(search: RefObject<HTMLInputElement | null>, table: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key === '/' && !typing(event.target) && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        search.current?.focus();
        search.current?.select();
      } else if (event.key === 'Escape' && useLibraryUi.getState().open) {
        useLibraryUi.getState().setOpen(null);
        table.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [search, table]);
}
