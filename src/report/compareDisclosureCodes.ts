/**
 * Orders standard disclosure codes by their numbers: `GRI 2-8` < `GRI 14` < `GRI 14.10` <
 * `GRI 201-1`.
 *
 * @remarks
 * The numbers of each code are compared in turn; a code that runs out of numbers comes first;
 * codes with the same numbers fall back to plain string order.
 *
 * @param a - A code.
 * @param b - Another code.
 * @returns Negative when `a` comes first, positive when `b` does, 0 when equal.
 * @internal
 */
export function compareDisclosureCodes(a: string, b: string): number {
  const x = Array.from(a.matchAll(/\d+/g), (m) => Number(m[0]));
  const y = Array.from(b.matchAll(/\d+/g), (m) => Number(m[0]));
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1);
    if (d !== 0) return d;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}
