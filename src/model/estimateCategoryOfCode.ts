import { pure } from '../core/pure.js';
import type { EstimateCategory, ReportingCode } from './deposit.js';

/**
 * The categories of the GKZ classification: explored `A`, `B`, `C1` (and their published sum
 * `A+B+C1`), evaluated `C2`, prognostic `P1`, `P2`, `P3`.
 *
 * @internal
 */
export const GKZ_CATEGORIES: ReadonlySet<EstimateCategory> = pure(
  () => new Set<EstimateCategory>(['A', 'B', 'C1', 'A+B+C1', 'C2', 'P1', 'P2', 'P3']),
);

/**
 * Whether a category belongs to the classification of a reporting code: the GKZ categories to
 * `GKZ`, the CRIRSCO ones to the CRIRSCO-family codes, and either to `other`.
 *
 * @remarks
 * An estimate under one code is never read in the categories of another: a GKZ `C1` line is not
 * an `indicated` one, and a JORC line has no category `C1`.
 *
 * @param code - The code the estimate is reported under.
 * @param category - The estimate's category.
 * @returns `true` when the category is one of the code's own.
 *
 * @example
 * ```ts
 * isCategoryOfCode('GKZ', 'C1');
 * //=> true
 * isCategoryOfCode('GKZ', 'indicated');
 * //=> false
 * ```
 *
 * @internal
 */
export function isCategoryOfCode(code: ReportingCode, category: EstimateCategory): boolean {
  if (code === 'other') return true;
  return (code === 'GKZ') === GKZ_CATEGORIES.has(category);
}
