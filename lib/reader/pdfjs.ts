/**
 * pdf.js for the reader, set up for an extension page under MV3's content security policy:
 * the worker is bundled with the extension (never a CDN: remote code is forbidden), string
 * evaluation is off (no `eval`/`new Function` under the CSP), and the character maps,
 * standard fonts and image decoders pdf.js fetches on demand are copied into the build
 * under /pdfjs/ (scripts/reader-build.ts).
 */
import { getDocument, GlobalWorkerOptions, type PDFDocumentLoadingTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

/** Where the build puts pdf.js's data files, relative to the extension root. */
export const PDFJS_ASSETS = '/pdfjs/';

/** Starts loading a PDF; the caller awaits `.promise` and may `.destroy()` the task. */
export function loadPdf(url: string): PDFDocumentLoadingTask {
  const assets = new URL(PDFJS_ASSETS, location.href).href;
  return getDocument({
    url,
    isEvalSupported: false,
    enableXfa: false,
    // Publishers' PDFs often need the user's session cookies.
    withCredentials: true,
    cMapUrl: `${assets}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${assets}standard_fonts/`,
    wasmUrl: `${assets}wasm/`,
  });
}
