/**
 * A digest of a multiset of rows that does not depend on their order: the sum, modulo 2^32, of
 * two FNV-1a hashes (distinct offsets) of each row's text.
 *
 * @remarks
 * Deterministic (no clock, no random number): the same cube always gives the same digest,
 * whatever order the engine returned its rows in.
 *
 * @internal
 */
export class CubeHash {
  #low = 0;
  #high = 0;
  #rows = 0;

  /**
   * Adds a row's text.
   *
   * @param text - The canonical text of the row.
   */
  add(text: string): void {
    let a = 0x811c9dc5;
    let b = 0x01000193;
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 15);
    }
    this.#low = (this.#low + (a >>> 0)) >>> 0;
    this.#high = (this.#high + (b >>> 0)) >>> 0;
    this.#rows += 1;
  }

  /**
   * The digest.
   *
   * @returns The rows read and the two sums, as hexadecimal text.
   */
  digest(): string {
    const hex = (n: number): string => n.toString(16).padStart(8, '0');
    return `${this.#rows.toString(36)}-${hex(this.#high)}${hex(this.#low)}`;
  }
}
