import type { MarginaliaDB } from '@/lib/db/database';
import type { Highlight } from '@/lib/paper';
import type { PdfState } from '@/lib/reader/use-pdf-document';
import type { PaperIdentity } from '@/lib/reader/use-paper-identity';
import { AccessPrompt } from './AccessPrompt';
import { LoadError } from './LoadError';
import { ReaderShell } from './ReaderShell';
import './reader.css';

/** Props of ReaderView. */
export interface ReaderViewProps {
  db: MarginaliaDB;
  /** The PDF's address (null: none given). */
  url: string | null;
  pdf: PdfState;
  identity: PaperIdentity;
  highlights: Highlight[] | undefined;
  initialPage: number;
}

/** The reader page: loading, asking for access, failing clearly, or the document. */
export function ReaderView({ db, url, pdf, identity, highlights, initialPage }: ReaderViewProps) {
  if (pdf.phase === 'failed') return <LoadError failure={pdf.failure} url={url} />;
  if (pdf.phase === 'needs-access' && url) return <AccessPrompt origin={pdf.origin} url={url} onAllow={pdf.request} />;
  if (pdf.phase !== 'ready' || !url) return <p className="muted center reader-loading" role="status">Opening the PDF…</p>;
  return <ReaderShell db={db} doc={pdf.doc} url={url} identity={identity} highlights={highlights} initialPage={initialPage} />;
}
