import type { Bounds } from '../../../core/bounds.js';
import type { Range } from '../../../core/range.js';
import { addDecimal, decimalToNumber, exactDecimal } from '../../internal/exactDecimal.js';
import type { JobsFigure } from '../jobsFigure.js';
import type { JobsFigures } from '../jobsFigures.js';
import { JOBS_COMPONENTS, type JobsComponent } from './jobsComponents.js';

/** The lowest value a figure allows (`notEstimated` never reaches here). */
function lowOf(figure: Exclude<JobsFigure, { kind: 'notEstimated' }>): number {
  return figure.kind === 'range' ? figure.range.low : (figure.bounds.min ?? 0);
}

/** The highest value a figure allows, or `undefined` when unbounded above. */
function highOf(figure: Exclude<JobsFigure, { kind: 'notEstimated' }>): number | undefined {
  return figure.kind === 'range' ? figure.range.high : figure.bounds.max;
}

/** `a + b`, exactly on the decimals as written, rounded once. */
function plus(a: number, b: number): number {
  return decimalToNumber(addDecimal(exactDecimal(a), exactDecimal(b)));
}

/**
 * Combines two jobs figures.
 *
 * @remarks
 * A figure not estimated makes the combination not estimated (the first such figure is kept).
 * Two ranges give a range (`central` only when both have one); otherwise the result is bounds:
 * the minimum from the two lows, the maximum from the two highs, none when either has none. The
 * published phrase of a bound does not survive a combination.
 *
 * @param a - The first figure.
 * @param b - The second figure.
 * @param op - How two numbers combine: a sum, or the larger.
 * @returns The combined figure.
 */
function combine(a: JobsFigure, b: JobsFigure, op: (x: number, y: number) => number): JobsFigure {
  if (a.kind === 'notEstimated') return a;
  if (b.kind === 'notEstimated') return b;
  if (a.kind === 'range' && b.kind === 'range') {
    const low = op(a.range.low, b.range.low);
    const high = op(a.range.high, b.range.high);
    const range: Range =
      a.range.central === undefined || b.range.central === undefined
        ? { low, high }
        : { low, central: op(a.range.central, b.range.central), high };
    return { kind: 'range', range };
  }
  const highA = highOf(a);
  const highB = highOf(b);
  const bounds: Bounds = {
    min: op(lowOf(a), lowOf(b)),
    ...(highA !== undefined && highB !== undefined ? { max: op(highA, highB) } : {}),
  };
  return { kind: 'bounds', bounds };
}

/**
 * Adds the figures of several projections for one year, figure by figure.
 *
 * @remarks
 * Low with low, central with central, high with high: the sum of the low scenarios is the low
 * scenario of the sum. A single set of figures is returned as it is.
 *
 * @param items - The figures to add; at least one.
 * @returns The sums.
 * @internal
 */
export function sumJobsFigures(items: readonly JobsFigures[]): JobsFigures {
  return reduceFigures(items, plus);
}

/**
 * The peak of several years' figures, figure by figure and scenario by scenario.
 *
 * @remarks
 * The largest low, the largest central and the largest high, as the peak year of
 * {@link projectEmployment} is taken; a bound without maximum leaves the peak without one. A
 * figure that is the same every year is its own peak, with its published phrase.
 *
 * @param items - The yearly figures; at least one.
 * @returns The peak.
 * @internal
 */
export function peakJobsFigures(items: readonly JobsFigures[]): JobsFigures {
  return reduceFigures(items, Math.max, true);
}

/** Whether two figures are the same: same kind, numbers, phrase and missing input. */
function sameFigure(a: JobsFigure, b: JobsFigure): boolean {
  if (a.kind === 'range' && b.kind === 'range') {
    return (
      a.range.low === b.range.low &&
      a.range.central === b.range.central &&
      a.range.high === b.range.high
    );
  }
  if (a.kind === 'bounds' && b.kind === 'bounds') {
    return (
      a.bounds.min === b.bounds.min &&
      a.bounds.max === b.bounds.max &&
      a.bounds.phrase === b.bounds.phrase
    );
  }
  return a.kind === 'notEstimated' && b.kind === 'notEstimated' && a.missing === b.missing;
}

/** Combines several sets of figures, component by component. */
function reduceFigures(
  items: readonly JobsFigures[],
  op: (x: number, y: number) => number,
  keepSame = false,
): JobsFigures {
  const [first, ...rest] = items as [JobsFigures, ...JobsFigures[]];
  let result = first;
  for (const item of rest) {
    const next: Partial<Record<JobsComponent, JobsFigure>> = {};
    for (const component of JOBS_COMPONENTS) {
      const a = result[component];
      const b = item[component];
      next[component] = keepSame && sameFigure(a, b) ? a : combine(a, b, op);
    }
    result = next as JobsFigures;
  }
  return result;
}
