import { isWithinPeriod } from '../../../core/isWithinPeriod.js';
import type { Period } from '../../../core/period.js';
import type { Spend } from '../../../model/socialProgram.js';

/**
 * Tells whether a program money flow counts as community investment in a period.
 *
 * @remarks
 * Actual spending only (GRI 201-1): disbursements and expenditures dated within the period;
 * commitments never count.
 *
 * @param spend - The money flow.
 * @param period - The reporting period.
 * @returns `true` for a disbursement or expenditure dated within `period`.
 * @internal
 */
export function isInvestmentSpend(spend: Readonly<Spend>, period: Readonly<Period>): boolean {
  return spend.kind !== 'commitment' && isWithinPeriod(spend.date, period);
}
