/**
 * Repository functions for imported catalogues: their rows, entries and saved match
 * indexes. A catalogue is visible to readers only in state 'ready'; import and deletion
 * stage their work under 'importing' / 'deleting' and flip the state in one small
 * transaction, so nothing half-imported or half-deleted is ever listed or matched.
 */
import type { MatchIndexParts } from '../catalogue/indexParts';
import type { CatalogueFormat } from '../catalogue/import/types';
import type { PagedIndexHead } from '../catalogue/pagedIndex';
import type { CatalogueEntry } from '../paper';
import { deleteBlocks, toBlocks } from './catalogue-blocks';
import { loadWholeIndex, pageRange, saveIndexWithPages } from './catalogue-pages';
import type { Stored } from './stored-arrays';
import type { MarginaliaDB } from './database';
import { readTogether, requested } from './read';

/** One imported catalogue. */
export interface CatalogueRecord {
  id: string;
  name: string;
  /** The file it was imported (or last updated) from. */
  fileName: string;
  format: CatalogueFormat;
  count: number;
  enabled: boolean;
  state: 'importing' | 'ready' | 'deleting';
  importedAt: number;
  /** Last change; while importing, the time of the last batch (a heartbeat, see purgeLeftovers). */
  updatedAt: number;
  /** While importing an update: the catalogue it replaces when it is done. */
  replaces?: string;
  /** The saved index's paged-tables head (catalogue-pages.ts); absent on catalogues imported before it was copied here. */
  head?: PagedIndexHead;
}

/** A catalogue's saved match index (its exact-lookup tables are also paged, and its title sketches kept apart: catalogue-pages.ts). */
export interface CatalogueIndexRecord {
  catalogueId: string;
  /** Its arrays as Blobs (./stored-arrays.ts says why); typed arrays in records saved before. The sketches are a page record (./catalogue-pages.ts). */
  parts: Stored<Omit<MatchIndexParts, 'sketches'>> | Omit<MatchIndexParts, 'sketches'>;
}

/** The settings key listing disabled bundled catalogues (they have no row of their own). */
export const DISABLED_BUNDLED_KEY = 'disabledBundledCatalogues';

/** An import whose last batch is older than this is abandoned (its page closed or crashed). */
export const STALE_IMPORT_MS = 120_000;

const byAge = (rows: CatalogueRecord[]) => rows.sort((a, b) => a.importedAt - b.importedAt);

// The setting's value is user data (restored from backups): only strings count.
const disabledIn = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** The catalogues ready for use, oldest first. */
export async function listCatalogues(db: MarginaliaDB): Promise<CatalogueRecord[]> {
  return byAge(await db.importedCatalogues.where('state').equals('ready').toArray());
}

/**
 * What a service worker reads before its first catalogue lookup: the catalogues ready for
 * use (oldest first) and the disabled bundled ones, in one read-only transaction answered
 * without waiting for its commit (./read.ts; two Dexie reads took ≈7 ms of a fresh start).
 */
export async function matchingSetup(db: MarginaliaDB): Promise<{ imported: CatalogueRecord[]; disabledBundled: string[] }> {
  const [catalogues, settings] = [db.importedCatalogues.name, db.settings.name];
  return readTogether(db, [catalogues, settings], async (tx) => {
    const [rows, setting] = await Promise.all([
      requested<CatalogueRecord[]>(tx.objectStore(catalogues).index('state').getAll('ready')),
      requested<{ value?: unknown } | undefined>(tx.objectStore(settings).get(DISABLED_BUNDLED_KEY)),
    ]);
    return { imported: byAge(rows), disabledBundled: disabledIn(setting?.value) };
  });
}

/** Starts an import: a hidden row in state 'importing'. */
export async function beginCatalogueImport(db: MarginaliaDB, row: Omit<CatalogueRecord, 'state' | 'count'>): Promise<void> {
  await db.importedCatalogues.add({ ...row, state: 'importing', count: 0 });
}

/**
 * Adds one batch of entries, numbered from `first` (a multiple of ENTRY_BLOCK), to an import
 * in progress; fails if the import was cancelled or purged meanwhile.
 */
export async function addCatalogueEntries(db: MarginaliaDB, id: string, first: number, entries: readonly CatalogueEntry[], now: number): Promise<void> {
  const blocks = toBlocks(id, first, entries);
  await db.transaction('rw', db.importedCatalogues, db.catalogueEntryBlocks, db.catalogueAbstractBlocks, async () => {
    const row = await db.importedCatalogues.get(id);
    if (row?.state !== 'importing') throw new Error('The import was cancelled.');
    await db.catalogueEntryBlocks.bulkAdd(blocks.entries);
    if (blocks.abstracts.length) await db.catalogueAbstractBlocks.bulkAdd(blocks.abstracts);
    await db.importedCatalogues.update(id, { updatedAt: now, count: row.count + entries.length });
  });
}

/** Saves a catalogue's match index, and its exact-lookup tables as pages (before it is ready: still hidden). */
export async function saveCatalogueIndex(db: MarginaliaDB, id: string, parts: MatchIndexParts): Promise<void> {
  await saveIndexWithPages(db, id, parts);
}

/**
 * Makes an import visible, in one small transaction. An update takes over the old
 * catalogue's name and enabled flag (else `name`, when given, names it), and the old one turns 'deleting' (hidden) in the
 * same transaction; its entries are purged afterwards.
 */
export async function finishCatalogueImport(db: MarginaliaDB, id: string, now: number, name?: string): Promise<CatalogueRecord> {
  const done = await db.transaction('rw', db.importedCatalogues, async () => {
    const row = await db.importedCatalogues.get(id);
    if (row?.state !== 'importing') throw new Error('The import was cancelled.');
    const old = row.replaces ? await db.importedCatalogues.get(row.replaces) : undefined;
    const ready: CatalogueRecord = { ...row, state: 'ready', updatedAt: now, ...(name ? { name: name.slice(0, 200) } : {}) };
    delete ready.replaces;
    if (old?.state === 'ready') {
      Object.assign(ready, { name: old.name, enabled: old.enabled, importedAt: old.importedAt });
      await db.importedCatalogues.update(old.id, { state: 'deleting', updatedAt: now });
    }
    await db.importedCatalogues.put(ready);
    return { ready, old: old?.state === 'ready' ? old.id : undefined };
  });
  if (done.old) await purgeCatalogue(db, done.old);
  return done.ready;
}

/** Deletes a catalogue's entries, index and row (hidden first, so readers never see it half gone). */
export async function purgeCatalogue(db: MarginaliaDB, id: string): Promise<void> {
  await db.importedCatalogues.update(id, { state: 'deleting' });
  // Key-range deletes, however many entries: IndexedDB does not visit them one by one.
  await deleteBlocks(db, id);
  await db.transaction('rw', db.importedCatalogues, db.catalogueIndexes, db.catalogueIndexPages, async () => {
    await pageRange(db, id).delete();
    await db.catalogueIndexes.delete(id);
    await db.importedCatalogues.delete(id);
  });
}

/** Deletes an imported catalogue the user no longer wants. */
export async function deleteCatalogue(db: MarginaliaDB, id: string): Promise<void> {
  const row = await db.importedCatalogues.get(id);
  if (!row) throw new Error('That catalogue no longer exists.');
  await purgeCatalogue(db, id);
}

/** Purges what an interrupted import or deletion left behind (imports idle for STALE_IMPORT_MS). */
export async function purgeLeftovers(db: MarginaliaDB, now: number): Promise<number> {
  const rows = await db.importedCatalogues.where('state').anyOf('importing', 'deleting').toArray();
  const stale = rows.filter((r) => r.state === 'deleting' || now - r.updatedAt > STALE_IMPORT_MS);
  for (const row of stale) await purgeCatalogue(db, row.id);
  return stale.length;
}

/** Renames a catalogue; the name must not be empty. */
export async function renameCatalogue(db: MarginaliaDB, id: string, name: string, now: number): Promise<void> {
  const clean = name.trim().slice(0, 200);
  if (!clean) throw new Error('A catalogue needs a name.');
  const changed = await db.importedCatalogues.where('id').equals(id).and((r) => r.state === 'ready').modify({ name: clean, updatedAt: now });
  if (!changed) throw new Error('That catalogue no longer exists.');
}

/** Turns matching against an imported catalogue on or off. */
export async function setCatalogueEnabled(db: MarginaliaDB, id: string, enabled: boolean, now: number): Promise<void> {
  const changed = await db.importedCatalogues.where('id').equals(id).and((r) => r.state === 'ready').modify({ enabled, updatedAt: now });
  if (!changed) throw new Error('That catalogue no longer exists.');
}

/** The bundled catalogues the user turned off. */
export async function disabledBundled(db: MarginaliaDB): Promise<string[]> {
  return disabledIn((await db.settings.get(DISABLED_BUNDLED_KEY))?.value);
}

/** Turns matching against a bundled catalogue on or off. */
export async function setBundledEnabled(db: MarginaliaDB, id: string, enabled: boolean): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const off = new Set(await disabledBundled(db));
    if (enabled) off.delete(id);
    else off.add(id);
    await db.settings.put({ key: DISABLED_BUNDLED_KEY, value: [...off] });
  });
}

/** A ready catalogue's saved index, or undefined. */
export async function loadCatalogueIndex(db: MarginaliaDB, id: string): Promise<MatchIndexParts | undefined> {
  return loadWholeIndex(db, id);
}
