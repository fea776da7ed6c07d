import type { Bounds } from '../../../core/bounds.js';
import { countInterval, isExactCount } from '../../../core/count.js';
import type { Range } from '../../../core/range.js';
import type { ProjectionPhase } from '../../../model/jobProjection.js';
import {
  decimalToNumber,
  type ExactDecimal,
  multiplyDecimal,
} from '../../internal/exactDecimal.js';
import type { JobsFigure } from '../jobsFigure.js';
import type { JobsFigures } from '../jobsFigures.js';
import type { Measure, Measures } from './jobsCoefficients.js';

/**
 * Direct jobs of one or more phases: an interval, exact when min = max and no input is bounds.
 *
 * @internal
 */
export interface Direct {
  readonly min: bigint;
  readonly max: bigint | null;
  readonly exact: boolean;
  /** The published phrase, kept while the figure comes from one phase only. */
  readonly phrase: string | undefined;
  /** The index of the one phase behind the figure, or `null` when several are. */
  readonly phase: number | null;
}

/**
 * The direct jobs of each phase, as given.
 *
 * @param phases - The phases of a projection.
 * @returns One interval per phase, in order.
 * @internal
 */
export function directsOf(phases: readonly Readonly<ProjectionPhase>[]): Direct[] {
  return phases.map((p, index): Direct => {
    const { min, max, approximate } = countInterval(p.directJobs);
    return {
      min: BigInt(min),
      max: max === null ? null : BigInt(max),
      // An approximate count ("about 2,000") is taken as its figure; the table notes it.
      exact: isExactCount(p.directJobs) || approximate === true,
      phrase: isExactCount(p.directJobs) ? undefined : p.directJobs.phrase,
      phase: index,
    };
  });
}

/**
 * The direct jobs of several phases active together: their sum.
 *
 * @internal
 */
export function sumDirect(a: Direct, b: Direct): Direct {
  return {
    min: a.min + b.min,
    max: a.max === null || b.max === null ? null : a.max + b.max,
    exact: a.exact && b.exact,
    phrase: undefined,
    phase: null,
  };
}

/** The larger of two counts. */
function larger(a: bigint, b: bigint): bigint {
  if (a >= b) return a;
  return b;
}

/**
 * The peak of two years' direct jobs: the larger minimum and the larger maximum; the phrase
 * survives when both years come from the same single phase.
 *
 * @internal
 */
export function peakDirect(a: Direct, b: Direct): Direct {
  const samePhase = a.phase !== null && a.phase === b.phase;
  return {
    min: larger(a.min, b.min),
    max: a.max === null || b.max === null ? null : larger(a.max, b.max),
    exact: a.exact && b.exact,
    phrase: samePhase ? a.phrase : undefined,
    phase: samePhase ? a.phase : null,
  };
}

/**
 * Direct jobs summed over years as job-years: no published phrase applies to the sum.
 *
 * @internal
 */
export function asJobYears(direct: Direct): Direct {
  return { ...direct, phrase: undefined, phase: null };
}

/**
 * Merges several direct counts with `merge`; at least one.
 *
 * @internal
 */
export function reduceDirect(
  items: readonly Direct[],
  merge: (a: Direct, b: Direct) => Direct,
): Direct {
  const [first, ...rest] = items as [Direct, ...Direct[]];
  return rest.reduce(merge, first);
}

/** The direct jobs as a figure: a range of one number when exact, else bounds. */
function directFigure(direct: Direct): JobsFigure {
  if (direct.exact) {
    const n = Number(direct.min);
    return { kind: 'range', range: { low: n, central: n, high: n } };
  }
  const bounds: Bounds = {
    min: Number(direct.min),
    ...(direct.max === null ? {} : { max: Number(direct.max) }),
    ...(direct.phrase === undefined ? {} : { phrase: direct.phrase }),
  };
  return { kind: 'bounds', bounds };
}

/** A figure derived from direct jobs by its coefficient. */
function figureOf(measure: Measure, direct: Direct): JobsFigure {
  if (!('low' in measure)) return { kind: 'notEstimated', missing: measure.missing };
  const times = (c: ExactDecimal, n: bigint): number =>
    decimalToNumber(multiplyDecimal(c, { digits: n, scale: 0 }));
  if (direct.exact && !measure.bounded) {
    const low = times(measure.low, direct.min);
    const high = times(measure.high, direct.min);
    const range: Range =
      measure.central === null
        ? { low, high }
        : { low, central: times(measure.central, direct.min), high };
    return { kind: 'range', range };
  }
  const bounds: Bounds = {
    min: times(measure.low, direct.min),
    ...(direct.max === null ? {} : { max: times(measure.high, direct.max) }),
  };
  return { kind: 'bounds', bounds };
}

/**
 * The five figures of some direct jobs under a projection's coefficients.
 *
 * @param measures - The coefficients.
 * @param direct - The direct jobs.
 * @returns Direct, indirect, induced, total and local jobs.
 * @throws {@link ImpactError} `INVALID_NUMBER` when a figure is too large for a double.
 * @internal
 */
export function figuresOf(measures: Measures, direct: Direct): JobsFigures {
  return {
    direct: directFigure(direct),
    indirect: figureOf(measures.indirect, direct),
    induced: figureOf(measures.induced, direct),
    total: figureOf(measures.total, direct),
    local: figureOf(measures.local, direct),
  };
}
