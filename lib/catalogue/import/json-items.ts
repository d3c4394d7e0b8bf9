/**
 * A streaming reader for JSON files that are one big array (CSL-JSON, Hugging Face daily
 * papers) or an object holding one (the Marginalia catalogue's `papers`): it yields each
 * array element's text as soon as it is complete, so a large file is never parsed whole.
 * It only tracks strings and nesting; each element is then checked by JSON.parse.
 */
import { CatalogueParseError, type TextChunks } from './types';

/** One array element: its JSON text, its 1-based number, and the line it starts on. */
export interface JsonItem {
  text: string;
  index: number;
  line: number;
}

/** Where the array is: the top-level value itself, or the value of a top-level key. */
export type ArrayPlace = { root: true } | { key: string };

/**
 * The elements of the array at `place`. Top-level string fields of an enclosing object
 * are collected into `header` (e.g. the catalogue's `name`) as they pass.
 */
export async function* jsonItems(chunks: TextChunks, place: ArrayPlace, header: Record<string, string> = {}): AsyncGenerator<JsonItem> {
  const itemDepth = 'root' in place ? 1 : 2;
  const key = 'key' in place ? place.key : undefined;
  const keyed = key !== undefined;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let line = 1;
  let inTarget = false;
  let found = false;
  // The open element: its parts from earlier chunks, and where it starts in this one.
  let open = false;
  let from = 0;
  let parts: string[] = [];
  let itemLine = 0;
  let count = 0;
  // Strings at depth 1 of the enclosing object (its keys and values), captured the same way.
  let capturing = false;
  let stringFrom = 0;
  let stringParts: string[] = [];
  let lastKey: string | undefined;
  let expectValueOf: string | undefined;

  for await (const chunk of chunks) {
    from = 0;
    stringFrom = 0;
    const begin = (i: number): void => {
      open = true;
      from = i;
      parts = [];
      itemLine = line;
    };
    const finish = (end: number): JsonItem => {
      const text = (parts.join('') + chunk.slice(from, end)).trim();
      open = false;
      parts = [];
      return { text, index: ++count, line: itemLine };
    };
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === 10) line++;
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 92) escaped = true;
        else if (c === 34) {
          inString = false;
          if (capturing) {
            capturing = false;
            const text = stringParts.join('') + chunk.slice(stringFrom, i);
            stringParts = [];
            if (expectValueOf !== undefined) header[expectValueOf] = safeString(text);
            expectValueOf = undefined;
            lastKey = text;
          }
        }
        continue;
      }
      if (c <= 32) continue;
      if (c === 34) {
        inString = true;
        if (keyed && depth === 1) ((capturing = true), (stringFrom = i + 1), (stringParts = []));
        if (inTarget && depth === itemDepth && !open) begin(i);
        continue;
      }
      if (c === 58) {
        if (keyed && depth === 1) expectValueOf = lastKey; // a string right after is this key's value
        continue;
      }
      if (c === 123 || c === 91) {
        const target = c === 91 && depth === itemDepth - 1 && (keyed ? lastKey === key && depth === 1 : depth === 0);
        if (!inTarget && !found && target) inTarget = found = true;
        else if (inTarget && depth === itemDepth && !open) begin(i);
        if (depth === 1) expectValueOf = undefined;
        depth++;
        continue;
      }
      if (c === 125 || c === 93) {
        depth--;
        if (depth < 0) throw new CatalogueParseError('unbalanced brackets', line);
        if (inTarget && depth === itemDepth - 1) {
          // The array closes: its last element (no comma after it) ends here.
          if (open) yield finish(i);
          inTarget = false;
        }
        continue;
      }
      if (c === 44) {
        if (inTarget && depth === itemDepth && open) yield finish(i);
        if (depth === 1) ((expectValueOf = undefined), (lastKey = undefined));
        continue;
      }
      // A number, true, false or null.
      if (inTarget && depth === itemDepth && !open) begin(i);
      if (depth === 1) expectValueOf = undefined;
    }
    if (open) parts.push(chunk.slice(from));
    if (capturing) stringParts.push(chunk.slice(stringFrom));
  }
  if (depth !== 0 || inString) throw new CatalogueParseError('the file ends in the middle of a JSON value', line);
  if (!found) throw new CatalogueParseError(keyed ? `the file has no "${key}" array` : 'the file is not a JSON array');
}

// Header values are short names; anything odd is dropped rather than trusted.
function safeString(raw: string): string {
  try {
    return String(JSON.parse(`"${raw}"`)).slice(0, 200);
  } catch {
    return '';
  }
}

/** Parses one element's text, naming it in the error when it is not valid JSON. */
export function parseItem(item: JsonItem): unknown {
  try {
    return JSON.parse(item.text);
  } catch (error) {
    throw new CatalogueParseError(`item ${item.index} is not valid JSON (${(error as Error).message})`, item.line);
  }
}
