import { ImpactError } from '../../../core/ImpactError.js';
import type { SocialProgram } from '../../../model/socialProgram.js';
import { basisPoints, isPercentSumWithinRounding } from '../../../validation/checkPrograms.js';

/**
 * The integer weights by which a program's spend is split between its locations.
 *
 * @remarks
 * With percentages: each location's percentage in basis points (33.33 % is 3,333), read exactly
 * from its decimal digits. Without any percentage: 1 per location, an equal split. The rules of
 * dataset validation apply: every location has a percentage or none has, each has at most two
 * decimals, and they sum to 100 within their rounding, n × 0.005 for n percentages
 * (33.33 + 33.33 + 33.33 = 99.99 and six times 16.67 = 100.02 are accepted; the split is then in
 * proportion to the weights, so the parts still add up to the whole).
 *
 * @param program - The program.
 * @returns One weight per location, in order; `[]` for a program with no location.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when only some locations have a percentage, a
 * percentage has more than two decimals, or the percentages do not sum to 100 within their
 * rounding (± 0.005 each).
 * @internal
 */
export function locationWeights(program: Readonly<SocialProgram>): number[] {
  const given = program.locations.filter((location) => location.percentage !== undefined).length;
  if (given === 0) return program.locations.map(() => 1);
  if (given < program.locations.length) {
    throw new ImpactError(
      'INVALID_ARGUMENT',
      `program ${program.id}: every location needs a percentage when one has one`,
    );
  }
  const weights = program.locations.map((location) => {
    const percentage = location.percentage as number;
    // The schema keeps a percentage in [0, 100]; basisPoints rejects more than two decimals.
    const points = basisPoints(percentage);
    if (points === null) {
      throw new ImpactError(
        'INVALID_ARGUMENT',
        `program ${program.id}: location percentage ${percentage} has more than two decimals`,
      );
    }
    return points;
  });
  const sum = weights.reduce((total, weight) => total + weight, 0);
  if (!isPercentSumWithinRounding(sum, weights.length)) {
    throw new ImpactError(
      'INVALID_ARGUMENT',
      `program ${program.id}: location percentages sum to ${sum / 100}, not 100`,
    );
  }
  return weights;
}
