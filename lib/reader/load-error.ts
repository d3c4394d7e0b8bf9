/**
 * Why a PDF could not be opened, in words for the user. pdf.js reports failures as
 * exceptions named by kind (ResponseException, InvalidPDFException, PasswordException…);
 * this maps them, and anything else, to one clear message. Pure.
 */

/** The kinds of failure the reader tells apart. */
export type LoadFailureKind = 'network' | 'not-found' | 'http' | 'not-pdf' | 'password' | 'corrupt' | 'permission' | 'bad-address';

/** A failure to show: its kind and the sentence the user reads. */
export interface LoadFailure {
  kind: LoadFailureKind;
  message: string;
}

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  status?: unknown;
}

const asError = (e: unknown): ErrorLike => (typeof e === 'object' && e !== null ? (e as ErrorLike) : { message: String(e) });

/** The user-facing failure for a pdf.js (or fetch) error. */
export function loadFailure(error: unknown): LoadFailure {
  const e = asError(error);
  const name = typeof e.name === 'string' ? e.name : '';
  const message = typeof e.message === 'string' ? e.message : '';
  const status = typeof e.status === 'number' ? e.status : 0;
  if (name === 'PasswordException') {
    return { kind: 'password', message: 'This PDF is protected by a password, which the reader cannot open. Open the original to read it in your browser.' };
  }
  if (name === 'InvalidPDFException') {
    return { kind: 'not-pdf', message: 'This address did not return a PDF (perhaps a web page or a login screen).' };
  }
  if (name === 'ResponseException' || name === 'MissingPDFException' || name === 'UnexpectedResponseException') {
    if (status === 404 || status === 410) return { kind: 'not-found', message: `The PDF was not found at this address (the server answered ${status}).` };
    if (status >= 400) return { kind: 'http', message: `The server refused the PDF (it answered ${status}).` };
    return { kind: 'network', message: 'The PDF could not be downloaded: the network failed or the server did not answer.' };
  }
  if (name === 'TypeError' || /fetch|network|load failed/i.test(message)) {
    return { kind: 'network', message: 'The PDF could not be downloaded: the network failed or the server did not answer.' };
  }
  return { kind: 'corrupt', message: 'This PDF is damaged or in a form the reader cannot read.' };
}

/** The failure for a reader address that names no PDF. */
export const BAD_ADDRESS: LoadFailure = {
  kind: 'bad-address',
  message: 'No PDF to show: the reader was opened without a web address of a PDF.',
};

/** The failure when the user declined to let the reader download from the PDF's site. */
export function permissionRefused(origin: string): LoadFailure {
  return { kind: 'permission', message: `Marginalia was not allowed to download from ${origin}, so it cannot show this PDF here.` };
}
