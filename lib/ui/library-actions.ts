import type { MarginaliaDB } from '../db/database';
import * as library from '../db/library';
import type { PaperRef, ReadingStatus } from '../paper';
import { send } from './send';

/** The writes an extension page makes to one paper; each tells the background to refresh badges. */
export function libraryActions(db: MarginaliaDB, now: () => number = Date.now) {
  const changed = async <T>(write: Promise<T>): Promise<T> => {
    const result = await write;
    void send({ type: 'libraryChanged' });
    return result;
  };
  return {
    add: (ref: PaperRef) => changed(library.addPaper(db, ref, now())),
    remove: (id: string) => changed(library.removePaper(db, id)),
    restore: (removed: library.RemovedPaper) => changed(library.restorePaper(db, removed)),
    setStatus: (id: string, status: ReadingStatus) => changed(library.setStatus(db, id, status, now())),
    setTags: (id: string, tags: string[]) => changed(library.setTags(db, id, tags, now())),
    setNote: (id: string, note: string) => library.setNote(db, id, note, now()).then(() => undefined),
  };
}

/** The actions object returned by libraryActions. */
export type LibraryActions = ReturnType<typeof libraryActions>;
