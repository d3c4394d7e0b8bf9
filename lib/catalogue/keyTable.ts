/**
 * A multimap from string keys to entry numbers that keeps only 32-bit hashes, not the
 * keys: at a million titles the strings would cost ~100 MB, the hashes ~16 MB. The
 * price is that a hit may be a hash collision, so callers verify it against the entry, or
 * ask `lookupExact`, which also compares a second independent hash.
 */

/** FNV-1a, 32 bits: fast and good enough to spread title keys over the table. */
export function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A second, independent 32-bit hash (multiplicative, other constants): with hash32 it makes
 * a 64-bit fingerprint, so `lookupExact` can vouch for a key without reading the entry. */
export function check32(text: string): number {
  let hash = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x5bd1e995);
    hash ^= hash >>> 15;
  }
  return (hash ^ (hash >>> 13)) >>> 0;
}

/** A KeyTable's contents as plain typed arrays (for IndexedDB). */
export interface KeyTableData {
  hashes: Uint32Array;
  checks: Uint32Array;
  slots: Int32Array;
  count: number;
}

/** Open addressing with linear probing; grows at half full so probe runs stay short. */
export class KeyTable {
  private hashes: Uint32Array;
  private checks: Uint32Array;
  // Entry number + 1, so that 0 marks an empty slot without a second array.
  private slots: Int32Array;
  private count = 0;

  constructor(expected = 8) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.hashes = new Uint32Array(capacity);
    this.checks = new Uint32Array(capacity);
    this.slots = new Int32Array(capacity);
  }

  /** A table over saved arrays (not copied: they must not change afterwards). */
  static fromData(data: KeyTableData): KeyTable {
    const table = new KeyTable();
    table.hashes = data.hashes;
    table.checks = data.checks;
    table.slots = data.slots;
    table.count = data.count;
    return table;
  }

  /** The table's arrays, shared, not copied. */
  toData(): KeyTableData {
    return { hashes: this.hashes, checks: this.checks, slots: this.slots, count: this.count };
  }

  /** Adds one key → entry pair; the same key may be added for several entries. */
  add(key: string, entry: number): void {
    if ((this.count + 1) * 2 > this.slots.length) this.grow();
    this.place(hash32(key), check32(key), entry + 1);
    this.count++;
  }

  /** Entry numbers whose key hashes like `key`: a superset of the true hits. */
  lookup(key: string): number[] {
    const hash = hash32(key);
    const mask = this.slots.length - 1;
    const found: number[] = [];
    for (let i = hash & mask; this.slots[i] !== 0; i = (i + 1) & mask) {
      if (this.hashes[i] === hash) found.push((this.slots[i] as number) - 1);
    }
    return found;
  }

  /** Entry numbers whose key matches `key` in both hashes: true hits but for a 2^-64 chance. */
  lookupExact(key: string): number[] {
    const hash = hash32(key);
    const check = check32(key);
    const mask = this.slots.length - 1;
    const found: number[] = [];
    for (let i = hash & mask; this.slots[i] !== 0; i = (i + 1) & mask) {
      if (this.hashes[i] === hash && this.checks[i] === check) found.push((this.slots[i] as number) - 1);
    }
    return found;
  }

  private place(hash: number, check: number, slot: number): void {
    const mask = this.slots.length - 1;
    let i = hash & mask;
    while (this.slots[i] !== 0) i = (i + 1) & mask;
    this.hashes[i] = hash;
    this.checks[i] = check;
    this.slots[i] = slot;
  }

  private grow(): void {
    const { hashes, checks, slots } = this;
    this.hashes = new Uint32Array(slots.length * 2);
    this.checks = new Uint32Array(slots.length * 2);
    this.slots = new Int32Array(slots.length * 2);
    for (let i = 0; i < slots.length; i++) {
      if (slots[i] !== 0) this.place(hashes[i] as number, checks[i] as number, slots[i] as number);
    }
  }
}
