/**
 * Embedded bibliographic metadata: Highwire `citation_*` tags (what Google Scholar reads,
 * so nearly every publisher and preprint server writes them), Dublin Core `dc.*`,
 * PRISM `prism.*` and Open Graph `og:*`. Zotero's "Embedded Metadata" translator reads
 * the same families in the same order of trust.
 */
import type { PaperIds } from '../paper';
import { parseArxivId } from './arxiv-id';
import {
  cleanAbstract,
  cleanAuthors,
  cleanTitle,
  cleanText,
  cleanUrl,
  normalizeDoi,
  personName,
  yearOf,
} from './sanitize';

/** Meta tag contents by lower-cased `name`/`property`, in document order. */
export type MetaMap = ReadonlyMap<string, readonly string[]>;

/** Reads every meta tag once; names are lower-cased because sites write both `DC.title` and `dc.title`. */
export function readMeta(doc: Document): MetaMap {
  const map = new Map<string, string[]>();
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const key = (el.getAttribute('name') ?? el.getAttribute('property'))?.trim().toLowerCase();
    const content = el.getAttribute('content');
    if (!key || content === null) continue;
    const list = map.get(key);
    if (list) list.push(content);
    else map.set(key, [content]);
  }
  return map;
}

/** The first non-empty content among `keys`, tried in order of trust. */
export function firstMeta(meta: MetaMap, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const found = meta.get(key)?.find((v) => v.trim() !== '');
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Bibliographic fields found in meta tags, already sanitised. */
export interface CitationMeta {
  ids: PaperIds;
  title?: string;
  authors: string[];
  year?: number;
  venue?: string;
  abstract?: string;
  pdfUrl?: string;
}

const TITLE_KEYS = ['citation_title', 'dc.title'];
const DATE_KEYS = [
  'citation_publication_date',
  'citation_date',
  'citation_online_date',
  'citation_year',
  'dc.date.issued',
  'dc.date',
  'prism.publicationdate',
  'prism.coverdate',
];
const ABSTRACT_KEYS = ['citation_abstract', 'dc.description', 'dcterms.abstract', 'og:description'];
const VENUE_KEYS = ['citation_journal_title', 'citation_conference_title', 'prism.publicationname'];

function authorsOf(meta: MetaMap): string[] {
  let names: readonly string[] = meta.get('citation_author') ?? meta.get('dc.creator') ?? [];
  // Older Highwire pages put every author in one `citation_authors` tag, `;`-separated.
  if (names.length === 0) names = firstMeta(meta, ['citation_authors'])?.split(';') ?? [];
  return cleanAuthors(names.slice(0, 1_000).map((n) => personName(cleanText(n, 1_000) ?? '')));
}

function doiOf(meta: MetaMap): string | undefined {
  // dc.identifier often lists ISBNs, URLs and the DOI side by side: take the first that is a DOI.
  const candidates = ['citation_doi', 'dc.identifier', 'prism.doi'].flatMap((k) => meta.get(k) ?? []);
  for (const raw of candidates) {
    const doi = normalizeDoi(raw);
    if (doi) return doi;
  }
  return undefined;
}

function idsOf(meta: MetaMap): PaperIds {
  const ids: PaperIds = {};
  const doi = doiOf(meta);
  if (doi) ids.doi = doi;
  // arXiv's own DOIs (10.48550/arXiv.ID) name the preprint as surely as its id does.
  const arxivRaw = firstMeta(meta, ['citation_arxiv_id']) ?? /^10\.48550\/arxiv\.(.+)$/.exec(doi ?? '')?.[1];
  const arxiv = arxivRaw ? parseArxivId(cleanText(arxivRaw, 100) ?? '') : null;
  if (arxiv) ids.arxiv = arxiv.id;
  // PubMed and PMC pages name the PubMed record, which joins the two.
  const pmid = /^\d{1,9}$/.exec(firstMeta(meta, ['citation_pmid'])?.trim() ?? '')?.[0];
  if (pmid) ids.pmid = pmid;
  return ids;
}

/** Reads the citation, Dublin Core, PRISM and Open Graph tags of a page; URLs resolve against `pageUrl`. */
export function readCitationMeta(meta: MetaMap, pageUrl: URL): CitationMeta {
  const out: CitationMeta = { ids: idsOf(meta), authors: authorsOf(meta) };
  const title = cleanTitle(firstMeta(meta, TITLE_KEYS));
  if (title) out.title = title;
  const year = yearOf(firstMeta(meta, DATE_KEYS));
  if (year) out.year = year;
  const venue = cleanTitle(firstMeta(meta, VENUE_KEYS));
  if (venue) out.venue = venue;
  const abstract = cleanAbstract(firstMeta(meta, ABSTRACT_KEYS));
  if (abstract) out.abstract = abstract;
  const pdfUrl = cleanUrl(firstMeta(meta, ['citation_pdf_url']), pageUrl);
  if (pdfUrl) out.pdfUrl = pdfUrl;
  return out;
}
