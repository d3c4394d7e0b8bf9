import { describe, expect, it } from 'vitest';
import bundled from '../../../public/catalogues/hf-trending-papers.json';
import { MatchIndexBuilder } from '@/lib/catalogue/indexParts';
import { KeyTable } from '@/lib/catalogue/keyTable';
import { MatchIndex, type MatchQuery } from '@/lib/catalogue/match';
import type { Catalogue, CatalogueEntry } from '@/lib/paper';

const catalogue = bundled as Catalogue;
// Every other entry gets an arXiv id, so the conflict rule has something to bite on.
const papers: CatalogueEntry[] = catalogue.papers.map((p, i) => (i % 2 ? { ...p, ids: { arxiv: `2401.${String(10000 + i)}` } } : p));

describe('index parts', () => {
  it('a KeyTable vouches for exact keys with its second hash, and survives toData/fromData', () => {
    const table = new KeyTable();
    for (let i = 0; i < 5000; i++) table.add(`key-${i}`, i);
    const copy = KeyTable.fromData(structuredClone(table.toData()));
    expect(copy.lookupExact('key-4321')).toEqual([4321]);
    expect(copy.lookupExact('key-99999')).toEqual([]);
    expect(copy.lookup('key-17')).toContain(17);
  });

  it('an index rebuilt from cloned parts answers like the one built in memory', () => {
    const builder = new MatchIndexBuilder();
    for (const p of papers) builder.add(p);
    const parts = structuredClone(builder.finish());
    const memory = MatchIndex.build([{ ...catalogue, papers }]);
    const stored = MatchIndex.fromParts(parts, [catalogue], (e) => papers[e]);
    const queries: MatchQuery[] = papers.slice(0, 60).flatMap((p, i) => [
      { title: p.title.toUpperCase() },
      { title: p.title, ids: { arxiv: '2501.00001' } }, // another paper's id: a conflict when the entry has one
      ...(p.ids?.arxiv ? [{ ids: { arxiv: `${p.ids.arxiv}v3` } }] : []),
      { title: `${p.title.slice(0, -3)}${i % 2 ? 'xq' : ''}` },
    ]);
    for (const query of queries) {
      const want = memory.match(query);
      expect(stored.match(query)?.entry.id).toBe(want?.entry.id);
      // The quick path (no entry read) agrees with the verified one wherever it answers.
      const quick = stored.quickExact(query);
      const exact = stored.matchExact(query, (e) => papers[e]);
      expect(quick ? papers[quick.entry]?.id : undefined).toBe(exact?.entry.id);
    }
  });
});
