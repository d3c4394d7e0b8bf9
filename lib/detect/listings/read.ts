/** Shared readers for listing extractors: ids from links, titles from elements. */
import type { PaperIds } from '../../paper';
import { parseArxivId } from '../arxiv-id';
import { readableText } from '../dom-text';
import { idsFromUrl } from '../index';
import { cleanTitle, MAX_URL, normalizeDoi } from '../sanitize';
import { MAX_LINKS, MAX_LISTED, type ListedPaper, type ListedRef } from './types';

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
export function idsOfLink(href: string | null, base: string, origin = originOf(base)): PaperIds {
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
export function idsOfHrefs(hrefs: readonly string[], base: string): PaperIds {
  let origin: string;
  try {
    origin = originOf(base);
  } catch {
    return {}; // No page address to read relative links against: they name nothing.
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

// Pages only copy `href` attributes: turning them into ids is string work the background does
// (resolveListed), off the page's main thread, which a listing of hundreds of entries would
// otherwise hold for milliseconds. Links longer than any URL we read are left out.

/** The `href`s of up to `max` links, as written; indexed, since a NodeList's iterator costs a bindings call per step. */
export function hrefsOf(links: ArrayLike<Element>, max = MAX_LINKS): string[] {
  const out: string[] = [];
  const count = Math.min(links.length, max);
  for (let i = 0; i < count; i++) {
    const href = links[i]!.getAttribute('href');
    if (href !== null && href.length <= MAX_URL) out.push(href);
  }
  return out;
}

/** The `href` of the first link matching `selector` (one native query: most listings have one link per entry). */
export function firstHref(root: ParentNode, selector: string): string | undefined {
  const href = root.querySelector(selector)?.getAttribute('href');
  return href !== null && href !== undefined && href.length <= MAX_URL ? href : undefined;
}

/** Whether a set of ids names anything (without building a list of its keys). */
export function hasIds(ids: PaperIds): boolean {
  for (const _ in ids) return true;
  return false;
}

/** An element's text as a title (footnote marks, TeX annotations and `Title:` labels left out). */
export function titleOf(el: Element | null | undefined): string | undefined {
  return el ? cleanTitle(readableText(el)) : undefined;
}

/** Keeps listed papers that carry something to look up, at most MAX_LISTED. */
export function keep(papers: Iterable<ListedPaper | undefined>): ListedPaper[] {
  const out: ListedPaper[] = [];
  for (const paper of papers) {
    if (!paper || (!paper.ref.title && !hasIds(paper.ref.ids) && !paper.ref.links?.length)) continue;
    out.push(paper);
    if (out.length >= MAX_LISTED) break;
  }
  return out;
}

// Entries and the few elements inside each are found with native queries, which browsers
// answer far faster than script walking the tree (a listing has hundreds of entries).

/** The first `limit` elements matching `selector`: a page of 100,000 fake rows is read no further. */
export function selectAll(root: ParentNode, selector: string, limit = MAX_LISTED * 2): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll(selector)) {
    if (out.length >= limit) break;
    out.push(el);
  }
  return out;
}
