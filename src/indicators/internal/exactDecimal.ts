import { ImpactError } from '../../core/ImpactError.js';

/**
 * A decimal number held exactly as `digits × 10^-scale`.
 *
 * @internal
 */
export type ExactDecimal = { readonly digits: bigint; readonly scale: number };

const NUMBER_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;

/**
 * Reads a finite number as the exact decimal of its shortest round-trip text.
 *
 * @remarks
 * `String(1.4)` is `'1.4'`, so `exactDecimal(1.4)` is exactly 14 × 10^-1 (not the binary double
 * 1.399999…). Products and differences of such decimals are then exact, and only the final
 * conversion with {@link decimalToNumber} rounds (once, correctly).
 *
 * @param value - The finite number.
 * @returns The decimal.
 * @throws {@link ImpactError} `INVALID_NUMBER` when `value` is `NaN` or infinite.
 * @internal
 */
export function exactDecimal(value: number): ExactDecimal {
  const match = Number.isFinite(value) ? NUMBER_TEXT.exec(String(value)) : null;
  if (match === null) throw new ImpactError('INVALID_NUMBER', String(value));
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  const scale = fraction.length - Number(exponent);
  const digits = BigInt(`${sign}${whole}${fraction}`);
  return scale >= 0 ? { digits, scale } : { digits: digits * 10n ** BigInt(-scale), scale: 0 };
}

function aligned(a: ExactDecimal, b: ExactDecimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [
    a.digits * 10n ** BigInt(scale - a.scale),
    b.digits * 10n ** BigInt(scale - b.scale),
    scale,
  ];
}

/**
 * Adds two exact decimals.
 *
 * @param a - The first decimal.
 * @param b - The decimal to add.
 * @returns `a + b`, exactly.
 * @internal
 */
export function addDecimal(a: ExactDecimal, b: ExactDecimal): ExactDecimal {
  const [x, y, scale] = aligned(a, b);
  return { digits: x + y, scale };
}

/**
 * Subtracts one exact decimal from another.
 *
 * @param a - The decimal to subtract from.
 * @param b - The decimal to subtract.
 * @returns `a − b`, exactly.
 * @internal
 */
export function subtractDecimal(a: ExactDecimal, b: ExactDecimal): ExactDecimal {
  const [x, y, scale] = aligned(a, b);
  return { digits: x - y, scale };
}

/**
 * Multiplies two exact decimals.
 *
 * @param a - The first factor.
 * @param b - The second factor.
 * @returns `a × b`, exactly.
 * @internal
 */
export function multiplyDecimal(a: ExactDecimal, b: ExactDecimal): ExactDecimal {
  return { digits: a.digits * b.digits, scale: a.scale + b.scale };
}

/**
 * Compares two exact decimals.
 *
 * @param a - The first decimal.
 * @param b - The second decimal.
 * @returns A negative number when `a < b`, zero when equal, a positive number when `a > b`.
 * @internal
 */
export function compareDecimal(a: ExactDecimal, b: ExactDecimal): number {
  const [x, y] = aligned(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Extra decimal digits of a quotient: far more than the 17 a double holds. */
const QUOTIENT_DIGITS = 30;

/**
 * Divides one exact decimal by another and converts the quotient to a double.
 *
 * @remarks
 * The quotient is computed with 30 more decimal digits than a double holds and rounded once, so
 * `3110347.68 g / 31.1034768 g` is exactly `100000`.
 *
 * @param a - The dividend.
 * @param b - The divisor, not zero.
 * @returns `a / b` as the nearest double.
 * @throws {@link ImpactError} `INVALID_NUMBER` when `b` is zero or the quotient is too large for
 * a double.
 * @internal
 */
export function divideDecimalToNumber(a: ExactDecimal, b: ExactDecimal): number {
  if (b.digits === 0n) throw new ImpactError('INVALID_NUMBER', 'division by zero');
  const quotient = (a.digits * 10n ** BigInt(b.scale + QUOTIENT_DIGITS)) / b.digits;
  return decimalToNumber({ digits: quotient, scale: a.scale + QUOTIENT_DIGITS });
}

/**
 * Converts an exact decimal to the nearest double.
 *
 * @param value - The decimal.
 * @returns The nearest finite number (`-0` becomes `0`).
 * @throws {@link ImpactError} `INVALID_NUMBER` when the value is too large for a double.
 * @internal
 */
export function decimalToNumber(value: ExactDecimal): number {
  const result = Number(`${value.digits}e-${value.scale}`);
  if (!Number.isFinite(result)) {
    throw new ImpactError('INVALID_NUMBER', `${value.digits}e-${value.scale} overflows`);
  }
  return result === 0 ? 0 : result;
}
