/**
 * The ids a listed paper's links name, read in the background (the page only copies the
 * links: ./read.ts). Kept apart from the page's readers because it needs every site adapter's
 * URL scheme, which the script injected into listing pages has no use for.
 */
import type { PaperIds } from '../../paper';
import { parseArxivId } from '../arxiv-id';
import { idsFromUrl } from '../index';
import { normalizeDoi } from '../sanitize';
import type { ListedRef } from './types';

// The link shapes listings use most, read from the string alone: a listing holds hundreds
// of links and building URLs for each (as detectFromUrl does) is most of its cost.
// Greedy, with the `.pdf` and trailing slash taken off in code: a lazy capture followed by
// optional suffixes backtracks at every character, and this runs once per listed paper.
const ARXIV = /^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\/([^?#]+)/;
const HF = /^https:\/\/huggingface\.co\/papers\/([^/?#]+)(?:[?#].*)?$/;
const OPENREVIEW = /^https:\/\/openreview\.net\/(?:forum|pdf)\?(?:[^#]*&)?id=([\w-]{4,40})(?:[&#].*)?$/;
const S2 = /^https:\/\/www\.semanticscholar\.org\/paper\/(?:[^/?#]+\/)?([0-9a-f]{40})(?:[/?#].*)?$/;
const DOI = /^https?:\/\/(?:dx\.|www\.)?doi\.org\/(10\.[^?#]+)/;

function arxivIds(raw: string | undefined): PaperIds {
  const parsed = raw ? parseArxivId(raw) : null;
  return parsed ? { arxiv: parsed.id } : {};
}

/** The id part of an arXiv abs/pdf path: `2401.00001v2`, from `2401.00001v2.pdf` or `…v2/`. */
function arxivPathIds(raw: string | undefined): PaperIds {
  if (!raw) return {};
  if (raw.endsWith('/')) raw = raw.slice(0, -1);
  if (raw.endsWith('.pdf')) raw = raw.slice(0, -4);
  const parsed = parseArxivId(raw);
  return parsed ? { arxiv: parsed.id } : {};
}

function decodedDoi(raw: string): PaperIds {
  try {
    const doi = normalizeDoi(decodeURIComponent(raw.slice(0, 300)));
    return doi ? { doi } : {};
  } catch {
    return {}; // A %-escape that does not decode names nothing.
  }
}

/** An absolute URL for `href` as the page means it; undefined when it is none. */
function absolute(href: string, base: string, origin: string): string | undefined {
  if (/^https?:\/\//i.test(href)) return href;
  if (href.startsWith('/') && !href.startsWith('//')) return origin + href;
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}

// Every entry of a page shares its base: its origin is computed once, not once per entry.
let lastBase = '';
let lastOrigin = '';
function originOf(base: string): string {
  if (base !== lastBase) [lastBase, lastOrigin] = [base, new URL(base).origin];
  return lastOrigin;
}

/** The ids a link names, when it points at a paper page, PDF or DOI that detection knows. */
function idsOfLink(href: string | null, base: string, origin = originOf(base)): PaperIds {
  const url = href ? absolute(href.trim(), base, origin) : undefined;
  if (!url) return {};
  let m: RegExpExecArray | null;
  if ((m = ARXIV.exec(url))) return arxivPathIds(m[1]);
  if ((m = HF.exec(url))) return arxivIds(m[1]);
  if ((m = OPENREVIEW.exec(url))) return { openreview: m[1] ?? '' };
  if ((m = S2.exec(url))) return { s2: m[1] ?? '' };
  if ((m = DOI.exec(url))) return decodedDoi(m[1] ?? '');
  return idsFromUrl(url) ?? {};
}

/** The ids of several links (as written in the page) together; the first link naming a kind of id wins. */
function idsOfHrefs(hrefs: readonly string[], base: string): PaperIds {
  let origin = '';
  try {
    origin = originOf(base);
  } catch {
    // No page address to read relative links against: they name nothing, absolute ones still do.
  }
  const ids: Record<string, string> = {};
  for (const href of hrefs) {
    const found = idsOfLink(href, base, origin) as Record<string, string>;
    for (const kind in found) ids[kind] ??= found[kind]!;
  }
  return ids as PaperIds;
}

/**
 * What the background looks up for a listed paper: the ids its links name (read against the
 * page's address), then the ids the page gave outright, which win.
 */
export function resolveListed(ref: ListedRef, base: string): { ids: PaperIds; title?: string } {
  const ids = ref.links?.length ? { ...idsOfHrefs(ref.links, base), ...ref.ids } : ref.ids;
  return ref.title === undefined ? { ids } : { ids, title: ref.title };
}
