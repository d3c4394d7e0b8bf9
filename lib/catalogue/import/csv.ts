/**
 * A streaming CSV reader (RFC 4180: commas, double-quoted fields that may hold commas,
 * quotes as "" and line breaks). The first record is the header; a `title` column is
 * required, `id`, `authors`, `year`, `url` (and `abstract`, `doi`, `arxiv`) are read if present.
 */
import { CatalogueParseError, type TextChunks } from './types';

/** One data record by header name, and the line it starts on. */
export interface CsvRecord {
  fields: Record<string, string>;
  line: number;
}

/** The raw records of a CSV text: arrays of fields, each with its starting line. */
async function* records(chunks: TextChunks): AsyncGenerator<{ fields: string[]; line: number }> {
  let fields: string[] = [];
  let field = '';
  let quoted = false; // inside a quoted field
  let afterQuote = false; // just read a quote inside a quoted field: "" or the closing quote
  let line = 1;
  let recordLine = 1;
  let first = true;
  let pendingCr = false;
  for await (let chunk of chunks) {
    if (first && chunk.length) {
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      first = false;
    }
    let start = 0; // run of plain characters not yet copied into `field`
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (pendingCr) {
        pendingCr = false;
        if (c === 10) {
          start = i + 1;
          continue;
        }
      }
      if (quoted) {
        if (afterQuote) {
          afterQuote = false;
          if (c === 34) {
            start = i + 1; // "" is one quote, already copied
            field += '"';
            continue;
          }
          quoted = false; // the quote closed the field: fall through to the unquoted rules
        } else {
          if (c === 10) line++;
          if (c === 34) {
            field += chunk.slice(start, i);
            start = i + 1;
            afterQuote = true;
          }
          continue;
        }
      }
      if (c === 34) {
        if (field.length || i > start) throw new CatalogueParseError('a quote inside an unquoted field', line);
        quoted = true;
        start = i + 1;
      } else if (c === 44) {
        fields.push(field + chunk.slice(start, i));
        field = '';
        start = i + 1;
      } else if (c === 10 || c === 13) {
        fields.push(field + chunk.slice(start, i));
        field = '';
        start = i + 1;
        yield { fields, line: recordLine };
        fields = [];
        line++;
        recordLine = line;
        if (c === 13) pendingCr = true;
      }
    }
    if (quoted && !afterQuote) field += chunk.slice(start);
    else if (!quoted) field += chunk.slice(start);
  }
  if (quoted && !afterQuote) throw new CatalogueParseError('a quoted field is never closed', recordLine);
  if (field.length || fields.length) {
    fields.push(field);
    yield { fields, line: recordLine };
  }
}

/** The data records of a CSV file keyed by lower-cased header names; blank lines are skipped. */
export async function* csvRecords(chunks: TextChunks): AsyncGenerator<CsvRecord> {
  let header: string[] | undefined;
  for await (const { fields, line } of records(chunks)) {
    if (fields.length === 1 && fields[0]!.trim() === '') continue;
    if (!header) {
      header = fields.map((f) => f.trim().toLowerCase());
      if (!header.includes('title')) throw new CatalogueParseError('the CSV header has no "title" column', line);
      continue;
    }
    if (fields.length > header.length) throw new CatalogueParseError(`${fields.length} fields where the header has ${header.length}`, line);
    const record: Record<string, string> = {};
    header.forEach((name, i) => {
      if (name && fields[i] !== undefined) record[name] = fields[i]!;
    });
    yield { fields: record, line };
  }
  if (!header) throw new CatalogueParseError('the file is empty');
}
