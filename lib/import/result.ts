/** What every importer returns: the validated data, or every problem found, each naming its entry or line. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Most problems listed in one message; a file with thousands of bad entries needs only the first few. */
export const MAX_LISTED_ERRORS = 10;

/** A failed parse with the first problems listed and a count of the rest. */
export function failure<T>(errors: string[]): Parsed<T> {
  if (errors.length <= MAX_LISTED_ERRORS) return { ok: false, errors };
  const rest = errors.length - MAX_LISTED_ERRORS;
  return { ok: false, errors: [...errors.slice(0, MAX_LISTED_ERRORS), `…and ${rest} more problem${rest === 1 ? '' : 's'}.`] };
}

/** The 1-based line of a character offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** JSON.parse with a message that names the line and column of a syntax error. */
export function parseJson(text: string): Parsed<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    if (!at) return { ok: false, errors: [`This file is not valid JSON: ${message}`] };
    const offset = Number(at[1]);
    const line = lineAt(text, offset);
    const column = offset - text.lastIndexOf('\n', offset - 1);
    return { ok: false, errors: [`This file is not valid JSON (line ${line}, column ${column}): ${message.replace(/ in JSON at position \d+.*$/, '')}.`] };
  }
}
