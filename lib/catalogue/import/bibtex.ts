/**
 * Streaming split of a .bib file into pieces of whole entries (lib/import/bibtex-split.ts
 * does the same for a file in memory): an entry starts at an `@` outside braces. Each
 * piece carries the file's `@string` definitions seen so far, so the parser can expand them.
 */
import type { TextChunks } from './types';

/** Entries per piece: the parser is fastest on pieces of a few dozen entries. */
const PER_PIECE = 50;

/** Some whole entries, preceded by the `@string` definitions; `line` is the file line that the piece's line 1 stands for. */
export interface StreamedPiece {
  text: string;
  line: number;
}

const countLines = (text: string): number => {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
};

/** Pieces of at most PER_PIECE entries, in file order. */
export async function* streamBibtexPieces(chunks: TextChunks): AsyncGenerator<StreamedPiece> {
  let buffer = '';
  let bufferLine = 1; // file line of buffer[0]
  let depth = 0;
  let scanned = 0; // buffer offset scanned so far
  let escaped = false;
  let strings = '';
  const starts: number[] = []; // entry starts in buffer
  const piece = (end: number): StreamedPiece | undefined => {
    const text = buffer.slice(0, end);
    const line = bufferLine;
    bufferLine += countLines(text);
    buffer = buffer.slice(end);
    scanned -= end;
    for (let k = 0; k < starts.length; k++) starts[k] = starts[k]! - end;
    const entries = text.replace(/@\s*string\s*[{(][^]*?(?=@|$)/gi, (definition) => {
      strings += `${definition.trim()}\n`;
      return '\n'.repeat(countLines(definition));
    });
    if (!/@/.test(entries)) return undefined;
    return { text: strings + entries, line: line - countLines(strings) };
  };
  for await (const chunk of chunks) {
    buffer += chunk;
    for (; scanned < buffer.length; scanned++) {
      const c = buffer.charCodeAt(scanned);
      if (escaped) escaped = false;
      else if (c === 92) escaped = true;
      else if (c === 123) depth++;
      else if (c === 125) depth = Math.max(0, depth - 1);
      else if (c === 64 && depth === 0) starts.push(scanned);
    }
    // Keep the last (perhaps unfinished) entry; hand over the complete ones before it.
    while (starts.length > PER_PIECE) {
      const cut = starts[PER_PIECE]!;
      starts.splice(0, PER_PIECE);
      const out = piece(cut);
      if (out) yield out;
    }
  }
  while (buffer.trim()) {
    const cut = starts.length > PER_PIECE ? starts[PER_PIECE]! : buffer.length;
    starts.splice(0, PER_PIECE);
    const out = piece(cut);
    if (out) yield out;
  }
}
