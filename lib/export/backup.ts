/** Writing the JSON backup (its format and schema are in backup-format.ts). */
import { BACKUP_FORMAT, BACKUP_VERSION, OPTIONAL_TABLES, type Backup } from './backup-format';
import { isoTime, type LibrarySnapshot } from './snapshot';

/** The backup object of a snapshot, stamped with the export time and the database schema version. */
export function makeBackup(snapshot: LibrarySnapshot, now: number, schemaVersion?: number): Backup {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: isoTime(now),
    ...(schemaVersion !== undefined ? { schemaVersion } : {}),
    papers: snapshot.papers,
    highlights: snapshot.highlights,
  };
  for (const table of OPTIONAL_TABLES) {
    const rows = snapshot.tables[table];
    if (rows) backup[table] = rows as Record<string, unknown>[];
  }
  return backup;
}

/**
 * The backup as JSON text. JSON.stringify escapes lone surrogates (ES2019), so the text is
 * well-formed Unicode and survives UTF-8 encoding byte for byte.
 */
export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup)}\n`;
}
