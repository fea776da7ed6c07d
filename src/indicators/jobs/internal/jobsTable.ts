import { appendAll, maxOf, minOf } from '../../../core/appendAll.js';
import type { Bounds } from '../../../core/bounds.js';
import { approximateNote, isApproximateCount, isExactCount } from '../../../core/count.js';
import { ImpactError } from '../../../core/ImpactError.js';
import type { SourceId } from '../../../core/ids.js';
import type { Range } from '../../../core/range.js';
import { type JobProjection, JobProjectionSchema } from '../../../model/jobProjection.js';
import { parseOne } from '../../internal/parseEach.js';
import type { JobsFigures } from '../jobsFigures.js';
import type { JobsProjection } from '../jobsProjection.js';
import {
  asJobYears,
  type Direct,
  directsOf,
  figuresOf,
  peakDirect,
  reduceDirect,
  sumDirect,
} from './directJobs.js';
import { type Measures, measuresOf } from './jobsCoefficients.js';
import type { TotalComponent } from './jobsComponents.js';

/**
 * The projected jobs of one year: permanent operations jobs and construction job-years, kept
 * apart.
 *
 * @internal
 */
export interface JobsTableYear {
  /** The calendar year. */
  readonly year: number;
  /** Permanent jobs of the operations phases active in the year; `null` when none is. */
  readonly operations: JobsFigures | null;
  /** Job-years of the construction phases active in the year; `null` when none is. */
  readonly construction: JobsFigures | null;
}

/**
 * A job projection turned into direct, indirect, induced, total and local jobs by year, for
 * both kinds of phase, with its assumptions stated: what {@link projectEmployment} presents as
 * one result per kind of phase, and {@link jobsInTerritories} adds up.
 *
 * @internal
 */
export interface JobsTable {
  readonly projectionId: JobsProjection['projectionId'];
  readonly depositId: JobsProjection['depositId'];
  readonly scenario: JobsProjection['scenario'];
  /** The last year of the table. */
  readonly throughYear: number;
  /** The figures by year, oldest first; only years with an active phase. */
  readonly years: readonly JobsTableYear[];
  /** The peak yearly permanent operations jobs; `null` when no operations year is listed. */
  readonly operationsPeak: JobsFigures | null;
  /** The construction job-years summed over the years listed; `null` when there are none. */
  readonly constructionJobYears: JobsFigures | null;
  /** The components the `total` figures add up. */
  readonly totalIncludes: readonly TotalComponent[];
  /** The multipliers used, copied; `null` when none were given. */
  readonly multipliers: JobsProjection['multipliers'];
  /** The local-hire share used, copied; `null` when none was given. */
  readonly localHireShare: JobsProjection['localHireShare'];
  /** The sources: the projection's and the multipliers'. */
  readonly sourceIds: readonly SourceId[];
  /** The assumptions and caveats a reader needs. */
  readonly notes: readonly string[];
}

/** The direct jobs of each kind of phase active in one year. */
interface DirectYear {
  readonly year: number;
  readonly operations: Direct | null;
  readonly construction: Direct | null;
}

/** The years of the table with the direct jobs of each kind of phase active in them. */
interface DirectYears {
  readonly years: DirectYear[];
  readonly operations: Direct[];
  readonly construction: Direct[];
}

/** Throws unless `throughYear` is an integer from 1900 to 2200 (or absent). */
function checkThroughYear(throughYear: number | undefined): void {
  if (
    throughYear !== undefined &&
    !(Number.isInteger(throughYear) && throughYear >= 1900 && throughYear <= 2200)
  ) {
    throw new ImpactError('INVALID_ARGUMENT', `throughYear ${throughYear}`);
  }
}

/** A copy of a range without absent keys. */
function copyRange(range: Readonly<Range>): Range {
  return range.central === undefined
    ? { low: range.low, high: range.high }
    : { low: range.low, central: range.central, high: range.high };
}

/** A copy of bounds without absent keys. */
function copyBounds(bounds: Readonly<Bounds>): Bounds {
  return {
    ...(bounds.min === undefined ? {} : { min: bounds.min }),
    ...(bounds.max === undefined ? {} : { max: bounds.max }),
    ...(bounds.phrase === undefined ? {} : { phrase: bounds.phrase }),
  };
}

/** Sums the direct jobs of the phases of each kind active in each year through `throughYear`. */
function directYears(projection: Readonly<JobProjection>, throughYear: number): DirectYears {
  const { phases } = projection;
  const directs = directsOf(phases);
  const firstYear = minOf(
    Number.POSITIVE_INFINITY,
    phases.map((p) => p.startYear),
  );
  const table: DirectYears = { years: [], operations: [], construction: [] };
  for (let year = firstYear; year <= throughYear; year += 1) {
    const active = { operations: [] as Direct[], construction: [] as Direct[] };
    phases.forEach((p, i) => {
      if (p.startYear <= year && (p.endYear ?? year) >= year) {
        active[p.phase].push(directs[i] as Direct);
      }
    });
    const operations =
      active.operations.length === 0 ? null : reduceDirect(active.operations, sumDirect);
    const construction =
      active.construction.length === 0 ? null : reduceDirect(active.construction, sumDirect);
    if (operations === null && construction === null) continue;
    if (operations !== null) table.operations.push(operations);
    if (construction !== null) table.construction.push(construction);
    table.years.push({ year, operations, construction });
  }
  return table;
}

/** The notes on bounds, construction, phases cut at `throughYear` and the projection's note. */
function tableNotes(
  projection: Readonly<JobProjection>,
  directs: DirectYears,
  throughYear: number,
): string[] {
  const notes: string[] = [];
  if (
    projection.phases.some((p) => !isExactCount(p.directJobs) && !isApproximateCount(p.directJobs))
  ) {
    notes.push(
      'Some direct jobs are known only as bounds: the figures derived from them are bounds, with a maximum only where the direct count has one (none is invented).',
    );
  }
  for (const p of projection.phases) {
    if (isApproximateCount(p.directJobs)) {
      notes.push(
        approximateNote(
          `direct jobs of the ${p.phase} phase from ${p.startYear}`,
          p.directJobs.phrase,
        ),
      );
    }
  }
  if (directs.construction.length > 0) {
    notes.push(
      'Construction jobs are temporary: they are counted in job-years (one job for one year) and never added to permanent operations jobs. The same multipliers are applied to construction and operations.',
    );
  }
  for (const p of projection.phases) {
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
  return notes;
}

/** The figures of each year, the operations peak and the construction job-years. */
function figuresByYear(
  directs: DirectYears,
  measures: Measures,
): Pick<JobsTable, 'years' | 'operationsPeak' | 'constructionJobYears'> {
  const figures = (direct: Direct | null): JobsFigures | null =>
    direct === null ? null : figuresOf(measures, direct);
  return {
    years: directs.years.map(({ year, operations, construction }) => ({
      year,
      operations: figures(operations),
      construction: figures(construction),
    })),
    operationsPeak:
      directs.operations.length === 0
        ? null
        : figures(reduceDirect(directs.operations, peakDirect)),
    constructionJobYears:
      directs.construction.length === 0
        ? null
        : figures(asJobYears(reduceDirect(directs.construction, sumDirect))),
  };
}

/**
 * Projects the jobs of a new mine by year (see {@link projectEmployment} for the method).
 *
 * @param projection - The job projection.
 * @param throughYear - The last year of the table; default the latest start or end year of any
 * phase.
 * @returns The table, for both kinds of phase.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the projection does not match
 * {@link JobProjectionSchema} or `throughYear` is not an integer from 1900 to 2200;
 * `INVALID_MULTIPLIER` for multipliers that would give negative or unordered jobs;
 * `INVALID_NUMBER` when a figure is too large for a double.
 * @internal
 */
export function jobsTableOf(
  projection: Readonly<JobProjection>,
  throughYear?: number | undefined,
): JobsTable {
  parseOne(JobProjectionSchema, projection, 'projection');
  checkThroughYear(throughYear);
  const { phases, multipliers, localHireShare, scenario } = projection;
  const scenarioWords =
    scenario.kind === 'assumed'
      ? 'the direct jobs are assumptions of the analyst'
      : 'the direct jobs are as reported by the company or authority';
  const notes = [`Scenario "${scenario.label}" (${scenario.kind}): ${scenarioWords}.`];
  const measures = measuresOf(projection, notes);
  const lastYear = maxOf(
    Number.NEGATIVE_INFINITY,
    phases.map((p) => p.endYear ?? p.startYear),
  );
  const through = throughYear ?? lastYear;
  const directs = directYears(projection, through);
  appendAll(notes, tableNotes(projection, directs, through));
  const sourceIds = new Set<SourceId>(projection.sourceIds);
  if (multipliers !== undefined) sourceIds.add(multipliers.sourceId);
  return {
    projectionId: projection.id,
    depositId: projection.depositId,
    scenario: { label: scenario.label, kind: scenario.kind },
    throughYear: through,
    ...figuresByYear(directs, measures),
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
      localHireShare === undefined || typeof localHireShare === 'number'
        ? (localHireShare ?? null)
        : copyBounds(localHireShare),
    sourceIds: [...sourceIds].sort(),
    notes,
  };
}
