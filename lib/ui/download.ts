/** Saving an export as a file: a Blob and a click on an `<a download>`, the one way every browser supports. */
import type { ExportFile } from '../export/formats';

/** Starts the download of an export file. */
export function downloadFile(file: ExportFile, doc: Document = document): void {
  // A copy into a plain ArrayBuffer: Blob wants no view of a shared or resizable buffer.
  const part: BlobPart = typeof file.data === 'string' ? file.data : file.data.slice().buffer;
  const url = URL.createObjectURL(new Blob([part], { type: file.type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.name;
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  // The download has taken its copy once the click is handled; revoke on the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
