/**
 * Loading the reader's PDF as React state: checking that the site may be read (asking on a
 * click when it may not), downloading and parsing with pdf.js, and turning every failure
 * into one clear message. Nothing is written to the library here.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useCallback, useEffect, useState } from 'react';
import { hasHostAccess, requestHostAccess } from './host-access';
import { BAD_ADDRESS, loadFailure, permissionRefused, type LoadFailure } from './load-error';
import { loadPdf } from './pdfjs';

/** Where loading stands. */
export type PdfState =
  | { phase: 'loading' }
  | { phase: 'needs-access'; origin: string; request(): void }
  | { phase: 'failed'; failure: LoadFailure }
  | { phase: 'ready'; doc: PDFDocumentProxy };

/** Loads `url` (null: the reader was opened without one). */
export function usePdfDocument(url: string | null): PdfState {
  const [state, setState] = useState<PdfState>({ phase: 'loading' });
  const [granted, setGranted] = useState(false);
  const request = useCallback(() => {
    if (!url) return;
    void requestHostAccess(url).then((ok) =>
      ok ? setGranted(true) : setState({ phase: 'failed', failure: permissionRefused(new URL(url).host) }),
    );
  }, [url]);

  useEffect(() => {
    if (!url) {
      setState({ phase: 'failed', failure: BAD_ADDRESS });
      return;
    }
    let live = true;
    let task: ReturnType<typeof loadPdf> | null = null;
    void (async () => {
      if (!granted && !(await hasHostAccess(url))) {
        if (live) setState({ phase: 'needs-access', origin: new URL(url).host, request });
        return;
      }
      setState({ phase: 'loading' });
      task = loadPdf(url);
      try {
        const doc = await task.promise;
        if (live) setState({ phase: 'ready', doc });
      } catch (error) {
        if (live) setState({ phase: 'failed', failure: loadFailure(error) });
      }
    })();
    return () => {
      live = false;
      void task?.destroy();
    };
  }, [url, granted, request]);
  return state;
}
