/**
 * The note preview's Markdown renderer (marked and DOMPurify: 77 KB, a sixth of the library
 * page's code), loaded apart from the page so that the first screen of papers does not
 * wait for it; the page preloads it once that screen is shown.
 */
import { useEffect, useMemo, useState } from 'react';

type Renderer = typeof import('./markdown');
let renderer: Renderer | null = null;
let loading: Promise<Renderer> | null = null;

/** Loads the renderer (once); resolves when it is ready. */
export function preloadMarkdown(): Promise<Renderer> {
  loading ??= import('./markdown').then(
    (m) => (renderer = m),
    (error: unknown) => {
      loading = null; // Tried again by the next note shown (plain text meanwhile).
      throw error;
    },
  );
  return loading;
}

/** `note` as sanitised HTML (lib/ui/markdown.ts), or null while the renderer loads or when not `wanted`. */
export function useMarkdown(note: string, wanted: boolean): string | null {
  const [ready, setReady] = useState(renderer !== null);
  useEffect(() => {
    let live = true;
    if (!ready) preloadMarkdown().then(() => live && setReady(true), () => undefined);
    return () => {
      live = false;
    };
  }, [ready]);
  return useMemo(() => (wanted && ready && renderer ? renderer.renderMarkdown(note) : null), [note, wanted, ready]);
}
