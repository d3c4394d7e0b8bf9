/**
 * Shared readers for listing extractors: titles from elements, links as written. They run in
 * the page (entrypoints/list-marks.ts); the background reads ids out of the links (./links.ts).
 */
import type { PaperIds } from '../../paper';
import { readableText } from '../dom-text';
import { cleanTitle } from '../sanitize';
import { MAX_LINK_LENGTH, MAX_LINKS, MAX_LISTED, type ListedPaper } from './types';

// Pages only copy `href` attributes: turning them into ids is string work the background does
// (resolveListed), off the page's main thread, which a listing of hundreds of entries would
// otherwise hold for milliseconds. Links past MAX_LINK_LENGTH are left out.

/** The `href`s of up to `max` links, as written; indexed, since a NodeList's iterator costs a bindings call per step. */
export function hrefsOf(links: ArrayLike<Element>, max = MAX_LINKS): string[] {
  const out: string[] = [];
  const count = Math.min(links.length, max);
  for (let i = 0; i < count; i++) {
    const href = links[i]!.getAttribute('href');
    if (href !== null && href.length <= MAX_LINK_LENGTH) out.push(href);
  }
  return out;
}

/** The `href` of the first link matching `selector` (one native query: most listings have one link per entry). */
export function firstHref(root: ParentNode, selector: string): string | undefined {
  const href = root.querySelector(selector)?.getAttribute('href');
  return href !== null && href !== undefined && href.length <= MAX_LINK_LENGTH ? href : undefined;
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
