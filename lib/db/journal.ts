/**
 * The change journal: every write to `papers` or `highlights`, from any extension page or
 * the service worker, also records which papers it touched in the `changes` table, in the
 * same IndexedDB transaction. The library page's search index is saved rarely (it is large)
 * and replays the journal on top of its saved copy, so it is never stale and never rebuilt
 * from scratch. A DBCore middleware (rather than edits to each repository function) means
 * no present or future write can forget it.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';

/** One journal row: a paper changed since the saved index; `stamp` changes at each write. */
export interface ChangeEntry {
  paperId: string;
  stamp: string;
  /** Whether the paper's highlights changed (their text is indexed with the paper). */
  highlights: boolean;
}

/** The journal key meaning "too much changed to list (a table was cleared): rebuild". */
export const EVERYTHING = '*';

const WATCHED = ['papers', 'highlights'];

/**
 * The paper ids a mutation touches, or EVERYTHING for a range delete. Promise chains, never
 * `await`: Dexie keeps its transaction context through its own promises' `then` only, and
 * the layers below read that context when `mutate` is called.
 */
function touchedPapers(table: DBCoreTable, req: DBCoreMutateRequest): string[] | Promise<string[]> {
  if (req.type === 'deleteRange') return [EVERYTHING];
  if (table.name === 'papers') {
    return req.type === 'delete' ? req.keys.map(String) : req.values.map((v: { id: string }) => String(v.id));
  }
  if (req.type === 'delete') {
    // The highlight is about to go: read it first to learn its paper.
    return table
      .getMany({ trans: req.trans, keys: req.keys })
      .then((old: ({ paperId: string } | undefined)[]) => old.flatMap((h) => (h ? [h.paperId] : [])));
  }
  return req.values.map((v: { paperId: string }) => String(v.paperId));
}

function newStamp(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;
}

// Per transaction, what it has journaled already: the papers (with their `highlights` flag),
// or EVERYTHING once a rebuild is recorded. Nothing can read the journal between two writes
// of one read-write transaction, so a paper's first entry in it stands for the later ones:
// an import of 100,000 highlights writes one entry per paper, not one per highlight chunk.
const journaled = new WeakMap<object, Map<string, boolean> | typeof EVERYTHING>();

/** The middleware; `openDatabase` installs it on every database it opens. */
export const changeJournal: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'MarginaliaChangeJournal',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        // A write to papers or highlights must be able to write the journal too.
        const widen = mode === 'readwrite' && stores.some((s) => WATCHED.includes(s)) && !stores.includes('changes');
        return down.transaction(widen ? [...stores, 'changes'] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (!WATCHED.includes(name) || !down.schema.tables.some((t) => t.name === 'changes')) return table;
        const journal = down.table('changes');
        const highlights = name === 'highlights';
        return {
          ...table,
          mutate(req) {
            const journalAfter = (touched: string[]) =>
              table.mutate(req).then((result) => {
                const seen = journaled.get(req.trans);
                if (seen === EVERYTHING) return result;
                const papers = [...new Set(touched)].filter((id) => !seen?.has(id) || (highlights && !seen.get(id)));
                if (papers.length === 0) return result;
                // The first write of a transaction also asks whether a rebuild is pending already.
                const keys = seen || papers.includes(EVERYTHING) ? papers : [...papers, EVERYTHING];
                return journal.getMany({ trans: req.trans, keys }).then((old: (ChangeEntry | undefined)[]) => {
                  const stamp = newStamp();
                  const pending = papers.includes(EVERYTHING) || (keys.length > papers.length && old[papers.length] !== undefined);
                  if (pending) {
                    // A rebuild reads every paper: a new stamp on its entry is all this change needs.
                    journaled.set(req.trans, EVERYTHING);
                    const value: ChangeEntry = { paperId: EVERYTHING, stamp, highlights: true };
                    return journal.mutate({ trans: req.trans, type: 'put', values: [value] }).then(() => result);
                  }
                  const mine = seen ?? new Map<string, boolean>();
                  journaled.set(req.trans, mine);
                  const values: ChangeEntry[] = papers.map((paperId, i) => ({
                    paperId,
                    stamp,
                    // Sticky until the index has taken the change in.
                    highlights: highlights || (old[i]?.highlights ?? false) || (mine.get(paperId) ?? false),
                  }));
                  for (const v of values) mine.set(v.paperId, v.highlights);
                  return journal.mutate({ trans: req.trans, type: 'put', values }).then(() => result);
                });
              });
            const touched = touchedPapers(table, req);
            return Array.isArray(touched) ? journalAfter(touched) : touched.then(journalAfter);
          },
        };
      },
    };
  },
};
