import { ask } from './channel';
import type { HighlightUi } from './ui';

/** The isolated world's global under which lib/content/highlighter/ui.ts hands over anchoring and the toolbar. */
export const UI_GLOBAL = '__marginaliaHighlightUi';

let loading: Promise<HighlightUi | null> | null = null;

/** Anchoring and the toolbar, if already loaded in this page. */
export function highlightUi(): HighlightUi | undefined {
  return (globalThis as Record<string, unknown>)[UI_GLOBAL] as HighlightUi | undefined;
}

/** Loads anchoring and the toolbar once (the background injects them); null if that failed. */
export function loadHighlightUi(): Promise<HighlightUi | null> {
  const ready = highlightUi();
  if (ready) return Promise.resolve(ready);
  return (loading ??= ask({ type: 'loadHighlightUi' }).then((reply) => {
    loading = null;
    return (reply.ok && highlightUi()) || null;
  }));
}
