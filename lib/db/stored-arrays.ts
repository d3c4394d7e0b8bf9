/**
 * Typed arrays kept in IndexedDB as Blobs. A record holding a catalogue's whole match index
 * (~130 MB at a million entries) stored as typed arrays is deserialised in one piece on the
 * reading thread: in Chromium, 64 MB took ≈1.2 s to read, ≈0.4 s of it blocking the thread
 * (a service worker then answers no message). The same bytes as a Blob read in ≈0.25 s, with
 * the record itself only a few handles and the bytes arriving in small tasks
 * (scripts/bench/cataloguesInWorker.ts measures the worker). Blobs survive the transaction
 * that read them, so a reader may take its time.
 */

const ARRAY_TYPES = { Uint8Array, Uint32Array, Int32Array } as const;

/** The names of the typed arrays this module stores. */
export type StoredArrayType = keyof typeof ARRAY_TYPES;

/** A typed array as stored: its type's name and its bytes as a Blob. */
export interface StoredArray {
  stored: 'blob';
  type: StoredArrayType;
  blob: Blob;
}

/** `T` with its typed arrays (at any depth of plain objects) replaced by StoredArrays. */
export type Stored<T> = T extends Uint8Array | Uint32Array | Int32Array ? StoredArray : T extends object ? { [K in keyof T]: Stored<T[K]> } : T;

const typeOf = (value: ArrayBufferView): StoredArrayType | undefined =>
  (Object.keys(ARRAY_TYPES) as StoredArrayType[]).find((name) => value instanceof ARRAY_TYPES[name]);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

const isStoredArray = (value: unknown): value is StoredArray =>
  isPlainObject(value) && value.stored === 'blob' && typeof (value.blob as Blob | undefined)?.arrayBuffer === 'function';

/** The value to store: each typed array becomes a StoredArray (a copy of its bytes); the rest is kept. */
export function toStored<T>(value: T): Stored<T> {
  if (ArrayBuffer.isView(value)) {
    const type = typeOf(value);
    if (!type) throw new TypeError(`Cannot store a ${value.constructor.name} as a Blob.`);
    return { stored: 'blob', type, blob: new Blob([value as unknown as Uint8Array<ArrayBuffer>]) } satisfies StoredArray as Stored<T>;
  }
  if (!isPlainObject(value)) return value as Stored<T>;
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, toStored(v)])) as Stored<T>;
}

let reading: Promise<unknown> = Promise.resolve();

// A Blob's bytes, read once every read asked before it is done: a lookup's small IndexedDB
// reads, made while a catalogue's whole index loads (~145 MB at a million entries, a dozen
// Blobs), then wait for one Blob instead of for all of them at once (measured in Chromium:
// a page read waited up to 0.36 s behind the parallel reads, up to 0.04-0.2 s behind one;
// the load itself took as long, ≈0.55 s; reading in 4 MB slices tripled it).
function readInTurn(blob: Blob): Promise<ArrayBuffer> {
  const read = (): Promise<ArrayBuffer> => blob.arrayBuffer();
  const turn = reading.then(read, read);
  reading = turn.catch(() => undefined);
  return turn;
}

/**
 * The stored value with its StoredArrays read back into typed arrays, one Blob after another (readInTurn).
 * Typed arrays stored as such (records written before this module) pass through unchanged.
 * Rejects when a Blob is unreadable or its size does not fit its type.
 */
export async function fromStored<T>(value: Stored<T> | T): Promise<T> {
  if (isStoredArray(value)) {
    const Type = ARRAY_TYPES[value.type];
    if (!Type) throw new TypeError(`Unknown stored array type "${String(value.type)}".`);
    const bytes = await readInTurn(value.blob);
    if (bytes.byteLength % Type.BYTES_PER_ELEMENT) throw new RangeError(`A stored ${value.type} has ${bytes.byteLength} bytes.`);
    return new Type(bytes) as T;
  }
  if (!isPlainObject(value)) return value as T;
  const entries = await Promise.all(Object.entries(value).map(async ([key, v]) => [key, await fromStored(v)] as const));
  return Object.fromEntries(entries) as T;
}
