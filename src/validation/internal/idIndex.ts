/** The FNV-1a hash of a string's UTF-16 code units, 32 bits. */
function hashOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

/** A copy of a typed array in one twice as long (or as long as `least`, if more). */
function grown<T extends Uint16Array | Int32Array>(array: T, least: number): T {
  const next = new (array.constructor as new (length: number) => T)(
    Math.max(array.length * 2, least),
  );
  next.set(array);
  return next;
}

/**
 * The ids seen so far and the position each was first seen at, kept compactly: an id costs its
 * UTF-16 code units (2 bytes each) and 12 bytes, plus a slot of the hash table, against some
 * 100 bytes for a string held in a `Map`. Exact: ids with the same hash are told apart by their
 * characters.
 *
 * @internal
 */
export class IdIndex {
  #chars = new Uint16Array(4096);
  #charsUsed = 0;
  #starts = new Int32Array(256);
  #lengths = new Int32Array(256);
  #positions = new Int32Array(256);
  #hashes = new Int32Array(256);
  #count = 0;
  /** Entry number + 1 by slot, 0 for an empty slot; its length is a power of two. */
  #table = new Int32Array(512);

  /** How many distinct ids are held. */
  get size(): number {
    return this.#count;
  }

  /**
   * The position an id was first seen at; when it is new, it is recorded at `position`.
   *
   * @param id - The id.
   * @param position - Where it is seen now (a non-negative integer below 2³¹).
   * @returns The earlier position, or `-1` when the id is new.
   */
  firstOrAdd(id: string, position: number): number {
    const hash = hashOf(id);
    const mask = this.#table.length - 1;
    let slot = hash & mask;
    for (
      let entry = this.#table[slot] as number;
      entry !== 0;
      entry = this.#table[slot] as number
    ) {
      if (this.#hashes[entry - 1] === hash && this.#same(entry - 1, id))
        return this.#positions[entry - 1] as number;
      slot = (slot + 1) & mask;
    }
    this.#append(id, hash, position);
    this.#table[slot] = this.#count;
    if (this.#count * 2 > this.#table.length) this.#rehash();
    return -1;
  }

  /** Whether entry `e` holds these characters. */
  #same(e: number, id: string): boolean {
    if (this.#lengths[e] !== id.length) return false;
    const start = this.#starts[e] as number;
    for (let i = 0; i < id.length; i++)
      if (this.#chars[start + i] !== id.charCodeAt(i)) return false;
    return true;
  }

  /** Stores a new entry's characters, hash and position. */
  #append(id: string, hash: number, position: number): void {
    const e = this.#count;
    if (e === this.#starts.length) {
      this.#starts = grown(this.#starts, e + 1);
      this.#lengths = grown(this.#lengths, e + 1);
      this.#positions = grown(this.#positions, e + 1);
      this.#hashes = grown(this.#hashes, e + 1);
    }
    if (this.#charsUsed + id.length > this.#chars.length)
      this.#chars = grown(this.#chars, this.#charsUsed + id.length);
    const start = this.#charsUsed;
    for (let i = 0; i < id.length; i++) this.#chars[start + i] = id.charCodeAt(i);
    this.#charsUsed += id.length;
    this.#starts[e] = start;
    this.#lengths[e] = id.length;
    this.#positions[e] = position;
    this.#hashes[e] = hash;
    this.#count = e + 1;
  }

  /** Doubles the hash table and places every entry again. */
  #rehash(): void {
    const table = new Int32Array(this.#table.length * 2);
    const mask = table.length - 1;
    for (let e = 0; e < this.#count; e++) {
      let slot = (this.#hashes[e] as number) & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = e + 1;
    }
    this.#table = table;
  }
}
