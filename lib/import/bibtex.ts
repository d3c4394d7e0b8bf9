/**
 * BibTeX import (Zotero, Better BibTeX, Google Scholar, DBLP, our own export), parsed by
 * @retorquere/bibtex-parser — the parser behind Better BibTeX — rather than by hand.
 * Any parse error refuses the whole file, naming the entry and line.
 */
import { parse, type Entry, type Options } from '@retorquere/bibtex-parser';
import { checkAbort, yieldToUi, type LongTaskOptions } from '../long-task';
import { creatorName, plainText, prepareBibtex } from './bibtex-text';
import { lineFinder, splitBibtex, type BibPiece } from './bibtex-split';
import { finishRef, type ImportedRef } from './reference';
import { failure, type Parsed } from './result';

const OPTIONS: Options = { english: false, sentenceCase: false, caseProtection: 'strict', unsupported: 'ignore' };

function fieldText(entry: Entry, name: string): string | undefined {
  const value = (entry.fields as Record<string, unknown>)[name];
  return typeof value === 'string' ? plainText(value) : undefined;
}

function refOf(entry: Entry, label: string, errors: string[]): ImportedRef | undefined {
  const f = entry.fields;
  const text = (name: string) => fieldText(entry, name);
  return finishRef(
    {
      label,
      title: text('title'),
      authors: (f.author ?? f.editor ?? []).map(creatorName),
      date: text('year') ?? text('date'),
      venue: text('journal') ?? text('journaltitle') ?? text('booktitle'),
      abstract: text('abstract'),
      url: text('url'),
      tags: f.keywords ?? [],
      note: text('annote') ?? text('annotation'),
      idSources: {
        eprint: text('eprint'),
        eprintType: text('archiveprefix') ?? text('eprinttype'),
        doi: text('doi'),
        url: text('url'),
        texts: [text('journal'), text('volume'), text('note'), text('number')],
      },
    },
    errors,
  );
}

const KEY = /^@\s*\w+\s*[{(]\s*([^,\s]*)/;

/** Parses one piece, naming entries and errors by key and line in the whole file. */
function parsePiece(piece: BibPiece, strings: Record<string, string>, lineOf: (offset: number) => number, refs: ImportedRef[], errors: string[]): void {
  const label = (offset: number) => {
    const key = KEY.exec(piece.text.slice(offset, offset + 300))?.[1];
    return `${key ? `Entry "${key}"` : 'The entry'} (line ${lineOf(piece.start + offset)})`;
  };
  let library: ReturnType<typeof parse>;
  try {
    library = parse(piece.text, { ...OPTIONS, strings });
  } catch (error) {
    errors.push(`${label(0)}: ${(error as Error).message}`);
    return;
  }
  for (const e of library.errors) {
    // Positions in the parser's message count from the piece, so the label gives the line.
    const message = e.error.replace(/ at line \d+, column \d+/, '');
    let at = e.input ? piece.text.indexOf(e.input) : -1;
    if (at < 0) {
      // `Unresolved @string reference "foo"`: point at the entry that uses the name.
      const name = /"([^"]{1,100})"/.exec(e.error)?.[1];
      const use = name ? piece.text.search(new RegExp(`[=#]\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`)) : -1;
      at = use >= 0 ? piece.text.lastIndexOf('@', use) : 0;
    }
    errors.push(`${label(Math.max(0, at))}: ${message}`);
  }
  let cursor = 0;
  for (const entry of library.entries) {
    const at = piece.text.indexOf(entry.input, cursor);
    if (at >= 0) cursor = at;
    const ref = refOf(entry, label(Math.max(0, at)), errors);
    if (ref) refs.push(ref);
  }
}

function setup(input: string) {
  const text = prepareBibtex(input);
  const { strings, pieces } = splitBibtex(text);
  const defined = strings ? parse(strings, OPTIONS).strings : {};
  return { pieces, strings: defined, lineOf: lineFinder(text) };
}

function finish(refs: ImportedRef[], errors: string[]): Parsed<ImportedRef[]> {
  if (errors.length) return failure(errors);
  if (!refs.length) return { ok: false, errors: ['No BibTeX entries were found in this file.'] };
  return { ok: true, value: refs };
}

/** Every reference in a .bib file, or every problem with it. */
export function parseBibtex(input: string): Parsed<ImportedRef[]> {
  const { pieces, strings, lineOf } = setup(input);
  const refs: ImportedRef[] = [];
  const errors: string[] = [];
  for (const piece of pieces) parsePiece(piece, strings, lineOf, refs, errors);
  return finish(refs, errors);
}

/** parseBibtex for long files: yields to the UI between pieces, reports progress, can be cancelled. */
export async function parseBibtexAsync(input: string, options: LongTaskOptions = {}): Promise<Parsed<ImportedRef[]>> {
  const { pieces, strings, lineOf } = setup(input);
  const refs: ImportedRef[] = [];
  const errors: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    await yieldToUi();
    checkAbort(options.signal);
    parsePiece(pieces[i]!, strings, lineOf, refs, errors);
    options.onProgress?.({ phase: 'read', done: i + 1, total: pieces.length });
  }
  return finish(refs, errors);
}
