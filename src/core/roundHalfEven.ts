/**
 * Divides two big integers and rounds the quotient half to even (banker's rounding).
 *
 * @param numerator - The dividend.
 * @param denominator - The divisor, greater than zero.
 * @returns The rounded quotient.
 * @internal
 */
export function roundHalfEven(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator; // truncates toward zero
  const remainder = numerator % denominator;
  if (remainder === 0n) return quotient;
  const twice = (remainder < 0n ? -remainder : remainder) * 2n;
  const away = numerator < 0n ? quotient - 1n : quotient + 1n;
  if (twice > denominator) return away;
  if (twice < denominator) return quotient;
  return quotient % 2n === 0n ? quotient : away;
}
