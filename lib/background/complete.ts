import type { MarginaliaDB } from '../db/database';
import { findPaperFor } from '../db/library';
import type { TabState } from '../messaging';
import type { PaperRef } from '../paper';

/**
 * A PDF known by its URL alone (OpenReview, ACL, PMLR…) has no title; when the paper is
 * in the list, the entry's title and authors are shown instead of "Untitled paper".
 */
export async function completeFromLibrary(db: MarginaliaDB, ref: PaperRef | null): Promise<PaperRef | null> {
  if (!ref || ref.title) return ref;
  const entry = await findPaperFor(db, ref);
  if (!entry) return ref;
  const done: PaperRef = { ...ref, ids: { ...entry.ids, ...ref.ids }, title: entry.title, authors: ref.authors.length ? ref.authors : entry.authors };
  if (entry.year && !ref.year) done.year = entry.year;
  return done;
}

/** The same for a title-less paper that the catalogue matched by id (once resolved: an arXiv PDF awaiting its metadata keeps saying so). */
export function completeFromCatalogue(state: TabState): TabState {
  const ref = state.ref;
  if (!ref || ref.title || !state.match || state.phase !== 'paper') return state;
  return { ...state, ref: { ...ref, title: state.match.entry.title } };
}
