import { useEffect } from 'react';
import { ReaderView } from '@/components/reader/ReaderView';
import { openDatabase } from '@/lib/db/database';
import type { Highlight } from '@/lib/paper';
import { pageFromHash, pdfUrlFrom, withoutFragment } from '@/lib/reader/reader-url';
import { usePaperIdentity } from '@/lib/reader/use-paper-identity';
import { usePdfDocument } from '@/lib/reader/use-pdf-document';
import { useHighlights } from '@/lib/ui/use-highlights';

const db = openDatabase();
const raw = pdfUrlFrom(location.search);
const url = raw ? withoutFragment(raw) : null;
const initialPage = pageFromHash(location.hash) ?? 0;
// One empty list for a paper not (yet) in the list, so that the view does not see a new one each render.
const NONE: Highlight[] = [];

/** The reader page: wiring of the PDF, its paper and its highlights to ReaderView. */
export function App() {
  const pdf = usePdfDocument(url);
  const identity = usePaperIdentity(db, url, pdf.phase === 'ready' ? pdf.doc : null);
  const highlights = useHighlights(db, identity.entry?.id);
  useEffect(() => {
    const title = identity.resolved?.paper.title;
    document.title = title ? `${title} · Marginalia reader` : 'Marginalia reader';
  }, [identity.resolved]);
  return <ReaderView db={db} url={url} pdf={pdf} identity={identity} highlights={identity.entry ? highlights : NONE} initialPage={initialPage} />;
}
