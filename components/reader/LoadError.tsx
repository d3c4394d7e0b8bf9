import type { LoadFailure } from '@/lib/reader/load-error';
import { originalUrl } from '@/lib/reader/reader-url';

/** Why the PDF could not be shown, and the way to the original. Nothing was saved. */
export function LoadError({ failure, url }: { failure: LoadFailure; url: string | null }) {
  return (
    <div className="reader-message card" role="alert" data-testid="reader-error" data-kind={failure.kind}>
      <h1>This PDF could not be opened</h1>
      <p>{failure.message}</p>
      {url && (
        <p>
          <a href={originalUrl(url)} data-testid="open-original">Open the original PDF</a>{' '}
          <span className="muted">({new URL(url).host})</span>
        </p>
      )}
    </div>
  );
}
