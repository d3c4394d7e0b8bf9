import { describe, expect, it } from 'vitest';
import { catalogueEntriesFrom } from '@/lib/db/catalogue-blocks';
import { papersForEntries, scanCatalogueTitles } from '@/lib/db/catalogue-browse';
import { filterWords } from '@/lib/search/normalise';
import { importCatalogue } from '@/lib/db/catalogue-import';
import type { MarginaliaDB } from '@/lib/db/database';
import { addPaper } from '@/lib/db/library';
import { withFreshDatabase } from '@/tests/unit/fresh-database';

let db: MarginaliaDB;
withFreshDatabase('catalogue-browse', (opened) => (db = opened));

// Every seventh title holds the word the filter looks for; entry 3 has an arXiv id.
const titleOf = (i: number) => `Paper number ${i} on ${i % 7 === 0 ? 'Needle-Sharp' : 'plain'} scaling`;
async function* csv(count: number): AsyncGenerator<string> {
  yield 'title,id\n';
  for (let i = 0; i < count; i++) yield `"${titleOf(i)}",${i === 3 ? '2401.00003' : ''}\n`;
}

describe('browsing an imported catalogue', () => {
  it('reads a page by entry number, however deep, and a short last page', async () => {
    const row = await importCatalogue(db, csv(5_000), { format: 'csv', fileName: 'big.csv' });
    const page = await catalogueEntriesFrom(db, row.id, 4_200, 50);
    expect(page.map((e) => e.n)).toEqual(Array.from({ length: 50 }, (_, i) => 4_200 + i));
    expect(page[0]!.entry.title).toBe(titleOf(4_200));
    expect((await catalogueEntriesFrom(db, row.id, 4_990, 50)).map((e) => e.n)).toEqual(Array.from({ length: 10 }, (_, i) => 4_990 + i));
    expect(await catalogueEntriesFrom(db, row.id, 5_000, 50)).toEqual([]);
  });

  it('finds every title holding the filter words, chunk by chunk, ignoring case and accents', async () => {
    const row = await importCatalogue(db, csv(5_000), { format: 'csv', fileName: 'big.csv' });
    const words = filterWords('NEEDLE-shárp');
    expect(words).toEqual(['needle-sharp']);
    const found: number[] = [];
    let from = 0;
    for (let steps = 0; steps < 100; steps++) {
      const step = await scanCatalogueTitles(db, row.id, filterWords('needle-sharp scal'), from, 700);
      found.push(...step.found.map((e) => e.n));
      from = step.next;
      if (step.done) break;
    }
    expect(found).toEqual(Array.from({ length: 715 }, (_, i) => i * 7));
  });

  it('says which shown entries are in your list, by arXiv id or by title', async () => {
    const row = await importCatalogue(db, csv(20), { format: 'csv', fileName: 'small.csv' });
    const byId = await addPaper(db, { ids: { arxiv: '2401.00003' }, title: 'Another title for the same paper', authors: [], url: 'https://arxiv.org/abs/2401.00003' }, 1);
    const byTitle = await addPaper(db, { ids: {}, title: 'paper NUMBER 10 on plain scaling', authors: [], url: 'https://example.org/10' }, 2);
    const entries = (await catalogueEntriesFrom(db, row.id, 0, 20)).map((e) => e.entry);
    const inList = await papersForEntries(db, entries);
    expect(inList.get(entries[3]!.id)).toBe(byId.id);
    expect(inList.get(entries[10]!.id)).toBe(byTitle.id);
    expect(inList.size).toBe(2);
    expect(await papersForEntries(db, [])).toEqual(new Map());
  });
});
