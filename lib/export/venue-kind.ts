/** What kind of publication a paper is, from its venue and ids: decides BibTeX and CSL types. */
import type { LibraryEntry } from '../paper';

/** A journal article, a conference (or workshop) paper, or a preprint / anything else. */
export type PublicationKind = 'journal' | 'conference' | 'preprint';

// A venue that only says "this is on arXiv" is no venue at all.
const PREPRINT_VENUE = /^(?:arxiv|corr|preprint|arxiv preprint.*|arxiv\.org|biorxiv|medrxiv|ssrn)$/i;
const JOURNAL = /\b(?:journal|transactions|letters|review|magazine|jmlr|tmlr|tpami|tacl|pami|nature|science|plos|ieee access|computational linguistics)\b/i;
const CONFERENCE = new RegExp(
  '\\b(?:conference|proceedings|proc\\.|workshops?|symposium|neurips|nips|icml|iclr|cvpr|iccv|eccv|acl|emnlp|naacl|eacl|aacl|coling|' +
    'findings|aaai|ijcai|kdd|sigir|sigmod|vldb|www|wsdm|recsys|chi|uist|siggraph|icra|iros|corl|rss|colt|aistats|uai|' +
    'interspeech|icassp|miccai|wacv|bmvc|3dv|icde|ecml|icdm|sdm|cikm|mlsys|osdi|sosp|nsdi|usenix)\\b',
  'i',
);

/** Whether a venue string names a real venue rather than a preprint server. */
export function isRealVenue(venue: string | undefined): venue is string {
  return !!venue?.trim() && !PREPRINT_VENUE.test(venue.trim());
}

/** The kind of publication; a known venue decides, then the id kinds (OpenReview and ACL host conferences). */
export function publicationKind(entry: Pick<LibraryEntry, 'venue' | 'ids'>): PublicationKind {
  const venue = entry.venue;
  if (isRealVenue(venue)) {
    if (JOURNAL.test(venue)) return 'journal';
    if (CONFERENCE.test(venue)) return 'conference';
    const acl = entry.ids.acl ?? '';
    // ACL Anthology journals: Q (TACL) and J (CL) ids, or `tacl`/`cl` volumes.
    if (acl && !/^[QJ]\d|\.(?:tacl|cl)-/i.test(acl)) return 'conference';
    if (entry.ids.openreview && !acl) return 'conference';
    return 'journal';
  }
  return 'preprint';
}
