/**
 * The reader's keyboard: which key does what. Pure, so that the mapping is tested without
 * a DOM; the page wires it to keydown.
 */

/** What a key asks the reader to do. */
export type KeyAction =
  | 'next-page' | 'previous-page' | 'first-page' | 'last-page'
  | 'zoom-in' | 'zoom-out' | 'fit-width'
  | 'find' | 'find-next' | 'find-previous' | 'close';

/** The parts of a keyboard event the mapping reads. */
export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
  /** Whether focus is in a text field, where letters are text. */
  inTextField?: boolean;
}

const PLAIN: Record<string, KeyAction> = {
  PageDown: 'next-page', PageUp: 'previous-page',
  j: 'next-page', k: 'previous-page', n: 'next-page', p: 'previous-page',
  ArrowRight: 'next-page', ArrowLeft: 'previous-page',
  Home: 'first-page', End: 'last-page',
  '+': 'zoom-in', '=': 'zoom-in', '-': 'zoom-out', '0': 'fit-width',
  F3: 'find-next', Escape: 'close',
};

/** The action of a key press, or null to leave it to the browser (arrows up/down scroll). */
export function keyAction(e: KeyLike): KeyAction | null {
  const command = e.ctrlKey || e.metaKey;
  if (command && !e.altKey) {
    if (e.key === 'f' || e.key === 'F') return 'find';
    if (e.key === 'g' || e.key === 'G') return e.shiftKey ? 'find-previous' : 'find-next';
    if (e.key === '+' || e.key === '=') return 'zoom-in';
    if (e.key === '-') return 'zoom-out';
    if (e.key === '0') return 'fit-width';
    return null;
  }
  if (e.altKey) return null;
  if (e.key === 'F3') return e.shiftKey ? 'find-previous' : 'find-next';
  if (e.key === 'Escape') return 'close';
  // In a text field, keys are typing (and Page keys move its caret).
  if (e.inTextField) return null;
  return PLAIN[e.key] ?? null;
}
