import { originalUrl } from '@/lib/reader/reader-url';

/** Props of AccessPrompt. */
export interface AccessPromptProps {
  origin: string;
  url: string;
  onAllow(): void;
}

/** Asks for leave to download from a site the extension was not given at install. */
export function AccessPrompt({ origin, url, onAllow }: AccessPromptProps) {
  return (
    <div className="reader-message card" data-testid="reader-access">
      <h1>Allow Marginalia to read this PDF?</h1>
      <p>
        The PDF is on <strong>{origin}</strong>, a site Marginalia does not read by default. To show it here with your
        highlights, Marginalia needs leave to download files from that site. Your browser will ask you to confirm.
      </p>
      <p className="reader-message-actions">
        <button type="button" className="primary" onClick={onAllow} data-testid="allow-site">
          Allow {origin}
        </button>
        <a href={originalUrl(url)}>Open the original instead</a>
      </p>
    </div>
  );
}
