/**
 * Reading a JSON backup: parsed, checked against the format's zod schemas, then for
 * consistency. The papers and highlights are validated in chunks (a generator that pauses
 * between them), so that the async form can keep the page responsive on large backups.
 */
import { z } from 'zod';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupHighlightSchema, BackupPaperSchema, BackupSchema, type Backup } from '../export/backup-format';
import { checkAbort, CHUNK, yieldToUi, type LongTaskOptions } from '../long-task';
import { failure, parseJson, type Parsed } from './result';

type Raw = Record<string, unknown>;

// The file without its two big arrays, whose items are checked one chunk at a time.
const EnvelopeSchema = BackupSchema.extend({ papers: z.array(z.unknown()), highlights: z.array(z.unknown()) });

function itemName(list: 'papers' | 'highlights', index: number, item: unknown): string {
  const raw = item && typeof item === 'object' ? (item as Raw) : {};
  if (list === 'papers') return `Paper ${index + 1}${typeof raw.title === 'string' ? ` ("${raw.title.slice(0, 60)}")` : ''}`;
  return `Highlight ${index + 1}${typeof raw.id === 'string' ? ` ("${raw.id.slice(0, 60)}")` : ''}`;
}

function issueText(where: string, issue: z.core.$ZodIssue): string {
  const field = issue.path.map(String).join('.');
  return `${where}${field ? `, ${field}` : ''}: ${issue.message}`;
}

function consistency(backup: Backup): string[] {
  const errors: string[] = [];
  const papers = new Set<string>();
  backup.papers.forEach((p, i) => {
    if (papers.has(p.id)) errors.push(`Paper ${i + 1} ("${p.title.slice(0, 60)}") repeats the id "${p.id}".`);
    papers.add(p.id);
  });
  const highlights = new Set<string>();
  backup.highlights.forEach((h, i) => {
    if (highlights.has(h.id)) errors.push(`Highlight ${i + 1} repeats the id "${h.id}".`);
    highlights.add(h.id);
    if (!papers.has(h.paperId)) errors.push(`Highlight ${i + 1} ("${h.id}") belongs to a paper that is not in the backup.`);
  });
  return errors;
}

/** The validation, pausing (yielding the share done) after each chunk of items; returns the result. */
function* validate(text: string): Generator<number, Parsed<Backup>> {
  const json = parseJson(text);
  if (!json.ok) return json;
  const root = json.value;
  if (!root || typeof root !== 'object' || (root as Raw).format !== BACKUP_FORMAT) {
    return { ok: false, errors: ['This file is not a Marginalia backup (its "format" is not "marginalia-backup").'] };
  }
  const version = (root as Raw).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    return { ok: false, errors: [`This backup was made by a newer Marginalia (backup format ${version}); update the extension to import it.`] };
  }
  const envelope = EnvelopeSchema.safeParse(root);
  if (!envelope.success) return failure(envelope.error.issues.map((issue) => issueText('The backup', issue)));
  const errors: string[] = [];
  const lists = [['papers', BackupPaperSchema], ['highlights', BackupHighlightSchema]] as const;
  const total = envelope.data.papers.length + envelope.data.highlights.length;
  let done = 0;
  const checked: Record<string, unknown[]> = {};
  for (const [list, schema] of lists) {
    const items = envelope.data[list];
    const out: unknown[] = new Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const result = schema.safeParse(items[i]);
      if (result.success) out[i] = result.data;
      else for (const issue of result.error.issues) errors.push(issueText(itemName(list, i, items[i]), issue));
      if (++done % CHUNK === 0) yield done / total;
    }
    checked[list] = out;
  }
  if (errors.length) return failure(errors);
  const backup = { ...envelope.data, ...checked } as unknown as Backup;
  const problems = consistency(backup);
  return problems.length ? failure(problems) : { ok: true, value: backup };
}

/** A validated backup, or every problem with the file (each naming the paper or highlight). */
export function parseBackup(text: string): Parsed<Backup> {
  const steps = validate(text);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** parseBackup for large files: yields to the page between chunks, reports progress, can be cancelled. */
export async function parseBackupAsync(text: string, options: LongTaskOptions = {}): Promise<Parsed<Backup>> {
  const steps = validate(text);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    options.onProgress?.({ phase: 'read', done: Math.round(step.value * 100), total: 100 });
    await yieldToUi();
    checkAbort(options.signal);
  }
}
