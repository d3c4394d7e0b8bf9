import './popup-reader.css';
/** Props of ReadButton. */
export interface ReadButtonProps {
  /** The PDF to open. */
  pdfUrl: string;
  onOpen(pdfUrl: string): void;
}

/** The popup's way into the reader for a paper whose PDF is known. */
export function ReadButton({ pdfUrl, onOpen }: ReadButtonProps) {
  return (
    <button type="button" className="read-button" data-testid="read-with-highlights" onClick={() => onOpen(pdfUrl)} title={pdfUrl}>
      Read with highlights
    </button>
  );
}
