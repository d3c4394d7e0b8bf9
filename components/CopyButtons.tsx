import { useEffect, useState } from 'react';
import './CopyButtons.css';
import { toBibtex } from '@/lib/export/bibtex';
import { markdownLink } from '@/lib/export/links';
import type { LibraryEntry } from '@/lib/paper';

/** Props of CopyButtons. */
export interface CopyButtonsProps {
  entry: LibraryEntry;
  onError(message: string | null): void;
  /** The clipboard to write to; the page's by default (tests pass their own). */
  clipboard?: Pick<Clipboard, 'writeText'>;
}

/** Copy one paper as a BibTeX entry or as a Markdown link, with a short "Copied" confirmation. */
export function CopyButtons({ entry, onError, clipboard }: CopyButtonsProps) {
  const [copied, setCopied] = useState<string | null>(null);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(null), 2_000);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = (what: string, text: string) => {
    const target = clipboard ?? navigator.clipboard;
    target.writeText(text).then(
      () => {
        setCopied(what);
        onError(null);
      },
      (e: Error) => onError(`Could not copy to the clipboard: ${e.message}`),
    );
  };

  return (
    <div className="copy-buttons">
      <button type="button" data-testid="copy-bibtex" onClick={() => copy('BibTeX', toBibtex([entry]))}>Copy BibTeX</button>
      <button type="button" data-testid="copy-markdown-link" onClick={() => copy('Markdown link', markdownLink(entry))}>Copy Markdown link</button>
      <span role="status" className="muted" data-testid="copy-status">{copied ? `Copied ${copied}` : ''}</span>
    </div>
  );
}
