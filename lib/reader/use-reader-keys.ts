/** The reader's keyboard shortcuts (lib/reader/keys.ts says which key does what). */
import { useEffect, useRef } from 'react';
import { keyAction, type KeyAction } from './keys';
import type { FindModel } from './use-find';
import type { ReaderModel } from './use-reader';

const isTextField = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/** Listens for the reader's keys on the document while mounted. */
export function useReaderKeys(reader: ReaderModel, find: FindModel): void {
  const latest = useRef({ reader, find });
  latest.current = { reader, find };
  useEffect(() => {
    /** Runs an action; false when it does not apply now (the key then keeps its usual meaning). */
    const run = (action: KeyAction): boolean => {
      const { reader: r, find: f } = latest.current;
      const actions: Record<KeyAction, () => boolean | void> = {
        'next-page': () => r.step(1),
        'previous-page': () => r.step(-1),
        'first-page': () => r.goTo(0),
        'last-page': () => r.goTo(r.pageCount - 1),
        'zoom-in': () => r.zoomBy(1),
        'zoom-out': () => r.zoomBy(-1),
        'fit-width': () => r.setZoom({ mode: 'fit-width' }),
        find: () => f.show(),
        'find-next': () => f.step(1),
        'find-previous': () => f.step(-1),
        close: () => (f.open ? f.hide() : false),
      };
      return actions[action]() !== false;
    };
    const onKey = (e: KeyboardEvent) => {
      const action = keyAction({ key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey, shiftKey: e.shiftKey, inTextField: isTextField(e.target) });
      if (action && run(action)) e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
