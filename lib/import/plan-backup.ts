/** Plans for importing a backup: restore (replace everything) or merge into the library. */
import type { Backup } from '../export/backup-format';
import { OPTIONAL_TABLES } from '../export/backup-format';
import type { LibrarySnapshot } from '../export/snapshot';
import type { Highlight } from '../paper';
import { mergePaper } from './merge-paper';
import { noChanges, type ImportPlan, type ImportSummary } from './plan';
import { same } from './same';
import { WorkingSet } from './working-set';

function tablesOf(backup: Backup, available: readonly string[], summary: ImportSummary): ImportPlan['tables'] {
  const tables: ImportPlan['tables'] = {};
  for (const name of OPTIONAL_TABLES) {
    const rows = backup[name];
    if (!rows?.length) continue;
    if (!available.includes(name)) {
      summary.notes.push(`The backup's ${name} (${rows.length}) are not imported: this version of Marginalia does not keep ${name}.`);
      continue;
    }
    tables[name] = rows;
    summary.tables[name] = rows.length;
  }
  return tables;
}

/** Restore: the library becomes exactly the backup. Counts compare by id with what is there now. */
export function planRestore(current: LibrarySnapshot, backup: Backup): ImportPlan {
  const summary: ImportSummary = { papers: noChanges(), highlights: noChanges(), tables: {}, notes: [] };
  const count = <T extends { id: string }>(now: readonly T[], next: readonly T[], into: ImportSummary['papers']) => {
    const before = new Map(now.map((r) => [r.id, r]));
    for (const r of next) {
      const old = before.get(r.id);
      if (!old) into.added++;
      else if (same(old, r)) into.unchanged++;
      else into.updated++;
      before.delete(r.id);
    }
    into.removed = before.size;
  };
  count(current.papers, backup.papers, summary.papers);
  count(current.highlights, backup.highlights, summary.highlights);
  const tables = tablesOf(backup, Object.keys(current.tables), summary);
  return { replace: true, papers: backup.papers, highlights: backup.highlights, tables, summary };
}

/**
 * Merge: each backup paper joins the library paper with its id or any alias (the same
 * paper saved on two machines has two ids) field by field; highlights join by id, the
 * newer edit winning, and follow their paper to its library id.
 */
export function planMerge(current: LibrarySnapshot, backup: Backup): ImportPlan {
  const summary: ImportSummary = { papers: noChanges(), highlights: noChanges(), tables: {}, notes: [] };
  const set = new WorkingSet(current.papers);
  const paperIdOf = new Map<string, string>();
  for (const incoming of backup.papers) {
    const target = set.find(incoming.id, incoming.aliases);
    if (target) {
      set.replace(mergePaper(target, incoming, (alias) => set.takenByOther(alias, target.id)));
      paperIdOf.set(incoming.id, target.id);
    } else {
      set.add(incoming);
      paperIdOf.set(incoming.id, incoming.id);
    }
  }
  const papers = set.result();
  Object.assign(summary.papers, { added: papers.added, updated: papers.updated, unchanged: papers.unchanged });

  const existing = new Map(current.highlights.map((h) => [h.id, h]));
  const highlights: Highlight[] = [];
  for (const h of backup.highlights) {
    const incoming = { ...h, paperId: paperIdOf.get(h.paperId) ?? h.paperId };
    const old = existing.get(h.id);
    if (!old) {
      highlights.push(incoming);
      summary.highlights.added++;
      continue;
    }
    const winner = incoming.updatedAt > old.updatedAt ? incoming : old;
    if (same(winner, old)) summary.highlights.unchanged++;
    else {
      highlights.push(winner);
      summary.highlights.updated++;
    }
  }
  const tables = tablesOf(backup, Object.keys(current.tables), summary);
  return { replace: false, papers: papers.papers, highlights, tables, summary };
}
