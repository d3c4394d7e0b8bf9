/** Paper ids as the matcher compares them. */
import type { CatalogueEntry, PaperIds } from '../paper';

/** The id kinds in the order they are tried: an arXiv id is the most specific. */
export const ID_KINDS = ['arxiv', 'doi', 'openreview', 'acl'] as const;

/** One of the id kinds of PaperIds. */
export type IdKind = (typeof ID_KINDS)[number];

/** An id in comparable form. Ids should arrive canonical; this only absorbs the slips
 * importers make most often (a version suffix, a doi.org URL, upper case). */
export function canonicalId(kind: IdKind, value: string): string {
  const v = value.trim();
  if (kind === 'arxiv') return v.replace(/^arxiv:/i, '').replace(/v\d+$/, '').toLowerCase();
  if (kind === 'doi') return v.replace(/^https?:\/\/(dx\.)?doi\.org\//i, '').toLowerCase();
  // OpenReview ids are case-sensitive; ACL ids come in one spelling.
  return v;
}

/** Whether query and entry carry different arXiv ids: then they are two papers, whatever
 * their titles say. DOIs may differ between a preprint and its proceedings version, so they do not count. */
export function conflicts(query: PaperIds | undefined, entry: CatalogueEntry): boolean {
  const a = query?.arxiv;
  const b = entry.ids?.arxiv;
  return !!a && !!b && canonicalId('arxiv', a) !== canonicalId('arxiv', b);
}
