import { aliasesOf } from '../aliases';
import type { MarginaliaDB } from '../db/database';
import type { ListedRef } from '../detect/listings/types';
import type { LibraryEntry } from '../paper';
import type { ListLookup } from '../messaging';
import type { Matcher } from './resolve';

/**
 * Answers a listing page's one batched question: for each listed paper, whether it is in
 * the list (and its status) and which catalogue has it. One index query for the whole
 * page, however many entries it lists; read-only, so a page can learn but never write.
 */
export async function lookupListed(db: MarginaliaDB, index: Matcher, items: readonly ListedRef[]): Promise<ListLookup[]> {
  const aliasLists = items.map((item) => aliasesOf(item));
  const all = [...new Set(aliasLists.flat())];
  const queries = items.map((item) => ({ ids: item.ids, title: item.title }));
  const [entries, matches] = await Promise.all([
    all.length ? db.papers.where('aliases').anyOf(all).toArray() : [],
    // A mark names catalogues only: no abstracts read.
    index.matchMany ? index.matchMany(queries, false) : Promise.all(queries.map((q) => index.match(q))),
  ]);
  const byAlias = new Map<string, LibraryEntry>();
  for (const entry of entries) for (const alias of entry.aliases) byAlias.set(alias, entry);
  return items.map((item, i) => {
    const entry = aliasLists[i]?.map((a) => byAlias.get(a)).find((e) => e !== undefined);
    const match = matches[i];
    const answer: ListLookup = { inList: entry !== undefined };
    if (entry) answer.status = entry.status;
    if (match) answer.catalogueName = (match.catalogueNames ?? [match.catalogueName]).join(', ');
    return answer;
  });
}
