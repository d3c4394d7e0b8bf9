/**
 * arXiv identifiers (https://info.arxiv.org/help/arxiv_identifier.html): new style
 * `YYMM.NNNN` (2007–2014) or `YYMM.NNNNN` (2015 on), old style `archive/YYMMNNN`
 * (1991–2007, sometimes written with a subject class: `math.GT/0309136`), each with an
 * optional version `vN`. Strict on purpose: a loose pattern finds "ids" in page numbers.
 */

/** An arXiv id without its version (canonical, as PaperIds.arxiv holds it) and the version if one was given. */
export interface ArxivId {
  id: string;
  /** `v2`; absent when the id named the latest version. */
  version?: string;
}

/** The arXiv page kinds a URL can name. */
export type ArxivPageKind = 'abstract' | 'html' | 'pdf';

/** An arXiv id read from a URL, with the kind of page the URL names. */
export interface ArxivLocation extends ArxivId {
  kind: ArxivPageKind;
}

/** Hosts that serve arXiv papers (export.arxiv.org is the mirror meant for programs). */
export const ARXIV_HOSTS: readonly string[] = ['arxiv.org', 'www.arxiv.org', 'export.arxiv.org'];

// Archives of the old scheme; checking them keeps `/abs/foo/1234567` from passing.
const OLD_ARCHIVES = new Set(
  ('acc-phys adap-org alg-geom ao-sci astro-ph atom-ph bayes-an chao-dyn chem-ph cmp-lg comp-gas ' +
    'cond-mat cs dg-ga funct-an gr-qc hep-ex hep-lat hep-ph hep-th math math-ph mtrl-th nlin ' +
    'nucl-ex nucl-th patt-sol physics plasm-ph q-alg q-bio q-fin quant-ph solv-int stat supr-con').split(' '),
);
const VERSION = '(v[1-9]\\d{0,3})?';
const NEW_ID = new RegExp(`^(\\d{2})(\\d{2})\\.(\\d{4,5})${VERSION}$`);
// The subject class (`.GT`) only files the paper; it is not part of its identity.
const OLD_ID = new RegExp(`^([a-z]+(?:-[a-z]+)?)(?:\\.[a-z]{2})?/(\\d{2})(\\d{2})(\\d{3})${VERSION}$`, 'i');

function validMonth(mm: string): boolean {
  const month = Number(mm);
  return month >= 1 && month <= 12;
}

function parseNew(m: RegExpExecArray): ArxivId | null {
  const [, yy = '', mm = '', num = '', version] = m;
  const yymm = Number(yy + mm);
  // The scheme began in April 2007 and widened to five digits in January 2015.
  if (!validMonth(mm) || yymm < 704 || (yymm < 1501 ? num.length !== 4 : num.length !== 5)) return null;
  return withVersion(`${yy}${mm}.${num}`, version);
}

function parseOld(m: RegExpExecArray): ArxivId | null {
  const [, archive = '', yy = '', mm = '', num = '', version] = m;
  const year = Number(yy);
  if (!OLD_ARCHIVES.has(archive.toLowerCase()) || !validMonth(mm) || (year > 7 && year < 91)) return null;
  return withVersion(`${archive.toLowerCase()}/${yy}${mm}${num}`, version);
}

function withVersion(id: string, version: string | undefined): ArxivId {
  return version ? { id, version } : { id };
}

/** Parses an arXiv id (`2403.01234v2`, `arXiv:cs/0112017`, `math.GT/0309136`) or an arXiv URL; null if it is neither. */
export function parseArxivId(input: string): ArxivId | null {
  const text = input.trim();
  if (/^https?:\/\//i.test(text)) {
    const found = arxivIdFromUrl(text);
    return found ? withVersion(found.id, found.version) : null;
  }
  const bare = text.replace(/^arxiv:\s*/i, '');
  const m = NEW_ID.exec(bare);
  if (m) return parseNew(m);
  const old = OLD_ID.exec(bare);
  return old ? parseOld(old) : null;
}

const ID_IN_PATH = '(\\d{4}\\.\\d{4,5}|[a-zA-Z-]+(?:\\.[a-zA-Z]{2})?/\\d{7})(v\\d+)?';
const PAGE_PATHS: ReadonlyArray<[ArxivPageKind, RegExp]> = [
  ['abstract', new RegExp(`^/abs/${ID_IN_PATH}/?$`)],
  // HTML papers are folders (`/html/2403.01234v1/`) that may hold more than one page.
  ['html', new RegExp(`^/html/${ID_IN_PATH}(?:/(?:[\\w.-]+\\.html)?)?$`)],
  ['pdf', new RegExp(`^/pdf/${ID_IN_PATH}(?:\\.pdf)?/?$`)],
];

/** The arXiv paper a URL names and the kind of page (abstract, HTML full text, PDF); null for any other URL. */
export function arxivIdFromUrl(input: string | URL): ArxivLocation | null {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return null;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !ARXIV_HOSTS.includes(url.hostname)) return null;
  for (const [kind, pattern] of PAGE_PATHS) {
    const m = pattern.exec(url.pathname);
    if (!m) continue;
    const parsed = parseArxivId(`${m[1] ?? ''}${m[2] ?? ''}`);
    return parsed ? { ...parsed, kind } : null;
  }
  return null;
}

/** The PDF URL of an arXiv paper, pinned to a version when one is given. */
export function arxivPdfUrl(id: string, version?: string): string {
  return `https://arxiv.org/pdf/${id}${version ?? ''}`;
}
