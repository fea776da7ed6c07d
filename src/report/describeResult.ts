import type { IndicatorResult, NullReason } from '../indicators/indicatorResult.js';
import { formatNumber } from './formatNumber.js';
import { moneyText } from './moneyText.js';
import { hasFigure } from './resultStatus.js';
import { shareWords } from './shareWords.js';

const UNIT_WORDS: Readonly<Partial<Record<IndicatorResult['unit'], string>>> = {
  jobs: ' jobs',
  jobYears: ' job-years',
  years: ' years',
  mass: ' t',
};

const REASON_WORDS: Readonly<Record<NullReason, string>> = {
  ZERO_DENOMINATOR: 'not defined: the denominator is zero',
  MISSING_DATA: 'not available: an input is missing',
  NOT_APPLICABLE: 'not applicable',
  BOUNDED: 'known only within bounds',
  MULTIPLE_CURRENCIES: 'in several currencies',
};

/** A number in the result's unit, with the unit word. */
function amount(value: number, unit: IndicatorResult['unit']): string {
  return `${formatNumber(value, unit === 'ratio' || unit === 'index' ? 4 : 2)}${UNIT_WORDS[unit] ?? ''}`;
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
 * @param result - The indicator result.
 * @returns The description; never empty.
 *
 * @example
 * ```ts
 * describeResult({ indicatorId: 'x.share', title: 'Share', unit: 'ratio', value: 0.25, ratio: { numerator: 1, denominator: 4, value: 0.25 }, definitions: {}, standards: [], sourceIds: [], notes: [] });
 * //=> '0.25 (25 %, 1 / 4)'
 * ```
 *
 * @category Reports
 */
export function describeResult(result: Readonly<IndicatorResult>): string {
  const { unit } = result;
  if (result.value !== null) {
    if (unit === 'ratio') {
      const parts =
        result.ratio?.numerator != null && result.ratio.denominator != null
          ? `, ${formatNumber(result.ratio.numerator)} / ${formatNumber(result.ratio.denominator)}`
          : '';
      return `${formatNumber(result.value, 4)} (${formatNumber(result.value * 100, 2)} %${parts})`;
    }
    return amount(result.value, unit);
  }
  if (result.bounds !== undefined) {
    const { min, max } = result.bounds;
    if (unit === 'ratio') return shareWords(result.bounds);
    if (min !== undefined && max !== undefined)
      return `between ${amount(min, unit)} and ${amount(max, unit)}`;
    return min !== undefined
      ? `at least ${amount(min, unit)}`
      : `at most ${amount(Number(max), unit)}`;
  }
  if (result.range !== undefined) {
    const { low, central, high } = result.range;
    const mid = central === undefined ? '' : ` (central ${amount(central, unit)})`;
    return `${formatNumber(low)} to ${amount(high, unit)}${mid}`;
  }
  if (result.money !== undefined && result.money.length > 0)
    return result.money.map(moneyText).join('; ');
  const rows = (result.breakdown ?? []).filter(hasFigure).length;
  if (rows > 0) return `${rows} ${rows === 1 ? 'row' : 'rows'} (see the breakdown)`;
  return REASON_WORDS[result.reason ?? 'MISSING_DATA'];
}
