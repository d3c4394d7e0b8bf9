import Dexie, { type EntityTable, type Table } from 'dexie';
import type { ArxivMetadata } from '../arxiv/atom';
import type { Highlight, LibraryEntry } from '../paper';
import type { CatalogueIndexPageRecord } from './catalogue-pages';
import type { CatalogueAbstractBlock, CatalogueEntryBlock } from './catalogue-blocks';
import type { CatalogueIndexRecord, CatalogueRecord } from './catalogues';
import { DB_NAME } from './identity';
import { changeJournal, type ChangeEntry } from './journal';
import { declareSchema } from './schema';
import type { SearchIndexRecord, SettingRecord } from './search-store';

/** A cached arXiv API answer. */
export interface ArxivMetaRecord extends ArxivMetadata {
  fetchedAt: number;
}

/** The extension's IndexedDB database. Only lib/db touches it (DESIGN.md rule 2). */
export type MarginaliaDB = Dexie & {
  papers: EntityTable<LibraryEntry, 'id'>;
  arxivMeta: EntityTable<ArxivMetaRecord, 'id'>;
  highlights: EntityTable<Highlight, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
  searchIndex: EntityTable<SearchIndexRecord, 'id'>;
  changes: EntityTable<ChangeEntry, 'paperId'>;
  importedCatalogues: EntityTable<CatalogueRecord, 'id'>;
  catalogueEntryBlocks: Table<CatalogueEntryBlock, [string, number]>;
  catalogueAbstractBlocks: Table<CatalogueAbstractBlock, [string, number]>;
  catalogueIndexes: EntityTable<CatalogueIndexRecord, 'catalogueId'>;
  catalogueIndexPages: Table<CatalogueIndexPageRecord, [string, string, number]>;
};

export { DB_NAME } from './identity';

/** Opens (lazily) the database with the full schema history. */
export function openDatabase(name = DB_NAME): MarginaliaDB {
  const db = new Dexie(name) as MarginaliaDB;
  declareSchema(db);
  db.use(changeJournal);
  return db;
}
