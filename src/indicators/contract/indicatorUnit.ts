import * as z from 'zod';
import { pure } from '../../core/pure.js';

/**
 * The unit of an indicator's value: a closed set.
 *
 * @remarks
 * - `share`: a part of a whole, always in [0, 1] (never a percentage); its bounds and breakdown
 *   rows are in [0, 1] too.
 * - `ratio`: a quotient that may exceed 1 (SROI, beneficiaries per resident, turnover over a
 *   headcount that changed).
 * - `count`: people, jobs, job-years, programs, sites; fractional only for projections scaled by
 *   multipliers.
 * - `money`: `value` is the amount in minor units of the result's `currency` (AZN 1,250.50 is
 *   `125050`); `money` lists the exact amounts, one per currency.
 * - `quantity`: a physical quantity in the result's `quantityUnit` (`t`, `kg`, `ozt`).
 * - `index`: a dimensionless index such as the Herfindahl-Hirschman index.
 * - `years`.
 *
 * @category Indicators
 */
export type IndicatorUnit = 'share' | 'ratio' | 'count' | 'money' | 'quantity' | 'index' | 'years';

/** The schema of {@link IndicatorUnit}. */
export const IndicatorUnitSchema: z.ZodType<IndicatorUnit> = pure(() =>
  z.enum(['share', 'ratio', 'count', 'money', 'quantity', 'index', 'years']),
);
