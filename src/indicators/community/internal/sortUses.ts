/**
 * Orders records by program id, then by their index within the program: an order that does not
 * depend on the order of the input.
 *
 * @param a - The first record.
 * @param b - The second record.
 * @returns A negative number, zero or a positive number, as `Array.prototype.sort` expects.
 * @internal
 */
export function byProgramThenIndex(
  a: { readonly programId: string; readonly index: number },
  b: { readonly programId: string; readonly index: number },
): number {
  if (a.programId !== b.programId) return a.programId < b.programId ? -1 : 1;
  return a.index - b.index;
}
