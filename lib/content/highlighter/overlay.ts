/**
 * Where the toolbar lives in a page: one host element with an open shadow root (the page's
 * CSS and scripts cannot restyle or query into it), absolutely placed next to a passage.
 * The host hangs off <html>, outside <body>, so it is never part of the page's text.
 */
import { mountToolbar, type Toolbar, type ToolbarActions, type ToolbarState } from './toolbar';

const HOST_TAG = 'marginalia-toolbar';
const GAP = 6;
const WIDTH = 340;

let open: { host: HTMLElement; toolbar: Toolbar } | null = null;

/** Whether an event happened inside the toolbar (its shadow root is open, so the path shows it). */
export function inToolbar(event: Event): boolean {
  return !!open && event.composedPath().includes(open.host);
}

/** The toolbar on screen, if any. */
export function currentToolbar(): Toolbar | null {
  return open?.toolbar ?? null;
}

/** Closes the toolbar (saving an edited comment). */
export function closeToolbar(): void {
  const was = open;
  open = null;
  was?.toolbar.destroy();
  was?.host.remove();
}

/** Opens the toolbar below (or, near the bottom of the window, above) a passage's rectangle. */
export function openToolbar(rect: DOMRect, state: ToolbarState, actions: ToolbarActions): Toolbar {
  closeToolbar();
  const host = document.createElement(HOST_TAG);
  host.setAttribute('data-marginalia-ui', '');
  const root = host.attachShadow({ mode: 'open' });
  const toolbar = mountToolbar(root, state, actions);
  const below = rect.bottom + 120 < window.innerHeight;
  const left = Math.max(4, Math.min(rect.left, document.documentElement.clientWidth - WIDTH - 4));
  const style: Record<string, string> = {
    all: 'initial',
    position: 'absolute',
    'z-index': '2147483647',
    left: `${left + window.scrollX}px`,
    top: `${(below ? rect.bottom + GAP : rect.top - GAP) + window.scrollY}px`,
    transform: below ? 'none' : 'translateY(-100%)',
  };
  for (const [name, value] of Object.entries(style)) host.style.setProperty(name, value, 'important');
  document.documentElement.append(host);
  open = { host, toolbar };
  return toolbar;
}
