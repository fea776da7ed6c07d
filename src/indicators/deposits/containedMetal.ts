import { convertQuantity } from '../../core/convertQuantity.js';
import { ImpactError } from '../../core/ImpactError.js';
import type { ResourceEstimate } from '../../model/deposit.js';

/**
 * The metal contained in an estimate, in metric tonnes and in troy ounces.
 *
 * @example
 * ```ts
 * const metal: ContainedMetal = { tonnes: 2, troyOunces: 64301.49 };
 * ```
 *
 * @category Deposits indicators
 */
export interface ContainedMetal {
  /** The contained metal in metric tonnes (1 t = 1,000,000 g). */
  readonly tonnes: number;
  /** The contained metal in troy ounces (1 ozt = 31.1034768 g exactly). */
  readonly troyOunces: number;
}

/**
 * Computes the metal contained in a resource or reserve estimate from its ore tonnage and grade.
 *
 * @remarks
 * The ore is first converted to metric tonnes (with {@link convertQuantity}), then:
 * - grade in g/t: `metal t = ore t × grade g/t / 1,000,000` (grams per tonne of ore, 10^6 g per
 *   tonne of metal);
 * - grade in %: `metal t = ore t × grade % / 100`.
 *
 * Troy ounces are the tonnes converted with the exact definition 1 ozt = 31.1034768 g. This is
 * metal in situ: recovery (metallurgical losses) is not applied. The estimate's published
 * `containedMetal`, when it has one, is not read: this function recomputes the metal, which
 * {@link resourceReserveStatement} compares with the published figure.
 *
 * @param estimate - The estimate: its `ore` (any mass unit) and `grade` (`g/t` or `%`).
 * @returns The contained metal, finite and >= 0.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the estimate has no ore tonnage or no
 * grade; `INVALID_GRADE` when the grade is negative, not finite, in an
 * unknown unit, above 100 % or above 1,000,000 g/t; `INVALID_QUANTITY` when the ore tonnage is
 * negative, not finite or in an unknown unit; `INVALID_NUMBER` when the product overflows.
 *
 * @example
 * ```ts
 * containedMetal({
 *   reportingCode: 'JORC',
 *   effectiveDate: '2024-12-31',
 *   category: 'indicated',
 *   commodity: 'gold',
 *   ore: { value: 1000000, unit: 't' },
 *   grade: { value: 2, unit: 'g/t' },
 *   sourceId: 'src-1',
 * });
 * //=> { tonnes: 2, troyOunces: 64301.49... }
 * ```
 *
 * @category Deposits indicators
 */
export function containedMetal(estimate: Readonly<ResourceEstimate>): ContainedMetal {
  const { grade, ore: oreQuantity } = estimate;
  if (grade === undefined || oreQuantity === undefined) {
    throw new ImpactError(
      'INVALID_ARGUMENT',
      `the ${estimate.category} estimate of ${estimate.effectiveDate} has no ${grade === undefined ? 'grade' : 'ore tonnage'}`,
    );
  }
  const perTonne = grade.unit === 'g/t' ? 1_000_000 : grade.unit === '%' ? 100 : undefined;
  if (
    perTonne === undefined ||
    typeof grade.value !== 'number' ||
    !Number.isFinite(grade.value) ||
    grade.value < 0 ||
    grade.value > perTonne
  ) {
    throw new ImpactError('INVALID_GRADE', `${grade.value} ${grade.unit}`);
  }
  const ore = convertQuantity(oreQuantity, 't').value;
  const tonnes = (ore * grade.value) / perTonne;
  const troyOunces = Number.isFinite(tonnes)
    ? convertQuantity({ value: tonnes, unit: 't' }, 'ozt').value
    : Number.NaN;
  if (!Number.isFinite(troyOunces)) {
    throw new ImpactError('INVALID_NUMBER', `${ore} t × ${grade.value} ${grade.unit} overflows`);
  }
  return { tonnes, troyOunces };
}
