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

// Headings, emphasis, a list and a link: the paths most notes take through both libraries.
const WARM_UP_NOTE = '# Idea\n\nSome **bold** and _italic_ text, `code`.\n\n- one\n- [a link](https://example.org)\n';

/**
 * Loads the renderer and runs it once on a small note: the first paper opened then does not
 * also pay for compiling marked's and DOMPurify's code (the page calls this when idle).
 */
export async function warmUpMarkdown(): Promise<void> {
  (await preloadMarkdown()).renderMarkdown(WARM_UP_NOTE);
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
