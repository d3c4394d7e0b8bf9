/**
 * The versioned JSON backup: everything Marginalia keeps, in one file that a later
 * version can read. The zod schema is the format's definition; the importer validates
 * every file against it before anything is written. Objects are loose on purpose: a
 * field added by a newer schema version survives a backup and restore unchanged.
 */
import { z } from 'zod';
import { MAX_COMMENT_LENGTH, MAX_QUOTE_LENGTH } from '../db/highlights';
import { MAX_NOTE_LENGTH, MAX_TAG_LENGTH, MAX_TAGS } from '../db/library';
import { HIGHLIGHT_COLORS, READING_STATUSES, type Highlight, type LibraryEntry } from '../paper';

/** The `format` value of every backup file. */
export const BACKUP_FORMAT = 'marginalia-backup';
/** The backup format version this code writes; it reads this version and older ones. */
export const BACKUP_VERSION = 1;

// Generous bounds: far beyond real data, small enough that a hostile file cannot
// make the extension hold gigabytes in IndexedDB.
const TEXT = 100_000;
const time = z.number().int().min(0).max(8.64e15);
// Links are rendered in extension pages, so schemes that run code are refused. Others
// (http, https, file, the reader's own pages) pass: a backup must restore whatever was stored.
const DANGEROUS_SCHEME = /^[\s\u0000-\u001f]*(?:javascript|data|vbscript):/i;
const link = z
  .string()
  .max(10_000)
  .refine((u) => !DANGEROUS_SCHEME.test(u), 'must not be a javascript:, data: or vbscript: URL');
const status = z.enum(READING_STATUSES as unknown as [string, ...string[]]);

/** A LibraryEntry as the backup holds it. */
export const BackupPaperSchema = z.looseObject({
  id: z.string().min(1).max(500),
  aliases: z.array(z.string().max(TEXT)).max(1_000),
  title: z.string().max(TEXT),
  authors: z.array(z.string().max(10_000)).max(10_000),
  year: z.number().int().min(-10_000).max(10_000).optional(),
  venue: z.string().max(TEXT).optional(),
  abstract: z.string().max(1_000_000).optional(),
  ids: z.record(z.string(), z.string().max(10_000)),
  url: link,
  pdfUrl: link.optional(),
  status,
  statusDates: z.partialRecord(status, time),
  tags: z.array(z.string().max(MAX_TAG_LENGTH)).max(MAX_TAGS * 10),
  note: z.string().max(MAX_NOTE_LENGTH),
  addedAt: time,
  updatedAt: time,
});

const SelectorSchema = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('TextQuoteSelector'), exact: z.string().max(MAX_QUOTE_LENGTH), prefix: z.string().max(TEXT), suffix: z.string().max(TEXT) }),
  z.looseObject({ type: z.literal('TextPositionSelector'), start: z.number().int().min(0), end: z.number().int().min(0) }),
  z.looseObject({ type: z.literal('PageSelector'), index: z.number().int().min(0) }),
]);

/** A Highlight as the backup holds it. */
export const BackupHighlightSchema = z.looseObject({
  id: z.string().min(1).max(500),
  paperId: z.string().min(1).max(500),
  target: z.looseObject({ source: link, selector: z.array(SelectorSchema).max(20) }),
  color: z.enum(HIGHLIGHT_COLORS),
  comment: z.string().max(MAX_COMMENT_LENGTH),
  createdAt: time,
  updatedAt: time,
});

/** A row of an optional table: any object; its shape belongs to that table's feature. */
const RowSchema = z.record(z.string(), z.unknown());
/** A settings row (lib/db/search-store.ts SettingRecord): its key is its identity. */
const SettingSchema = z.looseObject({ key: z.string().min(1).max(500), value: z.unknown() });

/** The whole backup file. */
export const BackupSchema = z.looseObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().min(1).max(BACKUP_VERSION),
  exportedAt: z.string().max(100),
  /** The database schema version the data was read from (informative). */
  schemaVersion: z.number().int().min(1).optional(),
  papers: z.array(BackupPaperSchema),
  highlights: z.array(BackupHighlightSchema),
  catalogues: z.array(RowSchema).optional(),
  settings: z.array(SettingSchema).optional(),
});

/** A backup as written and as read back after validation. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  schemaVersion?: number;
  papers: LibraryEntry[];
  highlights: Highlight[];
  catalogues?: Record<string, unknown>[];
  settings?: Record<string, unknown>[];
}

/** The optional tables a backup carries when the database has them. */
export const OPTIONAL_TABLES = ['catalogues', 'settings'] as const;
