import type { Period } from '../../core/period.js';

/**
 * The number of hours worked a rate is expressed per: 200,000 (100 full-time workers for a year
 * of 50 weeks of 40 hours; OSHA, MSHA and SASB) or 1,000,000.
 *
 * @remarks
 * GRI 403-9-e asks the reporter to state which basis its rates use; every rate of the library
 * records it in `definitions.basis`.
 *
 * @example
 * ```ts
 * const basis: RateBasis = 1_000_000;
 * ```
 *
 * @category Safety indicators
 */
export type RateBasis = 200_000 | 1_000_000;

/**
 * Options of the injury rates ({@link recordableInjuryRate} and the others).
 *
 * @example
 * ```ts
 * const options: SafetyRateOptions = { basis: 1_000_000, period: { start: '2024-01-01', end: '2024-12-31' } };
 * ```
 *
 * @category Safety indicators
 */
export interface SafetyRateOptions {
  /**
   * The hours the rate is expressed per; the indicator's default when absent (200,000 for the
   * GRI 403-9 and SASB rates, 1,000,000 for the lost-time injury frequency rate). The SASB
   * EM-MM-320a.1 rates are always per 200,000 hours.
   */
  readonly basis?: RateBasis | undefined;
  /** Only records whose period lies within this one count; every record when absent. */
  readonly period?: Readonly<Period> | undefined;
}
