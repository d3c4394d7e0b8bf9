import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type MarginaliaDB } from '@/lib/db/database';
import { addPaper } from '@/lib/db/library';
import type { LibraryEntry } from '@/lib/paper';
import type { LibrarySearch, ServiceEvent } from '@/lib/search/protocol';
import { LibraryModel } from '@/lib/ui/library-model';

let n = 0;
let db: MarginaliaDB;
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

// A search that never answers: these tests are about the first screen, before the service.
const silent: LibrarySearch = { subscribe: () => () => undefined, query: async () => null, dispose: () => undefined };

async function libraryOf(titles: string[]): Promise<LibraryEntry[]> {
  db = openDatabase(`library-model-${n++}`);
  const papers: LibraryEntry[] = [];
  for (const [i, title] of titles.entries()) papers.push(await addPaper(db, { ids: {}, title, authors: [], url: `https://example.org/${i}` }, 100 + i));
  return papers;
}

const titlesShown = (model: LibraryModel) => [...model.getState().rows.values()].map((r) => r.title);

describe('LibraryModel first screen', () => {
  it('shows the early read, without reading the papers again', async () => {
    const [older] = await libraryOf(['Stored first', 'Stored second']);
    const model = new LibraryModel(db, silent, Promise.resolve([older!]));
    await model.firstScreen;
    expect(titlesShown(model)).toEqual(['Stored first']);
    expect(model.getState().preview).toBe(true);
    model.dispose();
  });

  it('reads with Dexie when the early read could not be made or failed', async () => {
    await libraryOf(['Stored first', 'Stored second']);
    for (const early of [() => Promise.resolve(null), () => Promise.reject(new Error('blocked')), () => undefined]) {
      const model = new LibraryModel(db, silent, early());
      await model.firstScreen;
      expect(titlesShown(model)).toEqual(['Stored second', 'Stored first']);
      model.dispose();
    }
  });
});

describe('LibraryModel milestones', () => {
  it('resolves allRows once the service has every row, or has failed', async () => {
    await libraryOf(['Stored first']);
    for (const last of [{ type: 'status', status: { rowsReady: true, textReady: false, phase: 'loading' } }, { type: 'error', message: 'worker crashed' }] as const) {
      let emit: (event: ServiceEvent) => void = () => undefined;
      const search: LibrarySearch = { ...silent, subscribe: (listener) => ((emit = listener), () => undefined) };
      const model = new LibraryModel(db, search);
      let arrived = false;
      void model.allRows.then(() => (arrived = true));
      await model.firstScreen;
      emit({ type: 'status', status: { rowsReady: false, textReady: false, phase: 'loading' } });
      await Promise.resolve();
      expect(arrived).toBe(false);
      emit(last);
      await model.allRows;
      model.dispose();
    }
  });
});
