/**
 * How an imported catalogue's entries are stored: in blocks of ENTRY_BLOCK consecutive
 * entries, one IndexedDB record per block, keyed by catalogue and block number. Chromium
 * spends about 60 µs of the page's main thread on every IndexedDB request whatever its
 * size (measured: 100,000 tiny records took 6.3 s, the same entries in blocks of 100 took
 * 0.7 s), so an import writes 32× fewer records. Abstracts, most of an entry's bytes, sit
 * in blocks of their own: a fuzzy lookup reads the block of each candidate, and only needs
 * abstracts when the page has one (measured at 1,000,000 entries: blocks with abstracts
 * made a non-member lookup, 16 candidate blocks, 3.1 → 5.0 ms).
 */
import Dexie, { type Transaction } from 'dexie';
import type { CatalogueEntry } from '../paper';
import type { MarginaliaDB } from './database';
import { getEach, readTogether } from './read';

/** Entries per stored block; entry `n` is `entries[n % ENTRY_BLOCK]` of block `n / ENTRY_BLOCK`. */
export const ENTRY_BLOCK = 32;

/** One stored block of a catalogue's entries, without their abstracts (the last block of a catalogue may be short). */
export interface CatalogueEntryBlock {
  catalogueId: string;
  block: number;
  entries: CatalogueEntry[];
}

/** The abstracts of one block's entries, by position (only blocks with an abstract have one). */
export interface CatalogueAbstractBlock {
  catalogueId: string;
  block: number;
  abstracts: (string | undefined)[];
}

/** A catalogue entry with its number in the catalogue. */
export interface NumberedEntry {
  n: number;
  entry: CatalogueEntry;
}

// An entry as read back: its head with its abstract, if it has one.
const joined = (head: CatalogueEntry, abstract: string | undefined): CatalogueEntry => (abstract ? { ...head, abstract } : head);

/** The block holding entry `n`. */
export const blockOf = (n: number): number => Math.floor(n / ENTRY_BLOCK);

const wholeCatalogue = (id: string) => [[id, Dexie.minKey], [id, Dexie.maxKey]] as const;

/** Deletes every block of one catalogue (entries and abstracts): two key-range deletes, however many. */
export async function deleteBlocks(db: MarginaliaDB, id: string): Promise<void> {
  await db.transaction('rw', db.catalogueEntryBlocks, db.catalogueAbstractBlocks, async () => {
    await db.catalogueEntryBlocks.where(':id').between(...wholeCatalogue(id), true, true).delete();
    await db.catalogueAbstractBlocks.where(':id').between(...wholeCatalogue(id), true, true).delete();
  });
}

/** Records for entries numbered from `first` (a multiple of ENTRY_BLOCK, so blocks never share a number). */
export function toBlocks(id: string, first: number, entries: readonly CatalogueEntry[]): { entries: CatalogueEntryBlock[]; abstracts: CatalogueAbstractBlock[] } {
  if (first % ENTRY_BLOCK !== 0) throw new Error(`A batch of catalogue entries must start at a block boundary, not at ${first}.`);
  const out = { entries: [] as CatalogueEntryBlock[], abstracts: [] as CatalogueAbstractBlock[] };
  for (let i = 0; i < entries.length; i += ENTRY_BLOCK) {
    const block = blockOf(first + i);
    const heads: CatalogueEntry[] = [];
    const abstracts: (string | undefined)[] = [];
    for (const { abstract, ...head } of entries.slice(i, i + ENTRY_BLOCK)) {
      heads.push(head);
      abstracts.push(abstract);
    }
    out.entries.push({ catalogueId: id, block, entries: heads });
    if (abstracts.some(Boolean)) out.abstracts.push({ catalogueId: id, block, abstracts });
  }
  return out;
}

/**
 * The entries of a catalogue with the given numbers, in one transaction (one read per
 * distinct block); `abstracts: false` leaves abstracts out and reads half as much. Read
 * past Dexie (lib/db/read.ts), so live queries cannot follow it: it serves the matcher.
 */
export async function catalogueEntriesAt(db: MarginaliaDB, id: string, numbers: readonly number[], abstracts = true): Promise<Map<number, CatalogueEntry>> {
  const blocks = [...new Set(numbers.map(blockOf))];
  const keys = blocks.map((b): [string, number] => [id, b]);
  // Raw reads (lib/db/read.ts): on a fuzzy lookup's path, the wait for Dexie's commit was a third of the read.
  const stores = abstracts ? [db.catalogueEntryBlocks.name, db.catalogueAbstractBlocks.name] : [db.catalogueEntryBlocks.name];
  const [heads, texts] = await readTogether(db, stores, (tx) =>
    Promise.all([
      getEach<CatalogueEntryBlock>(tx.objectStore(stores[0] as string), keys),
      abstracts ? getEach<CatalogueAbstractBlock>(tx.objectStore(stores[1] as string), keys) : [],
    ]),
  );
  const byBlock = new Map<number, { heads: CatalogueEntry[]; texts?: (string | undefined)[] }>();
  heads.forEach((row, i) => row && byBlock.set(blocks[i] as number, { heads: row.entries, texts: texts[i]?.abstracts }));
  const found = new Map<number, CatalogueEntry>();
  for (const n of numbers) {
    const block = byBlock.get(blockOf(n));
    const head = block?.heads[n % ENTRY_BLOCK];
    if (head) found.set(n, joined(head, block?.texts?.[n % ENTRY_BLOCK]));
  }
  return found;
}

/** Entries numbered `from` to `from + limit - 1` of a catalogue (fewer at its end), with abstracts, in one key-range read. */
export async function catalogueEntriesFrom(db: MarginaliaDB, id: string, from: number, limit: number): Promise<NumberedEntry[]> {
  if (limit <= 0) return [];
  const range = [[id, blockOf(from)], [id, blockOf(from + limit - 1)]] as const;
  const [heads, texts] = await db.transaction('r', db.catalogueEntryBlocks, db.catalogueAbstractBlocks, () =>
    Promise.all([db.catalogueEntryBlocks.where(':id').between(...range, true, true).toArray(), db.catalogueAbstractBlocks.where(':id').between(...range, true, true).toArray()]),
  );
  const abstractsOf = new Map(texts.map((t) => [t.block, t.abstracts]));
  const out: NumberedEntry[] = [];
  for (const row of heads) {
    row.entries.forEach((head, i) => {
      const n = row.block * ENTRY_BLOCK + i;
      if (head && n >= from && n < from + limit) out.push({ n, entry: joined(head, abstractsOf.get(row.block)?.[i]) });
    });
  }
  return out;
}

// Rows of the version-5 `catalogueEntries` table, one per entry.
interface EntryRowV5 extends CatalogueEntry {
  catalogueId: string;
  n: number;
}

// Rows read per step of the upgrade: a million-entry catalogue is never held whole.
const UPGRADE_PAGE = 4_096;

/** Schema v6 upgrade: moves every v5 entry row into its block, a page of rows at a time, in the upgrade transaction. */
export async function entriesIntoBlocks(tx: Transaction): Promise<void> {
  const old = tx.table<EntryRowV5, [string, number]>('catalogueEntries');
  const heads = tx.table<CatalogueEntryBlock, [string, number]>('catalogueEntryBlocks');
  const texts = tx.table<CatalogueAbstractBlock, [string, number]>('catalogueAbstractBlocks');
  type Pending = { head: CatalogueEntryBlock; text: CatalogueAbstractBlock };
  // (Cast: TypeScript cannot see the loop assign it, and would narrow it to null after.)
  let open = null as Pending | null;
  const write = async (done: Pending[]): Promise<void> => {
    await heads.bulkAdd(done.map((d) => d.head));
    const withText = done.filter((d) => d.text.abstracts.some(Boolean)).map((d) => d.text);
    if (withText.length) await texts.bulkAdd(withText);
  };
  let after: [string, number] | null = null;
  for (;;) {
    const rows: EntryRowV5[] = await (after ? old.where(':id').above(after) : old.toCollection()).limit(UPGRADE_PAGE).toArray();
    if (rows.length === 0) break;
    const done: Pending[] = [];
    for (const { catalogueId, n, abstract, ...head } of rows) {
      const block = blockOf(n);
      if (!open || open.head.catalogueId !== catalogueId || open.head.block !== block) {
        if (open) done.push(open);
        open = { head: { catalogueId, block, entries: [] }, text: { catalogueId, block, abstracts: [] } };
      }
      open.head.entries[n % ENTRY_BLOCK] = head;
      open.text.abstracts[n % ENTRY_BLOCK] = abstract;
    }
    if (done.length) await write(done);
    const last = rows[rows.length - 1] as EntryRowV5;
    after = [last.catalogueId, last.n];
  }
  if (open) await write([open]);
}
