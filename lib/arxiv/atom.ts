/**
 * The arXiv API (https://info.arxiv.org/help/api/user-manual.html) answers with an Atom
 * feed. The service worker has no DOMParser, hence fast-xml-parser. The feed is network
 * input: every field goes through the same sanitising as page text.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { arxivIdFromUrl, arxivPdfUrl } from '../detect/arxiv-id';
import { cleanAbstract, cleanAuthors, cleanText, cleanTitle, normalizeDoi, yearOf } from '../detect/sanitize';

/** One paper as the arXiv API describes it; `id` is canonical (no version), `version` the latest. */
export interface ArxivMetadata {
  id: string;
  version?: string;
  title: string;
  authors: string[];
  abstract: string;
  /** ISO date of the first version. */
  published?: string;
  /** ISO date of the latest version. */
  updated?: string;
  year?: number;
  doi?: string;
  pdfUrl?: string;
}

/** The API query for one paper; the id may carry a version, without one the latest version is described. */
export function arxivApiUrl(id: string): string {
  return `https://export.arxiv.org/api/query?id_list=${encodeURIComponent(id)}&max_results=1`;
}

// One paper's feed is a few KB; anything far larger is not an answer to our query.
const MAX_XML = 2_000_000;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // `arxiv:doi` becomes `doi`: no Atom element shares these names.
  removeNSPrefix: true,
  // Ids like `2405.14333` and titles like `1984` must stay strings.
  parseTagValue: false,
  isArray: (name) => name === 'entry' || name === 'author' || name === 'link',
});

type XmlNode = Record<string, unknown>;

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// An element with attributes keeps its text under `#text`.
function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return isNode(value) && typeof value['#text'] === 'string' ? value['#text'] : undefined;
}

function list(value: unknown): XmlNode[] {
  return Array.isArray(value) ? value.filter(isNode) : [];
}

function pdfLink(entry: XmlNode): string | undefined {
  const link = list(entry.link).find((l) => l.title === 'pdf' || l.type === 'application/pdf');
  const href = link && typeof link.href === 'string' ? arxivIdFromUrl(link.href) : null;
  return href?.kind === 'pdf' ? arxivPdfUrl(href.id, href.version) : undefined;
}

function readEntry(entry: XmlNode): ArxivMetadata | null {
  // Errors come back as an entry titled "Error" whose id is an `/api/errors#…` URL, not a paper.
  const location = arxivIdFromUrl(cleanText(text(entry.id), 300) ?? '');
  const title = cleanTitle(text(entry.title));
  if (!location || location.kind !== 'abstract' || !title || title === 'Error') return null;
  const meta: ArxivMetadata = {
    id: location.id,
    title,
    authors: cleanAuthors(list(entry.author).map((a) => text(a.name))),
    abstract: cleanAbstract(text(entry.summary)) ?? '',
  };
  if (location.version) meta.version = location.version;
  const published = cleanText(text(entry.published), 40);
  if (published) meta.published = published;
  const updated = cleanText(text(entry.updated), 40);
  if (updated) meta.updated = updated;
  const year = yearOf(published);
  if (year) meta.year = year;
  const doi = normalizeDoi(text(entry.doi));
  if (doi) meta.doi = doi;
  const pdfUrl = pdfLink(entry);
  if (pdfUrl) meta.pdfUrl = pdfUrl;
  return meta;
}

/** The first paper of an arXiv API answer; null for error entries, empty feeds and anything that is not such a feed. */
export function parseArxivAtom(xml: string): ArxivMetadata | null {
  // The API never sends a DOCTYPE; refusing one rules out entity-expansion tricks outright.
  if (typeof xml !== 'string' || xml.length > MAX_XML || /<!DOCTYPE|<!ENTITY/i.test(xml)) return null;
  try {
    if (XMLValidator.validate(xml) !== true) return null;
    const doc: unknown = parser.parse(xml);
    const feed = isNode(doc) ? doc.feed : undefined;
    const entry = isNode(feed) ? list(feed.entry)[0] : undefined;
    return entry ? readEntry(entry) : null;
  } catch {
    return null;
  }
}
