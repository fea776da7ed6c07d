import { ImpactError } from '../../../core/ImpactError.js';
import type { Range } from '../../../core/range.js';
import type { JobProjection } from '../../../model/jobProjection.js';
import {
  compareDecimal,
  type ExactDecimal,
  exactDecimal,
  multiplyDecimal,
  subtractDecimal,
} from '../../internal/exactDecimal.js';
import type { JobsFigureNotEstimated } from '../jobsFigure.js';
import type { TotalComponent } from './jobsComponents.js';

/**
 * A coefficient range applied to direct jobs; `bounded` forces a bounds figure.
 *
 * @internal
 */
export interface Coefficient {
  readonly low: ExactDecimal;
  readonly central: ExactDecimal | null;
  readonly high: ExactDecimal;
  readonly bounded: boolean;
}

/**
 * The input a figure lacks, when it cannot be estimated.
 *
 * @internal
 */
export interface MissingInput {
  readonly missing: JobsFigureNotEstimated['missing'];
}

/**
 * How a figure comes from direct jobs: a coefficient, or the input it lacks.
 *
 * @internal
 */
export type Measure = Coefficient | MissingInput;

/**
 * The coefficient of each figure derived from direct jobs, with the components of the total.
 *
 * @internal
 */
export interface Measures {
  readonly indirect: Measure;
  readonly induced: Measure;
  readonly total: Coefficient;
  readonly local: Measure;
  readonly totalIncludes: TotalComponent[];
}

/** The coefficient of each figure from the multipliers alone, before the local-hire share. */
type MultiplierMeasures = Omit<Measures, 'local'>;

const ONE: ExactDecimal = { digits: 1n, scale: 0 };
const UNIT: Coefficient = { low: ONE, central: ONE, high: ONE, bounded: false };

/** A multiplier range as exact decimals. */
function decimalRange(range: Readonly<Range>): Coefficient {
  return {
    low: exactDecimal(range.low),
    central: range.central === undefined ? null : exactDecimal(range.central),
    high: exactDecimal(range.high),
    bounded: false,
  };
}

/** Combines two coefficients scenario by scenario; `central` only when both have one. */
function combine(
  a: Coefficient,
  b: Coefficient,
  op: (x: ExactDecimal, y: ExactDecimal) => ExactDecimal,
): Coefficient {
  return {
    low: op(a.low, b.low),
    central: a.central === null || b.central === null ? null : op(a.central, b.central),
    high: op(a.high, b.high),
    bounded: a.bounded || b.bounded,
  };
}

/** Whether `a < b`. */
function isBelow(a: ExactDecimal, b: ExactDecimal): boolean {
  return compareDecimal(a, b) < 0;
}

/** A multiplier range in words, e.g. `1.4–2.2 (central 1.8)`. */
function describeRange(range: Readonly<Range>): string {
  const central = range.central === undefined ? '' : ` (central ${range.central})`;
  return `${range.low}–${range.high}${central}`;
}

/** Throws INVALID_MULTIPLIER unless indirect and induced jobs come out non-negative and ordered. */
function checkMultipliers(typeI: Coefficient, typeII: Coefficient | null, raw: string): void {
  if (isBelow(typeI.low, ONE)) {
    throw new ImpactError('INVALID_MULTIPLIER', `a Type I multiplier is below 1 (${raw})`);
  }
  if (typeII === null) return;
  const belowTypeI =
    isBelow(typeII.low, typeI.low) ||
    isBelow(typeII.high, typeI.high) ||
    (typeII.central !== null && typeI.central !== null && isBelow(typeII.central, typeI.central));
  if (belowTypeI) {
    throw new ImpactError('INVALID_MULTIPLIER', `Type II is below Type I (${raw})`);
  }
  const spread = combine(typeII, typeI, subtractDecimal);
  const unordered =
    isBelow(spread.high, spread.low) ||
    (spread.central !== null &&
      (isBelow(spread.central, spread.low) || isBelow(spread.high, spread.central)));
  if (unordered) {
    throw new ImpactError(
      'INVALID_MULTIPLIER',
      `induced jobs per direct job (Type II − Type I) fall from low to high (${raw})`,
    );
  }
}

/** The coefficients the multipliers give, with the notes that explain them. */
function multiplierMeasures(
  multipliers: JobProjection['multipliers'],
  notes: string[],
): MultiplierMeasures {
  if (multipliers === undefined) {
    notes.push(
      'No multipliers were given: indirect and induced jobs are not estimated, and the totals are direct jobs only.',
    );
    const missing: MissingInput = { missing: 'multipliers' };
    return { indirect: missing, induced: missing, total: UNIT, totalIncludes: ['direct'] };
  }
  const typeI = decimalRange(multipliers.typeI);
  const typeII = multipliers.typeII === undefined ? null : decimalRange(multipliers.typeII);
  const described = `Type I ${describeRange(multipliers.typeI)}${
    multipliers.typeII === undefined ? '' : `, Type II ${describeRange(multipliers.typeII)}`
  }`;
  checkMultipliers(typeI, typeII, described);
  if (typeII === null) {
    notes.push(
      'No Type II multiplier was given: induced jobs are not estimated, and the totals are direct plus indirect jobs only.',
    );
  }
  notes.push(
    `Indirect and induced jobs are not observed: they are estimated with input-output multipliers (${described}), which are assumptions taken from source ${multipliers.sourceId}.`,
    'Input-output multipliers count the gross jobs a development supports; they ignore displacement of other activity, capacity limits and leakage of spending out of the region, so they overstate net job creation. The low-to-high spread shows the range of assumptions, not a statistical confidence interval.',
  );
  if (typeI.central === null || (typeII !== null && typeII.central === null)) {
    notes.push(
      'A multiplier has no central estimate: the figures that use it have low and high values only; no central figure is invented.',
    );
  }
  const indirect = combine(typeI, UNIT, subtractDecimal);
  return typeII === null
    ? {
        indirect,
        induced: { missing: 'typeII' },
        total: typeI,
        totalIncludes: ['direct', 'indirect'],
      }
    : {
        indirect,
        induced: combine(typeII, typeI, subtractDecimal),
        total: typeII,
        totalIncludes: ['direct', 'indirect', 'induced'],
      };
}

/** The coefficient of local jobs: the total times the local-hire share, with its note. */
function localMeasure(
  total: Coefficient,
  localHireShare: JobProjection['localHireShare'],
  notes: string[],
): Measure {
  if (localHireShare === undefined) {
    notes.push('No local-hire share was given: local jobs are not estimated.');
    return { missing: 'localHireShare' };
  }
  if (typeof localHireShare === 'number') {
    const share = exactDecimal(localHireShare);
    notes.push(
      `Local jobs are the total times the local-hire share (${localHireShare}); the share is applied to indirect and induced jobs too, whose local capture may differ.`,
    );
    return combine(
      total,
      { low: share, central: share, high: share, bounded: false },
      multiplyDecimal,
    );
  }
  notes.push(
    `Local jobs are the total times a local-hire share known only as bounds (${JSON.stringify(localHireShare)}, read within [0, 1]), so they are bounds; the share is applied to indirect and induced jobs too, whose local capture may differ.`,
  );
  return {
    low: multiplyDecimal(total.low, exactDecimal(localHireShare.min ?? 0)),
    central: null,
    high: multiplyDecimal(total.high, exactDecimal(localHireShare.max ?? 1)),
    bounded: true,
  };
}

/**
 * The coefficient of each figure of a projection, applied to direct jobs, with the notes that
 * explain them.
 *
 * @param projection - The projection (valid).
 * @param notes - The notes, appended to.
 * @returns The coefficients and the components of the total.
 * @throws {@link ImpactError} `INVALID_MULTIPLIER` when the multipliers would give negative or
 * unordered indirect or induced jobs.
 * @internal
 */
export function measuresOf(projection: Readonly<JobProjection>, notes: string[]): Measures {
  const measures = multiplierMeasures(projection.multipliers, notes);
  return { ...measures, local: localMeasure(measures.total, projection.localHireShare, notes) };
}
