/** Reading a catalogue file in pieces, so that a file of gigabytes is never in memory whole. */

/** Bytes read per piece: big enough that reading is not the bottleneck, small enough for smooth progress. */
const PIECE = 1 << 20;

/**
 * The file's text as UTF-8 chunks, decoded piece by piece (a character split between two
 * pieces is carried over by the streaming decoder); `onBytes` reports how far it got.
 */
export async function* fileChunks(file: Blob, onBytes: (bytes: number) => void = () => undefined): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let at = 0; at < file.size; at += PIECE) {
    const end = Math.min(file.size, at + PIECE);
    const bytes = new Uint8Array(await file.slice(at, end).arrayBuffer());
    const text = decoder.decode(bytes, { stream: end < file.size });
    onBytes(end);
    if (text) yield text;
  }
}

/** The first characters of a file, for telling its format. */
export async function fileHead(file: Blob, bytes = 8192): Promise<string> {
  return new TextDecoder().decode(await file.slice(0, bytes).arrayBuffer());
}
