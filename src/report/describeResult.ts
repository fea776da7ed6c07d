import type { IndicatorResult } from '../indicators/contract/indicatorResult.js';
import type { IndicatorUnit } from '../indicators/contract/indicatorUnit.js';
import type { NullReason } from '../indicators/contract/nullReason.js';
import { englishFormatter } from './formatNumber.js';
import { type NumberFormatter, numberFormatter } from './numberFormatter.js';
import { hasFigure } from './resultStatus.js';
import { exactShareText, shareWords } from './shareWords.js';

/** The word after a number of the unit: the result's quantity unit for quantities. */
function unitWord(result: Readonly<IndicatorResult>): string {
  if (result.unit === 'years') return ' years';
  if (result.unit === 'quantity' && result.quantityUnit !== undefined)
    return ` ${result.quantityUnit}`;
  return '';
}

/** Whether numbers of the unit are fractions shown to four decimals. */
function isFraction(unit: IndicatorUnit): boolean {
  return unit === 'share' || unit === 'ratio' || unit === 'index';
}

const REASON_WORDS: Readonly<Record<NullReason, string>> = {
  ZERO_DENOMINATOR: 'not defined: the denominator is zero',
  MISSING_DATA: 'not available: an input is missing',
  NOT_APPLICABLE: 'not applicable',
  BOUNDED: 'known only within bounds',
  MULTIPLE_CURRENCIES: 'in several currencies',
  BREAKDOWN_ONLY: 'no single figure',
  RANGE_ONLY: 'a range without a central estimate',
};

/** A number in the result's unit, with the unit word. */
function amount(value: number, result: Readonly<IndicatorResult>, fmt: NumberFormatter): string {
  return `${fmt.number(value, isFraction(result.unit) ? 4 : 2)}${unitWord(result)}`;
}

/**
 * Describes an indicator result's figure in one line of plain English.
 *
 * @remarks
 * In order of preference: the value (a ratio with its percentage and parts, e.g. `'0.25 (25 %,
 * 1 / 4)'`); the bounds (`'at least 0.80'` for a share, rounded so the words stay true;
 * `'at least 1,001 jobs'` otherwise); the range (`'3,003 to 6,006 jobs'`, with the central
 * estimate when there is one); money, one amount per currency (`'AZN 300,000.00'`); the number
 * of breakdown rows that give a figure; else why there is no figure. Used by every renderer, so the
 * Markdown, CSV and HTML reports say the same thing.
 *
 * Numbers are rounded half away from zero: shares, ratios and indices to four decimals,
 * percentages and other amounts to two; bounds of a share are rounded outwards, so the words
 * stay true. Bounds that are one number are written as that number.
 *
 * @param result - The indicator result.
 * @param options - `locale`: the locale of the numbers (BCP 47), `'en'` by default; the words
 * stay English.
 * @returns The description; never empty.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the locale is malformed or not supported.
 *
 * @example
 * ```ts
 * describeResult({ indicatorId: 'x.share', title: 'Share', unit: 'ratio', value: 0.25, ratio: { numerator: 1, denominator: 4, value: 0.25 }, definitions: {}, standards: [], sourceIds: [], notes: [] });
 * //=> '0.25 (25 %, 1 / 4)'
 * ```
 *
 * @category Reports
 */
export function describeResult(
  result: Readonly<IndicatorResult>,
  options: { readonly locale?: string | undefined } = {},
): string {
  const locale = options.locale ?? 'en';
  return describeResultIn(result, locale === 'en' ? englishFormatter() : numberFormatter(locale));
}

/**
 * Describes an indicator result's figure with a formatter (see {@link describeResult}).
 *
 * @param result - The indicator result.
 * @param fmt - The formatter of the numbers.
 * @returns The description; never empty.
 *
 * @example
 * ```ts
 * describeResultIn(result, numberFormatter('de'));
 * ```
 *
 * @internal
 */
export function describeResultIn(result: Readonly<IndicatorResult>, fmt: NumberFormatter): string {
  if (result.unit === 'money' && result.money !== undefined && result.money.length > 0)
    return result.money.map((m) => fmt.money(m)).join('; ');
  if (result.value !== null) return valueWords(result, result.value, fmt);
  if (result.bounds !== undefined) return boundsWords(result, result.bounds, fmt);
  if (result.range !== undefined) {
    const { low, central, high } = result.range;
    const mid = central === undefined ? '' : ` (central ${amount(central, result, fmt)})`;
    return `${fmt.number(low, isFraction(result.unit) ? 4 : 2)} to ${amount(high, result, fmt)}${mid}`;
  }
  const rows = (result.breakdown ?? []).filter(hasFigure).length;
  if (rows > 0) return `${rows} ${rows === 1 ? 'row' : 'rows'} (see the breakdown)`;
  return REASON_WORDS[result.reason ?? 'MISSING_DATA'];
}

/** A value in words: a share or ratio with its percentage and parts, else the amount. */
function valueWords(
  result: Readonly<IndicatorResult>,
  value: number,
  fmt: NumberFormatter,
): string {
  if (result.unit !== 'share' && result.unit !== 'ratio') return amount(value, result, fmt);
  const parts =
    result.ratio?.numerator != null && result.ratio.denominator != null
      ? `, ${fmt.number(result.ratio.numerator)} / ${fmt.number(result.ratio.denominator)}`
      : '';
  // 100 times a finite share or ratio may overflow (1.797e308): no "Infinity %".
  const percent = value * 100;
  const percentText = Number.isFinite(percent)
    ? `${fmt.number(percent, 2)} %`
    : 'too large for a percentage';
  return `${fmt.number(value, 4)} (${percentText}${parts})`;
}

/** Bounds in words: a share's bounds as percentages, else "between", "at least", "at most". */
function boundsWords(
  result: Readonly<IndicatorResult>,
  bounds: NonNullable<IndicatorResult['bounds']>,
  fmt: NumberFormatter,
): string {
  const { min, max } = bounds;
  if (result.unit === 'share') return shareWords(bounds, fmt);
  if (min !== undefined && max !== undefined && min === max)
    return result.unit === 'ratio' ? exactShareText(min, fmt) : amount(min, result, fmt);
  if (min !== undefined && max !== undefined)
    return `between ${amount(min, result, fmt)} and ${amount(max, result, fmt)}`;
  return min !== undefined
    ? `at least ${amount(min, result, fmt)}`
    : `at most ${amount(Number(max), result, fmt)}`;
}
