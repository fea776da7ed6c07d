import { ImpactError } from '../core/ImpactError.js';
import type { Money } from '../core/money.js';
import { toDecimalString } from '../core/toDecimalString.js';

/**
 * Writes numbers, amounts and dates of a report in one locale.
 *
 * @remarks
 * Made by {@link numberFormatter}. Words stay English; only the digits, separators and dates
 * follow the locale.
 *
 * @category Reports
 */
export interface NumberFormatter {
  /** The locale (BCP 47, canonical form), e.g. `'en'`, `'de'`. */
  readonly locale: string;
  /**
   * A number with at most `fractionDigits` decimals (default 2), trailing zeros dropped and
   * digits grouped: `1234.5` → `'1,234.5'` in `en`, `'1.234,5'` in `de`.
   */
  readonly number: (value: number, fractionDigits?: number) => string;
  /** A number with exactly `fractionDigits` decimals: `0.8` → `'0.80'` with 2. */
  readonly fixed: (value: number, fractionDigits: number) => string;
  /** An amount with its currency code, exact to its minor unit: `'AZN 300,000.00'`. */
  readonly money: (money: Readonly<Money>) => string;
  /**
   * A calendar date (`YYYY-MM-DD`), month (`YYYY-MM`) or year (`YYYY`): ISO 8601 as given in
   * `en`, the locale's medium date style otherwise (`14.11.2025` in `de`).
   */
  readonly date: (date: string) => string;
}

/** Numbers at or beyond this size are written in scientific notation (`1.797E308`). */
const SCIENTIFIC_FROM = 1e21;

/** The canonical form of a locale the runtime supports; throws `INVALID_ARGUMENT` otherwise. */
function checkedLocale(locale: unknown): string {
  let canonical: string | undefined;
  try {
    canonical = typeof locale === 'string' ? Intl.getCanonicalLocales(locale)[0] : undefined;
  } catch {
    canonical = undefined;
  }
  if (canonical === undefined || Intl.NumberFormat.supportedLocalesOf([canonical]).length === 0)
    throw new ImpactError(
      'INVALID_ARGUMENT',
      `locale: "${String(locale).slice(0, 40)}" is not a BCP 47 locale this runtime supports`,
    );
  return canonical;
}

/** A number in words for values `Intl` cannot write as digits: no `NaN` or `∞` in a report. */
function nonFinite(value: number): string {
  if (Number.isNaN(value)) return 'not a number';
  return value > 0 ? 'too large to write' : 'too small to write';
}

/** The group and decimal separators of a locale, from how it writes 1234.5. */
function separators(locale: string): { readonly group: string; readonly decimal: string } {
  const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(1234.5);
  return {
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
  };
}

/** A date in the locale's medium style, read in UTC so the day never shifts. */
function localeDate(locale: string, date: string): string {
  const [year = '', month, day] = date.split('-');
  if (month === undefined) return year;
  const utc = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
  if (Number.isNaN(utc.getTime())) return date;
  const style: Intl.DateTimeFormatOptions =
    day === undefined ? { year: 'numeric', month: 'long' } : { dateStyle: 'medium' };
  return new Intl.DateTimeFormat(locale, { ...style, timeZone: 'UTC' }).format(utc);
}

/**
 * Makes the formatter of a locale: numbers through `Intl.NumberFormat`, rounded half away from
 * zero on the decimal digits (`1.005` → `'1.01'` with two decimals, where `toFixed` gives
 * `'1.00'`).
 *
 * @remarks
 * Deterministic: the locale is fixed (`'en'` by default), never the runtime's. Negative zero
 * is written `0`; numbers of 10^21 or more in scientific notation (`1.797E308`); `NaN` and
 * infinities as words (`'too large to write'`), so a report never holds `NaN` or `Infinity`.
 * Money keeps its exact digits ({@link toDecimalString}), with the locale's separators.
 *
 * @param locale - A BCP 47 locale the runtime supports; default `'en'`.
 * @returns The formatter.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the locale is malformed or not supported.
 *
 * @example
 * ```ts
 * numberFormatter('de').number(1234.5);
 * //=> '1.234,5'
 * ```
 *
 * @category Reports
 */
export function numberFormatter(locale: string = 'en'): NumberFormatter {
  const tag = checkedLocale(locale);
  const cache = new Map<string, Intl.NumberFormat>();
  const format = (value: number, min: number, max: number): string => {
    if (!Number.isFinite(value)) return nonFinite(value);
    const notation = Math.abs(value) >= SCIENTIFIC_FROM ? 'scientific' : 'standard';
    const key = `${min}:${max}:${notation}`;
    let formatter = cache.get(key);
    if (formatter === undefined) {
      // Scientific notation keeps six significant digits, whatever the decimals asked for.
      formatter = new Intl.NumberFormat(
        tag,
        notation === 'scientific'
          ? { notation, maximumSignificantDigits: 6 }
          : { minimumFractionDigits: min, maximumFractionDigits: max },
      );
      cache.set(key, formatter);
    }
    // A value that rounds to zero is written without a sign: no "-0".
    return formatter.format(Math.abs(value) < 0.5 * 10 ** -max ? 0 : value);
  };
  const { group, decimal } = separators(tag);
  return {
    locale: tag,
    number: (value, fractionDigits = 2) => format(value, 0, fractionDigits),
    fixed: (value, fractionDigits) => format(value, fractionDigits, fractionDigits),
    money: (money) => {
      const [whole = '', fraction] = toDecimalString(money).split('.');
      const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
      return `${money.currency} ${fraction === undefined ? grouped : `${grouped}${decimal}${fraction}`}`;
    },
    date: (date) => (tag === 'en' ? date : localeDate(tag, date)),
  };
}
