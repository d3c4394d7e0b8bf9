/**
 * Reading the whole library for export, and writing an import: each in ONE transaction,
 * so an export is a consistent snapshot and an import is all or nothing — a failure or a
 * cancellation part-way rolls every write back.
 */
import type { Table } from 'dexie';
import { OPTIONAL_TABLES } from '../export/backup-format';
import type { LibrarySnapshot } from '../export/snapshot';
import type { Backup } from '../export/backup-format';
import { planMerge, planRestore } from '../import/plan-backup';
import { planReferences } from '../import/plan-references';
import { sameSummary, type ImportPlan, type ImportSummary } from '../import/plan';
import type { ImportedRef } from '../import/reference';
import type { Highlight, LibraryEntry } from '../paper';
import type { MarginaliaDB } from './database';
import { checkAbort, CHUNK, type LongTaskOptions } from '../long-task';

/** The optional tables (catalogues, settings) this database has. */
function optionalTables(db: MarginaliaDB): Table[] {
  return db.tables.filter((t) => (OPTIONAL_TABLES as readonly string[]).includes(t.name));
}

/** The primary key of a row of an optional table (inline keys only; such tables have no other kind). */
function keyOf(table: Table, row: Record<string, unknown>): unknown {
  const path = table.schema.primKey.keyPath;
  const get = (p: string) => p.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), row);
  return Array.isArray(path) ? path.map(get) : path ? get(path) : undefined;
}

async function readAll<T extends { id: string }, I>(table: Table<T, string, I>, onChunk: (n: number) => void, signal?: AbortSignal): Promise<T[]> {
  // Keyset pages (`above` the last key) rather than offset: each page costs the same.
  const out: T[] = [];
  let last: string | undefined;
  for (;;) {
    checkAbort(signal);
    const page = last === undefined ? await table.orderBy(':id').limit(CHUNK).toArray() : await table.where(':id').above(last).limit(CHUNK).toArray();
    out.push(...page);
    onChunk(out.length);
    if (page.length < CHUNK) return out;
    last = page[page.length - 1]!.id;
  }
}

/** What readSnapshot reads: everything, or only the given papers (in that order); highlights unless told not to. */
export interface SnapshotOptions extends LongTaskOptions {
  ids?: readonly string[];
  /** False leaves `highlights` empty (formats that do not use them; the read costs seconds at 100,000). */
  highlights?: boolean;
}

/** Everything to export, or only the papers with the given ids (in that order) and their highlights. */
export async function readSnapshot(db: MarginaliaDB, options: SnapshotOptions = {}): Promise<LibrarySnapshot> {
  const { signal, onProgress, ids, highlights: withHighlights = true } = options;
  const extra = optionalTables(db);
  return db.transaction('r', [db.papers, db.highlights, ...extra], async () => {
    const total = (ids ? ids.length : await db.papers.count()) + (ids || !withHighlights ? 0 : await db.highlights.count());
    let papers: LibraryEntry[];
    let highlights: Highlight[];
    if (ids) {
      papers = [];
      highlights = [];
      for (let i = 0; i < ids.length; i += CHUNK) {
        checkAbort(signal);
        const chunk = ids.slice(i, i + CHUNK);
        papers.push(...(await db.papers.bulkGet(chunk)).filter((p): p is LibraryEntry => !!p));
        if (withHighlights) highlights.push(...(await db.highlights.where('paperId').anyOf(chunk).toArray()));
        onProgress?.({ phase: 'read', done: Math.min(i + CHUNK, ids.length), total });
      }
    } else {
      papers = await readAll(db.papers, (n) => onProgress?.({ phase: 'read', done: n, total }), signal);
      papers.sort((a, b) => a.addedAt - b.addedAt || (a.id < b.id ? -1 : 1));
      highlights = withHighlights ? await readAll(db.highlights, (n) => onProgress?.({ phase: 'read', done: papers.length + n, total }), signal) : [];
    }
    const tables: LibrarySnapshot['tables'] = {};
    for (const table of extra) tables[table.name] = await table.toArray();
    return { papers, highlights, tables };
  });
}

/** What an import brings: a validated backup and how to apply it, or references for the list. */
export type ImportSource =
  | { kind: 'backup'; backup: Backup; mode: 'restore' | 'merge' }
  | { kind: 'references'; refs: ImportedRef[] };

/** Optional-table rows must carry their table's key; checked before the preview, so a bad row never reaches a write. */
function checkTableRows(db: MarginaliaDB, work: ImportPlan): void {
  for (const table of optionalTables(db)) {
    const rows = work.tables[table.name] ?? [];
    const bad = rows.findIndex((row) => keyOf(table, row) === undefined);
    if (bad >= 0) throw new Error(`The backup's ${table.name} row ${bad + 1} has no "${String(table.schema.primKey.keyPath)}", so nothing was imported.`);
  }
}

function plan(db: MarginaliaDB, source: ImportSource, current: LibrarySnapshot, now: number, makeId: () => string): ImportPlan {
  if (source.kind === 'references') return planReferences(current.papers, source.refs, now, makeId);
  const work = source.mode === 'restore' ? planRestore(current, source.backup) : planMerge(current, source.backup);
  checkTableRows(db, work);
  return work;
}

/** What an import would change, computed from the library as it is; writes nothing. */
export async function previewImport(db: MarginaliaDB, source: ImportSource, now: number, options: LongTaskOptions = {}): Promise<ImportSummary> {
  const current = await readSnapshot(db, options);
  return plan(db, source, current, now, () => 'preview').summary;
}

/** Options of applyImport. */
export interface ApplyOptions extends LongTaskOptions {
  now: number;
  makeId?: () => string;
  /** The preview the user confirmed: if the library changed since and the import would now do otherwise, nothing is written. */
  expected?: ImportSummary;
}

async function putAll<T>(table: Table<T>, rows: readonly T[], progress: (n: number) => void, signal?: AbortSignal): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    checkAbort(signal);
    await table.bulkPut(rows.slice(i, i + CHUNK) as T[]);
    progress(Math.min(i + CHUNK, rows.length));
  }
}

/**
 * Applies an import in one read-write transaction: the plan is made again from the
 * library inside the transaction (so it cannot be stale), checked against the confirmed
 * preview, and written in chunks. Any error or cancellation leaves the library as it was.
 */
export async function applyImport(db: MarginaliaDB, source: ImportSource, options: ApplyOptions): Promise<ImportSummary> {
  const { signal, onProgress, now, makeId = () => crypto.randomUUID(), expected } = options;
  const extra = optionalTables(db);
  return db.transaction('rw', [db.papers, db.highlights, ...extra], async () => {
    const current = await readSnapshot(db, { signal });
    const work = plan(db, source, current, now, makeId);
    if (expected && !sameSummary(expected, work.summary)) {
      throw new Error('Your library changed since the preview, so nothing was imported. Please review the new preview.');
    }
    checkAbort(signal);
    if (work.replace) {
      await db.papers.clear();
      await db.highlights.clear();
    }
    const rows = Object.values(work.tables).reduce((n, r) => n + r.length, 0);
    const total = work.papers.length + work.highlights.length + rows;
    const report = (base: number) => (n: number) => onProgress?.({ phase: 'write', done: base + n, total });
    await putAll(db.papers, work.papers, report(0), signal);
    await putAll(db.highlights, work.highlights, report(work.papers.length), signal);
    let base = work.papers.length + work.highlights.length;
    for (const table of extra) {
      const incoming = work.tables[table.name];
      if (!incoming) continue;
      if (work.replace) await table.clear();
      // A merge keeps the rows already here: only rows with new keys are added.
      const keys = incoming.map((r) => keyOf(table, r));
      const have = work.replace || keys.some((k) => k === undefined) ? [] : await table.bulkGet(keys as never[]);
      await putAll(table, incoming.filter((_, i) => !have[i]), report(base), signal);
      base += incoming.length;
    }
    return work.summary;
  });
}
