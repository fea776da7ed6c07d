import type { Bounds } from '../../core/bounds.js';
import { countInterval, isExactCount } from '../../core/count.js';
import { ImpactError } from '../../core/ImpactError.js';
import type { SourceId } from '../../core/ids.js';
import type { Range } from '../../core/range.js';
import { type JobProjection, JobProjectionSchema } from '../../model/jobProjection.js';
import {
  compareDecimal,
  decimalToNumber,
  type ExactDecimal,
  exactDecimal,
  multiplyDecimal,
  subtractDecimal,
} from '../exactDecimal.js';
import { firstIssue } from '../firstIssue.js';
import type { EmploymentFigures } from './employmentFigures.js';
import type { EmploymentProjection, EmploymentYear } from './employmentProjection.js';
import type { JobsFigure } from './jobsFigure.js';

/**
 * Options of {@link projectEmployment}.
 *
 * @example
 * ```ts
 * const options: ProjectEmploymentOptions = { throughYear: 2040 };
 * ```
 *
 * @category Jobs
 */
export type ProjectEmploymentOptions = {
  /**
   * The last year of the table, an integer from 1900 to 2200. Default: the latest start or end
   * year of any phase, so an open-ended operations phase shows its first year only.
   */
  readonly throughYear?: number | undefined;
};

/** A coefficient range applied to direct jobs; `bounded` forces a bounds result. */
type Coefficient = {
  readonly low: ExactDecimal;
  readonly central: ExactDecimal | null;
  readonly high: ExactDecimal;
  readonly bounded: boolean;
};

type Measure = Coefficient | { readonly missing: 'multipliers' | 'typeII' | 'localHireShare' };

/** Direct jobs of one or more phases: an interval, exact when min = max and no input is bounds. */
type Direct = {
  readonly min: bigint;
  readonly max: bigint | null;
  readonly exact: boolean;
  /** The published phrase, kept while the figure comes from one phase only. */
  readonly phrase: string | undefined;
  /** The index of the one phase behind the figure, or `null` when several are. */
  readonly phase: number | null;
};

const ONE: ExactDecimal = { digits: 1n, scale: 0 };

function decimalRange(range: Readonly<Range>): Coefficient {
  return {
    low: exactDecimal(range.low),
    central: range.central === undefined ? null : exactDecimal(range.central),
    high: exactDecimal(range.high),
    bounded: false,
  };
}

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

function isBelow(a: ExactDecimal, b: ExactDecimal): boolean {
  return compareDecimal(a, b) < 0;
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

function copyRange(range: Readonly<Range>): Range {
  return range.central === undefined
    ? { low: range.low, high: range.high }
    : { low: range.low, central: range.central, high: range.high };
}

function copyBounds(bounds: Readonly<Bounds>): Bounds {
  const copy: Bounds = {};
  if (bounds.min !== undefined) copy.min = bounds.min;
  if (bounds.max !== undefined) copy.max = bounds.max;
  if (bounds.phrase !== undefined) copy.phrase = bounds.phrase;
  return copy;
}

function describeRange(range: Readonly<Range>): string {
  const central = range.central === undefined ? '' : ` (central ${range.central})`;
  return `${range.low}–${range.high}${central}`;
}

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
  const bounds: Bounds = { min: times(measure.low, direct.min) };
  if (direct.max !== null) bounds.max = times(measure.high, direct.max);
  return { kind: 'bounds', bounds };
}

function directFigure(direct: Direct): JobsFigure {
  if (direct.exact) {
    const n = Number(direct.min);
    return { kind: 'range', range: { low: n, central: n, high: n } };
  }
  const bounds: Bounds = { min: Number(direct.min) };
  if (direct.max !== null) bounds.max = Number(direct.max);
  if (direct.phrase !== undefined) bounds.phrase = direct.phrase;
  return { kind: 'bounds', bounds };
}

function sumDirect(a: Direct, b: Direct): Direct {
  return {
    min: a.min + b.min,
    max: a.max === null || b.max === null ? null : a.max + b.max,
    exact: a.exact && b.exact,
    phrase: undefined,
    phase: null,
  };
}

function larger(a: bigint, b: bigint): bigint {
  if (a >= b) return a;
  return b;
}

function peakDirect(a: Direct, b: Direct): Direct {
  const samePhase = a.phase !== null && a.phase === b.phase;
  return {
    min: larger(a.min, b.min),
    max: a.max === null || b.max === null ? null : larger(a.max, b.max),
    exact: a.exact && b.exact,
    phrase: samePhase ? a.phrase : undefined,
    phase: samePhase ? a.phase : null,
  };
}

function asJobYears(direct: Direct): Direct {
  return { ...direct, phrase: undefined, phase: null };
}

function reduceDirect(items: readonly Direct[], merge: (a: Direct, b: Direct) => Direct): Direct {
  const [first, ...rest] = items as [Direct, ...Direct[]];
  return rest.reduce(merge, first);
}

type Measures = {
  readonly indirect: Measure;
  readonly induced: Measure;
  readonly total: Coefficient;
  readonly local: Measure;
  readonly totalIncludes: ('direct' | 'indirect' | 'induced')[];
};

/**
 * Throws unless the projection and `throughYear` are in the domain; the schema keeps a local-hire
 * share, a number or bounds, in [0, 1].
 */
function checkInputs(projection: Readonly<JobProjection>, throughYear: number | undefined): void {
  const parsed = JobProjectionSchema.safeParse(projection);
  if (!parsed.success) {
    throw new ImpactError('INVALID_ARGUMENT', firstIssue(parsed.error.issues, ''), {
      cause: parsed.error,
    });
  }
  if (
    throughYear !== undefined &&
    !(Number.isInteger(throughYear) && throughYear >= 1900 && throughYear <= 2200)
  ) {
    throw new ImpactError('INVALID_ARGUMENT', `throughYear ${throughYear}`);
  }
}

/** The coefficient of each figure, applied to direct jobs, with the notes that explain them. */
function measuresOf(projection: Readonly<JobProjection>, notes: string[]): Measures {
  const { multipliers, localHireShare } = projection;
  const one: Coefficient = { low: ONE, central: ONE, high: ONE, bounded: false };
  let indirect: Measure = { missing: 'multipliers' };
  let induced: Measure = { missing: 'multipliers' };
  let total: Coefficient = one;
  const totalIncludes: Measures['totalIncludes'] = ['direct'];
  if (multipliers === undefined) {
    notes.push(
      'No multipliers were given: indirect and induced jobs are not estimated, and the totals are direct jobs only.',
    );
  } else {
    const typeI = decimalRange(multipliers.typeI);
    const typeII = multipliers.typeII === undefined ? null : decimalRange(multipliers.typeII);
    const described = `Type I ${describeRange(multipliers.typeI)}${
      multipliers.typeII === undefined ? '' : `, Type II ${describeRange(multipliers.typeII)}`
    }`;
    checkMultipliers(typeI, typeII, described);
    indirect = combine(typeI, one, subtractDecimal);
    totalIncludes.push('indirect');
    total = typeI;
    if (typeII === null) {
      induced = { missing: 'typeII' };
      notes.push(
        'No Type II multiplier was given: induced jobs are not estimated, and the totals are direct plus indirect jobs only.',
      );
    } else {
      induced = combine(typeII, typeI, subtractDecimal);
      totalIncludes.push('induced');
      total = typeII;
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
  }

  let local: Measure;
  if (localHireShare === undefined) {
    local = { missing: 'localHireShare' };
    notes.push('No local-hire share was given: local jobs are not estimated.');
  } else if (typeof localHireShare === 'number') {
    const share = exactDecimal(localHireShare);
    local = combine(
      total,
      { low: share, central: share, high: share, bounded: false },
      multiplyDecimal,
    );
    notes.push(
      `Local jobs are the total times the local-hire share (${localHireShare}); the share is applied to indirect and induced jobs too, whose local capture may differ.`,
    );
  } else {
    local = {
      low: multiplyDecimal(total.low, exactDecimal(localHireShare.min ?? 0)),
      central: null,
      high: multiplyDecimal(total.high, exactDecimal(localHireShare.max ?? 1)),
      bounded: true,
    };
    notes.push(
      `Local jobs are the total times a local-hire share known only as bounds (${JSON.stringify(localHireShare)}, read within [0, 1]), so they are bounds; the share is applied to indirect and induced jobs too, whose local capture may differ.`,
    );
  }
  return { indirect, induced, total, local, totalIncludes };
}

/**
 * Projects the jobs of a new mine by year: direct, indirect, induced, total and local jobs, with
 * construction job-years kept apart from permanent operations jobs.
 *
 * @remarks
 * For each year and each kind of phase (construction, operations), `direct` is the sum of the
 * direct jobs of the phases active that year, and (ICMM / CCSI input-output method):
 * - `indirect = (Type I − 1) × direct`;
 * - `induced = (Type II − Type I) × direct`;
 * - `total = direct + indirect + induced = Type II × direct`;
 * - `local = total × localHireShare`.
 *
 * The low, central and high figures use the low, central and high multipliers; a figure has a
 * central estimate only when the multipliers it uses have one (none is invented). The arithmetic
 * is exact on the decimals as written (`(1.4 − 1) × 500` is 200, not 199.99999999999997). When a
 * direct count is bounds ("thousands" = `{ min: 2000 }`) the figures are bounds: the minimum from
 * the low multipliers and the lower bound, the maximum from the high multipliers and the upper
 * bound, and no maximum when the count has none. A local-hire share given as bounds is read as
 * `[min ?? 0, max ?? 1]` (a share lies in [0, 1]) and also gives bounds. Without a Type II
 * multiplier induced jobs are not estimated; without multipliers neither are indirect jobs; the
 * total then adds up the estimated parts only (`totalIncludes`). The same multipliers apply to
 * construction and operations. Construction figures are job-years, operations figures are
 * permanent jobs; they are never added together. The notes state that the multipliers are
 * assumptions and cite their source; input-output multipliers measure gross jobs supported and
 * overstate net job creation (see the "Deposits and jobs" guide).
 *
 * @param projection - The job projection (validated against {@link JobProjectionSchema}).
 * @param options - The last year of the table (see {@link ProjectEmploymentOptions}).
 * @returns The projection by year, the peak operations year, the construction job-years, and the
 * notes; every figure finite and non-negative, every range ordered low <= central <= high, and
 * `total >= direct`.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the projection does not match the schema,
 * a local-hire share given as bounds leaves [0, 1], or `throughYear` is not an integer from 1900
 * to 2200; `INVALID_MULTIPLIER` when a Type I multiplier is below 1, a Type II is below the Type
 * I (low, central or high), or the Type II − Type I spread falls from low to high;
 * `INVALID_NUMBER` when a figure is too large for a double.
 *
 * @example
 * ```ts
 * const employment = projectEmployment({
 *   id: 'proj-1',
 *   depositId: 'dep-1',
 *   scenario: { label: 'Illustrative', kind: 'assumed' },
 *   phases: [{ phase: 'operations', startYear: 2030, endYear: 2031, directJobs: 500 }],
 *   localHireShare: 0.8,
 *   multipliers: {
 *     typeI: { low: 1.4, central: 1.8, high: 2.2 },
 *     typeII: { low: 2, central: 2.5, high: 3 },
 *     sourceId: 'src-io-table',
 *   },
 *   sourceIds: [],
 * });
 * employment.years[0]?.operations?.indirect;
 * //=> { kind: 'range', range: { low: 200, central: 400, high: 600 } }
 * employment.years[0]?.operations?.local;
 * //=> { kind: 'range', range: { low: 800, central: 1000, high: 1200 } }
 * ```
 *
 * @category Jobs
 */
export function projectEmployment(
  projection: Readonly<JobProjection>,
  options?: ProjectEmploymentOptions | undefined,
): EmploymentProjection {
  checkInputs(projection, options?.throughYear);
  const { phases, multipliers, localHireShare } = projection;
  const scenarioWords =
    projection.scenario.kind === 'assumed'
      ? 'the direct jobs are assumptions of the analyst'
      : 'the direct jobs are as reported by the company or authority';
  const notes = [
    `Scenario "${projection.scenario.label}" (${projection.scenario.kind}): ${scenarioWords}.`,
  ];
  const measures = measuresOf(projection, notes);
  const figures = (direct: Direct): EmploymentFigures => ({
    direct: directFigure(direct),
    indirect: figureOf(measures.indirect, direct),
    induced: figureOf(measures.induced, direct),
    total: figureOf(measures.total, direct),
    local: figureOf(measures.local, direct),
  });

  // The years of the table.
  const firstYear = phases.reduce(
    (year, p) => Math.min(year, p.startYear),
    Number.POSITIVE_INFINITY,
  );
  const lastYear = phases.reduce((year, p) => Math.max(year, p.endYear ?? p.startYear), 0);
  const throughYear = options?.throughYear ?? lastYear;
  const directs = phases.map((p, index): Direct => {
    const { min, max } = countInterval(p.directJobs);
    return {
      min: BigInt(min),
      max: max === null ? null : BigInt(max),
      exact: isExactCount(p.directJobs),
      phrase: isExactCount(p.directJobs) ? undefined : p.directJobs.phrase,
      phase: index,
    };
  });
  const years: EmploymentYear[] = [];
  const operationsDirects: Direct[] = [];
  const constructionDirects: Direct[] = [];
  for (let year = firstYear; year <= throughYear; year += 1) {
    const operations: Direct[] = [];
    const construction: Direct[] = [];
    phases.forEach((p, i) => {
      if (p.startYear > year || (p.endYear ?? year) < year) return;
      (p.phase === 'operations' ? operations : construction).push(directs[i] as Direct);
    });
    if (operations.length === 0 && construction.length === 0) continue;
    const operationsDirect = operations.length === 0 ? null : reduceDirect(operations, sumDirect);
    const constructionDirect =
      construction.length === 0 ? null : reduceDirect(construction, sumDirect);
    if (operationsDirect !== null) operationsDirects.push(operationsDirect);
    if (constructionDirect !== null) constructionDirects.push(constructionDirect);
    years.push({
      year,
      operations: operationsDirect === null ? null : figures(operationsDirect),
      construction: constructionDirect === null ? null : figures(constructionDirect),
    });
  }

  if (directs.some((d) => !d.exact)) {
    notes.push(
      'Some direct jobs are known only as bounds: the figures derived from them are bounds, with a maximum only where the direct count has one (none is invented).',
    );
  }
  if (constructionDirects.length > 0) {
    notes.push(
      'Construction jobs are temporary: they are counted in job-years (one job for one year) and never added to permanent operations jobs. The same multipliers are applied to construction and operations.',
    );
  }
  for (const p of phases) {
    if (p.startYear > throughYear) {
      notes.push(
        `The ${p.phase} phase from ${p.startYear} starts after ${throughYear} and is not in the table.`,
      );
    } else if (p.endYear === undefined) {
      notes.push(
        `The ${p.phase} phase from ${p.startYear} has no end year; the table stops at ${throughYear}.`,
      );
    } else if (p.endYear > throughYear) {
      notes.push(`The ${p.phase} phase from ${p.startYear} is cut at ${throughYear}.`);
    }
  }
  if (projection.note !== undefined) notes.push(`Projection note: ${projection.note}`);

  const sourceIds = new Set<SourceId>(projection.sourceIds);
  if (multipliers !== undefined) sourceIds.add(multipliers.sourceId);
  return {
    projectionId: projection.id,
    depositId: projection.depositId,
    scenario: { label: projection.scenario.label, kind: projection.scenario.kind },
    throughYear,
    years,
    operationsPeak:
      operationsDirects.length === 0 ? null : figures(reduceDirect(operationsDirects, peakDirect)),
    constructionJobYears:
      constructionDirects.length === 0
        ? null
        : figures(asJobYears(reduceDirect(constructionDirects, sumDirect))),
    totalIncludes: measures.totalIncludes,
    multipliers:
      multipliers === undefined
        ? null
        : {
            typeI: copyRange(multipliers.typeI),
            ...(multipliers.typeII === undefined ? {} : { typeII: copyRange(multipliers.typeII) }),
            sourceId: multipliers.sourceId,
          },
    localHireShare:
      localHireShare === undefined
        ? null
        : typeof localHireShare === 'number'
          ? localHireShare
          : copyBounds(localHireShare),
    sourceIds: [...sourceIds].sort(),
    notes,
  };
}
