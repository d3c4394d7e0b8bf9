import * as bulk from '../db/bulk';
import type { MarginaliaDB } from '../db/database';
import { addPaper, type NewPaper } from '../db/library';
import * as tags from '../db/tags';
import type { ReadingStatus } from '../paper';
import { send } from './send';

/**
 * The library page's writes beyond one paper's (those are in library-actions.ts): bulk
 * actions, tag operations, adding from a catalogue. Each tells the background to refresh
 * toolbar badges afterwards, as the popup's writes do.
 */
export function libraryPageActions(db: MarginaliaDB, now: () => number = Date.now) {
  const changed = async <T>(write: Promise<T>): Promise<T> => {
    const result = await write;
    void send({ type: 'libraryChanged' });
    return result;
  };
  return {
    setStatus: (ids: readonly string[], status: ReadingStatus) => changed(bulk.bulkSetStatus(db, ids, status, now())),
    addTag: (ids: readonly string[], tag: string) => changed(bulk.bulkAddTag(db, ids, tag, now())),
    removeTag: (ids: readonly string[], tag: string) => changed(bulk.bulkRemoveTag(db, ids, tag, now())),
    restoreStates: (states: readonly bulk.PaperState[]) => changed(bulk.restoreStates(db, states)),
    remove: (ids: readonly string[]) => changed(bulk.bulkRemovePapers(db, ids)),
    restore: (removed: Parameters<typeof bulk.bulkRestorePapers>[1]) => changed(bulk.bulkRestorePapers(db, removed)),
    renameTag: (from: string, to: string) => changed(tags.renameTag(db, from, to, now())),
    mergeTags: (from: readonly string[], to: string) => changed(tags.mergeTags(db, from, to, now())),
    deleteTag: (tag: string) => changed(tags.deleteTag(db, tag, now())),
    setTagColor: (tag: string, color: tags.TagColor | null) => tags.setTagColor(db, tag, color),
    add: (paper: NewPaper) => changed(addPaper(db, paper, now())),
  };
}

/** The actions object returned by libraryPageActions. */
export type LibraryPageActions = ReturnType<typeof libraryPageActions>;
