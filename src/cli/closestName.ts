/**
 * The edit distance of two words: insertions, deletions, substitutions and swaps of two
 * neighbouring characters each cost 1 (optimal string alignment).
 */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const above = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (above[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/**
 * The known name closest to a mistyped one, for a "did you mean" hint: the name at the smallest
 * edit distance, when that distance is at most a third of the word's length (at least 1).
 *
 * @remarks
 * Words longer than 64 characters get no hint (the distance table grows with the product of
 * the lengths). Ties go to the first name in `names`.
 *
 * @param word - What was typed, e.g. `'fromat'`.
 * @param names - The known names, e.g. `['format', 'out']`.
 * @returns The closest name, or `undefined` when none is close.
 *
 * @example
 * ```ts
 * closestName('fromat', ['format', 'out']);
 * //=> 'format'
 * ```
 *
 * @internal
 */
export function closestName(word: string, names: readonly string[]): string | undefined {
  if (word.length === 0 || word.length > 64) return undefined;
  const limit = Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const name of names) {
    const distance = editDistance(word, name);
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}
