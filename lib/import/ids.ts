/** Paper ids found in the fields of foreign reference files (BibTeX, CSL-JSON). */
import { parseArxivId } from '../detect/arxiv-id';
import { normalizeDoi } from '../detect/sanitize';
import type { PaperIds } from '../paper';

// arXiv's own DOIs (2022 on) carry the id: 10.48550/arXiv.2401.01234.
const ARXIV_DOI = /^10\.48550\/arxiv\.(.+)$/i;
// Google Scholar: `arXiv preprint arXiv:1706.03762`; Zotero notes: `arXiv:1706.03762 [cs]`; DBLP volumes: `abs/1706.03762`.
const ARXIV_IN_TEXT = /(?:arxiv:\s*|\babs\/)([a-z-]+(?:\.[a-z]{2})?\/\d{7}|\d{4}\.\d{4,5})(v\d+)?/i;
// ACL Anthology DOIs: 10.18653/v1/2020.acl-main.1.
const ACL_DOI = /^10\.18653\/v1\/(.+)$/i;

/** The fields that may hold an id, as strings (absent ones undefined). */
export interface IdSources {
  eprint?: string;
  /** `archivePrefix` (BibTeX), `eprinttype` (biblatex) or `archive` (CSL). */
  eprintType?: string;
  doi?: string;
  url?: string;
  /** Free text that may mention an arXiv id: journal, volume, note, number. */
  texts: (string | undefined)[];
}

function arxivOf(src: IdSources, doi: string | undefined): string | undefined {
  const eprint = src.eprint?.trim();
  if (eprint && (!src.eprintType || /arxiv/i.test(src.eprintType))) {
    const id = parseArxivId(eprint);
    if (id) return id.id;
  }
  const fromDoi = doi ? ARXIV_DOI.exec(doi) : null;
  if (fromDoi?.[1]) {
    const id = parseArxivId(fromDoi[1]);
    if (id) return id.id;
  }
  const fromUrl = src.url ? parseArxivId(src.url) : null;
  if (fromUrl) return fromUrl.id;
  for (const text of src.texts) {
    const m = text ? ARXIV_IN_TEXT.exec(text) : null;
    const id = m?.[1] ? parseArxivId(m[1]) : null;
    if (id) return id.id;
  }
  return undefined;
}

function fromUrl(url: string | undefined): PaperIds {
  if (!url) return {};
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return {};
  }
  if (/(^|\.)openreview\.net$/i.test(u.hostname)) {
    const id = u.searchParams.get('id');
    return id && /^[\w-]{5,40}$/.test(id) ? { openreview: id } : {};
  }
  if (/(^|\.)aclanthology\.org$/i.test(u.hostname)) {
    const m = /^\/([A-Z]\d{2}-\d{4}|\d{4}\.[\w-]+\.\d+)(?:\.pdf)?\/?$/.exec(u.pathname);
    return m?.[1] ? { acl: m[1] } : {};
  }
  return {};
}

/** Every id the fields name, canonical as PaperIds holds them. */
export function idsFrom(src: IdSources): PaperIds {
  const doi = normalizeDoi(src.doi);
  const ids: PaperIds = { ...fromUrl(src.url) };
  const arxiv = arxivOf(src, doi);
  if (arxiv) ids.arxiv = arxiv;
  if (doi) ids.doi = doi;
  const acl = doi ? ACL_DOI.exec(doi) : null;
  // normalizeDoi lower-cases; old-style Anthology ids are written `P19-1001`.
  if (acl?.[1] && !ids.acl) ids.acl = /^[a-z]\d{2}-\d{4}$/.test(acl[1]) ? acl[1].toUpperCase() : acl[1];
  return ids;
}

/** Whether a venue string only says "arXiv" (Google Scholar's `arXiv preprint arXiv:…`, DBLP's `CoRR`). */
export function isPreprintVenue(venue: string): boolean {
  return /^(?:arxiv\b.*|corr|preprint)$/i.test(venue.trim());
}
