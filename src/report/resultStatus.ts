import type { BreakdownRow } from '../indicators/contract/breakdownRow.js';
import type { IndicatorResult } from '../indicators/contract/indicatorResult.js';
import type { IndicatorStatus } from './indicatorCoverage.js';

/** Whether a breakdown row gives a figure. */
export function hasFigure(row: Readonly<BreakdownRow>): boolean {
  return (
    row.value !== null ||
    row.bounds !== undefined ||
    row.range !== undefined ||
    (row.money !== undefined && row.money.length > 0)
  );
}

/**
 * Tells whether an indicator result gives a figure, and if not, why.
 *
 * @remarks
 * A result gives a figure when it has a value, bounds, a range, money or a breakdown row with
 * one of these.
 * Otherwise its reason decides: `MISSING_DATA` (or none) is `dataAbsent`; `ZERO_DENOMINATOR`
 * and `NOT_APPLICABLE` are `notApplicable`.
 *
 * @param result - The indicator result.
 * @returns `reported`, `dataAbsent` or `notApplicable`.
 * @internal
 */
export function resultStatus(
  result: Readonly<IndicatorResult>,
): Extract<IndicatorStatus, 'reported' | 'dataAbsent' | 'notApplicable'> {
  if (
    result.value !== null ||
    result.bounds !== undefined ||
    result.range !== undefined ||
    (result.money !== undefined && result.money.length > 0) ||
    (result.breakdown ?? []).some(hasFigure)
  ) {
    return 'reported';
  }
  return result.reason === 'ZERO_DENOMINATOR' || result.reason === 'NOT_APPLICABLE'
    ? 'notApplicable'
    : 'dataAbsent';
}
