/**
 * Which paper the reader shows, as React state: ids from the address first (looked up in the
 * library while the PDF is still downloading, so that its highlights are ready when the
 * first page is drawn), then the arXiv API (the same cached path the background uses), then
 * the PDF's own metadata and first page. A saved paper learns the PDF's ids (mergeAliases)
 * once the PDF has opened, so that its abstract page and its PDF stay one entry; a PDF that
 * fails to open writes nothing.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useState } from 'react';
import { arxivMetadata } from '../arxiv/metadata';
import type { ArxivMetadata } from '../arxiv/atom';
import type { MarginaliaDB } from '../db/database';
import { findPaperFor, mergeAliases } from '../db/library';
import { detectFromUrl } from '../detect';
import type { LibraryEntry } from '../paper';
import { pdfPaper, type PdfPaper } from './identity';
import { ownClues } from './pdf-clues';

/** The reader's paper, and its library entry (live: undefined while reading, null when not in the list). */
export interface PaperIdentity {
  resolved: PdfPaper | null;
  entry: LibraryEntry | null | undefined;
}

/** What the address alone found: the saved entry it names, if any (undefined until looked up). */
type ByIds = { entry: LibraryEntry | undefined } | undefined;

/** Works out the paper of the PDF at `url`; `doc` is the PDF once open (null before, or when it failed). */
export function usePaperIdentity(db: MarginaliaDB, url: string | null, doc: PDFDocumentProxy | null): PaperIdentity {
  const [resolved, setResolved] = useState<PdfPaper | null>(null);
  const [byIds, setByIds] = useState<ByIds>();

  // The address's ids, without the document (reading only).
  useEffect(() => {
    if (!url) return;
    let live = true;
    const fromUrl = detectFromUrl(url);
    void (async () => {
      const entry = fromUrl ? await findPaperFor(db, { ids: fromUrl.ids }).catch(() => undefined) : undefined;
      if (!live) return;
      setByIds({ entry });
      if (entry) setResolved(pdfPaper({ url, fromUrl, entry }));
    })();
    return () => {
      live = false;
    };
  }, [db, url]);

  // The rest, once the PDF has opened.
  useEffect(() => {
    if (!url || !doc || !byIds) return;
    let live = true;
    const fromUrl = detectFromUrl(url);
    void (async () => {
      // Only a site adapter vouches for ids (as in the background); the title is not added.
      if (byIds.entry) {
        if (fromUrl && Object.keys(fromUrl.ids).length) await mergeAliases(db, { ids: fromUrl.ids }).catch(() => undefined);
        return;
      }
      let arxiv: ArxivMetadata | undefined;
      if (fromUrl?.ids.arxiv) {
        const answer = await arxivMetadata(db, fromUrl.ids.arxiv, (...args) => fetch(...args), Date.now).catch(() => null);
        if (answer?.ok) arxiv = answer.value;
      }
      const own = arxiv ? {} : await ownClues(doc);
      const first = pdfPaper({ url, fromUrl, arxiv, ...own });
      // The title found may name a paper saved from another page (the NeurIPS PDF of an arXiv paper).
      const entry = await findPaperFor(db, first.paper).catch(() => undefined);
      // Found by its title: the entry learns the PDF's ids (the title finds it, so it is no new alias).
      if (entry && fromUrl && Object.keys(fromUrl.ids).length) {
        await mergeAliases(db, { ids: fromUrl.ids, title: first.paper.title }).catch(() => undefined);
      }
      if (live) setResolved(entry ? pdfPaper({ url, fromUrl, arxiv, entry, ...own }) : first);
    })();
    return () => {
      live = false;
    };
  }, [db, url, doc, byIds]);

  const entry = useLiveQuery(
    async () => (resolved ? ((await findPaperFor(db, resolved.paper)) ?? null) : undefined),
    [db, resolved],
  );
  return { resolved, entry };
}
