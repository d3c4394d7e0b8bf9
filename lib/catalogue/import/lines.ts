/** Splitting a chunked text into lines, with their numbers, for the line-based formats. */
import type { TextChunks } from './types';

/** One line of the file without its line break, and its 1-based number. */
export interface NumberedLine {
  text: string;
  line: number;
}

/** The lines of the text: LF or CRLF breaks, a leading byte-order mark dropped, a last line without a break kept. */
export async function* linesOf(chunks: TextChunks): AsyncGenerator<NumberedLine> {
  let rest = '';
  let line = 0;
  let first = true;
  for await (let chunk of chunks) {
    if (first && chunk.length) {
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      first = false;
    }
    rest += chunk;
    let start = 0;
    for (let nl = rest.indexOf('\n'); nl !== -1; nl = rest.indexOf('\n', start)) {
      const end = nl > start && rest.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      yield { text: rest.slice(start, end), line: ++line };
      start = nl + 1;
    }
    rest = rest.slice(start);
  }
  if (rest.length) yield { text: rest.endsWith('\r') ? rest.slice(0, -1) : rest, line: ++line };
}

/** Drops a leading byte-order mark from the first chunk (for the formats that are not line-based). */
export async function* withoutBom(chunks: TextChunks): AsyncGenerator<string> {
  let first = true;
  for await (const chunk of chunks) {
    if (first && chunk.length) {
      first = false;
      if (chunk.charCodeAt(0) === 0xfeff) {
        if (chunk.length > 1) yield chunk.slice(1);
        continue;
      }
    }
    yield chunk;
  }
}
