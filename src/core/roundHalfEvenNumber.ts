/**
 * Rounds a finite number to the nearest integer, ties to even.
 *
 * @param value - The number to round.
 * @returns The nearest integer; `x.5` goes to the even neighbour.
 * @internal
 */
export function roundHalfEvenNumber(value: number): number {
  const floor = Math.floor(value);
  const diff = value - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}
