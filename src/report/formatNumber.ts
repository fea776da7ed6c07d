import { type NumberFormatter, numberFormatter } from './numberFormatter.js';

/** The formatter of `en`, once built. */
let english: NumberFormatter | undefined;

/**
 * The formatter of the fixed locale `en`, the default of every report text, built on first use.
 *
 * @remarks
 * Building a formatter loads the runtime's locale data (`Intl`), which costs more than the rest
 * of importing the library: the formatter is therefore built when a text is first written, not
 * when the module loads, and kept for every later call.
 *
 * @returns The formatter of `en`, the same object on every call.
 * @example
 * englishFormatter().number(2554);
 * //=> '2,554'
 * @internal
 */
export function englishFormatter(): NumberFormatter {
  english ??= numberFormatter('en');
  return english;
}

/**
 * Writes a number with comma thousands separators, as English text does: `2554` → `'2,554'`.
 *
 * @remarks
 * Integers are written whole; other numbers keep up to `fractionDigits` decimals (default 2),
 * rounded half away from zero on the decimal digits (`1.005` → `'1.01'`), without trailing
 * zeros. Through `Intl.NumberFormat` in the fixed locale `en` (see {@link numberFormatter}),
 * independent of the runtime's locale; total: `NaN` and infinities are written as words.
 *
 * @param value - The number.
 * @param fractionDigits - The most decimals to keep.
 * @returns The text, e.g. `'1,234.5'`.
 * @internal
 */
export function formatNumber(value: number, fractionDigits = 2): string {
  return englishFormatter().number(value, fractionDigits);
}
