import type { Period } from '../../core/period.js';
import type { Gazetteer } from '../../places/gazetteer.js';
import type { WorkforceDimension } from './workforceDimension.js';

/**
 * Options shared by {@link newHireRate} and {@link turnoverRate}.
 *
 * @example
 * ```ts
 * const options: FlowRateOptions = { period: { start: '2024-01-01', end: '2024-12-31' }, breakdown: ['gender', 'originRegion'], gazetteer: azGazetteer };
 * ```
 *
 * @category Indicators
 */
export interface FlowRateOptions {
  /** The reporting period; it must have an end. */
  readonly period: Readonly<Period>;
  /** Dimensions to break the rate down by. */
  readonly breakdown?: readonly WorkforceDimension[] | undefined;
  /**
   * The headcount the rate divides by: `'periodEnd'` (GRI 401-1, the default) or `'average'`
   * (the mean of the headcounts at the start and the end, allowed by ESRS S1-6).
   */
  readonly denominator?: 'periodEnd' | 'average' | undefined;
  /**
   * For breakdown rows: divide by the `'total'` headcount (GRI's "total employee numbers", so
   * the rows add up to the total rate; the default) or by the `'group'`'s own headcount.
   */
  readonly groupDenominator?: 'total' | 'group' | undefined;
  /** Count contractors' workers too; by default only the company's employees count. */
  readonly includeContractors?: boolean | undefined;
  /**
   * The gazetteer that places homes in economic regions, for the `'originRegion'` breakdown
   * (required with it, unused otherwise).
   */
  readonly gazetteer?: Gazetteer | undefined;
}
