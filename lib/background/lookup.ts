import { aliasesOf } from '../aliases';
import type { MatchIndex } from '../catalogue/match';
import type { MarginaliaDB } from '../db/database';
import type { ListedRef } from '../detect/listings/types';
import type { LibraryEntry } from '../paper';
import type { ListLookup } from '../messaging';

/**
 * Answers a listing page's one batched question: for each listed paper, whether it is in
 * the list (and its status) and which catalogue has it. One index query for the whole
 * page, however many entries it lists; read-only, so a page can learn but never write.
 */
export async function lookupListed(db: MarginaliaDB, index: MatchIndex, items: readonly ListedRef[]): Promise<ListLookup[]> {
  const aliasLists = items.map((item) => aliasesOf(item));
  const all = [...new Set(aliasLists.flat())];
  const entries = all.length ? await db.papers.where('aliases').anyOf(all).toArray() : [];
  const byAlias = new Map<string, LibraryEntry>();
  for (const entry of entries) for (const alias of entry.aliases) byAlias.set(alias, entry);
  return items.map((item, i) => {
    const entry = aliasLists[i]?.map((a) => byAlias.get(a)).find((e) => e !== undefined);
    const match = index.match({ ids: item.ids, title: item.title });
    const answer: ListLookup = { inList: entry !== undefined };
    if (entry) answer.status = entry.status;
    if (match) answer.catalogueName = match.catalogueName;
    return answer;
  });
}
