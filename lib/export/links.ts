/** Links derived from a paper's ids, shared by every export format and the popup's copy buttons. */
import type { LibraryEntry, PaperIds } from '../paper';

/** Resolver URL of each kind of id; kinds not listed have no public resolver we rely on. */
export function idUrl(kind: string, value: string): string | undefined {
  const v = encodeURI(value);
  switch (kind) {
    case 'arxiv': return `https://arxiv.org/abs/${v}`;
    case 'doi': return `https://doi.org/${v}`;
    case 'openreview': return `https://openreview.net/forum?id=${encodeURIComponent(value)}`;
    case 'acl': return `https://aclanthology.org/${v}`;
    case 's2': return `https://www.semanticscholar.org/paper/${v}`;
    case 'pmid': return `https://pubmed.ncbi.nlm.nih.gov/${v}/`;
    case 'pmcid': return `https://www.ncbi.nlm.nih.gov/pmc/articles/${v}/`;
    default: return undefined;
  }
}

/** The best public link of a paper: its arXiv abstract page, then its DOI, then the page it was saved from. */
export function canonicalUrl(entry: Pick<LibraryEntry, 'ids' | 'url'>): string {
  const ids: PaperIds = entry.ids;
  if (ids.arxiv) return idUrl('arxiv', ids.arxiv)!;
  if (ids.doi) return idUrl('doi', ids.doi)!;
  return entry.url;
}

/** Every link of a paper by name (`url`, `pdf`, `arxiv`, `doi`…), without duplicates of `url`. */
export function paperLinks(entry: Pick<LibraryEntry, 'ids' | 'url' | 'pdfUrl'>): Record<string, string> {
  const links: Record<string, string> = {};
  if (entry.url) links.url = entry.url;
  if (entry.pdfUrl) links.pdf = entry.pdfUrl;
  for (const [kind, value] of Object.entries(entry.ids)) {
    const url = typeof value === 'string' && value ? idUrl(kind, value) : undefined;
    if (url && url !== entry.url) links[kind] = url;
  }
  return links;
}

// Brackets end the link text and a backslash escapes; both must be escaped in the text.
const LINK_TEXT_SPECIALS = /[\\[\]]/g;

/** `[Title](url)` with the title escaped so that brackets in it cannot break the link. */
export function markdownLink(entry: Pick<LibraryEntry, 'title' | 'ids' | 'url'>): string {
  const text = entry.title.replace(/\s+/g, ' ').trim().replace(LINK_TEXT_SPECIALS, '\\$&');
  const url = canonicalUrl(entry);
  // Angle brackets let a destination hold spaces and parentheses (CommonMark 6.3).
  const dest = /[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url;
  return `[${text}](${dest})`;
}
