import * as z from 'zod';
import type { Bounds } from '../core/bounds.js';
import { boundsSchemaOf } from '../core/boundsSchemaOf.js';
import { type Count, CountSchema } from '../core/count.js';
import {
  type DepositId,
  DepositIdSchema,
  type ProjectionId,
  ProjectionIdSchema,
  type SourceId,
  SourceIdSchema,
} from '../core/ids.js';
import { lazyShape } from '../core/lazyShape.js';
import { ORDERED_KEYWORD } from '../core/orderedKeyword.js';
import { pure } from '../core/pure.js';
import { type Range, RangeSchema } from '../core/range.js';

/**
 * One phase of a projected development: construction or operations, the years it spans and the
 * direct jobs it needs.
 *
 * @example
 * ```ts
 * ProjectionPhaseSchema.parse({ phase: 'operations', startYear: 2027, endYear: 2040, directJobs: { min: 2000, phrase: 'thousands' } }).phase;
 * //=> 'operations'
 * ```
 *
 * @category Model
 */
export const ProjectionPhaseSchema = pure(() =>
  z
    .strictObject(
      lazyShape({
        /** Construction (temporary job-years) or operations (permanent jobs). */
        phase: () => z.enum(['construction', 'operations']),
        /** The first year of the phase. */
        startYear: () => z.int().min(1900).max(2200),
        /** The last year of the phase; absent when open-ended. */
        endYear: () => z.int().min(1900).max(2200).optional(),
        /** Direct jobs per year of the phase, exact or as bounds. */
        directJobs: CountSchema,
      }),
    )
    .refine((p) => p.endYear === undefined || p.startYear <= p.endYear, {
      message: 'The phase ends before it starts.',
      path: ['endYear'],
      params: { code: 'period.end_before_start' },
    })
    .meta({ [ORDERED_KEYWORD]: ['startYear', 'endYear'] }),
);

/**
 * One phase of a projected development: construction or operations, the years it spans and the
 * direct jobs it needs.
 *
 * @remarks
 * `startYear <= endYear` (issue code `period.end_before_start`). The schema is
 * `JobProjectionSchema.shape.phases.element`.
 *
 * @example
 * ```ts
 * const phase: ProjectionPhase = { phase: 'construction', startYear: 2026, endYear: 2027, directJobs: 800 };
 * ```
 *
 * @category Model
 */
export interface ProjectionPhase {
  /** Construction (temporary job-years) or operations (permanent jobs). */
  readonly phase: 'construction' | 'operations';
  /** The first year of the phase. */
  readonly startYear: number;
  /** The last year of the phase; absent when open-ended. */
  readonly endYear?: number | undefined;
  /** Direct jobs per year of the phase, exact or as bounds. */
  readonly directJobs: Count;
}

// Bounds on a fraction: the shape of BoundsSchema with both bounds in [0, 1].
const FractionBoundsSchema = pure(() => boundsSchemaOf(z.number().min(0).max(1)));

/**
 * A projection of the jobs a new mine will create, under a named scenario.
 *
 * @remarks
 * `scenario.kind` says whether the figures were reported by the company or authority
 * (`reported`) or are assumptions of the analyst (`assumed`). Input-output multipliers turn
 * direct jobs into indirect (Type I) and induced (Type II) jobs; they are ranges because they are
 * estimates, and they carry their source. `localHireShare` is a fraction in [0, 1] or bounds on
 * one.
 *
 * @example
 * ```ts
 * JobProjectionSchema.parse({
 *   id: 'proj-zod',
 *   depositId: 'dep-zod',
 *   scenario: { label: 'Illustrative', kind: 'assumed' },
 *   phases: [{ phase: 'operations', startYear: 2030, directJobs: 500 }],
 *   sourceIds: [],
 * }).scenario.kind;
 * //=> 'assumed'
 * ```
 *
 * @category Model
 */
export const JobProjectionSchema = pure(() =>
  z.strictObject(
    lazyShape({
      /** The id other records cite. */
      id: ProjectionIdSchema,
      /** The deposit to be developed. */
      depositId: DepositIdSchema,
      /** The scenario: a label and whether its figures are reported or assumed. */
      scenario: () =>
        z.strictObject(
          lazyShape({
            /** A short name for the scenario. */
            label: () => z.string().min(1).max(500),
            /** `reported` by the company or an authority, or `assumed` by the analyst. */
            kind: () => z.enum(['reported', 'assumed']),
          }),
        ),
      /** The phases of the development. */
      phases: () => z.array(ProjectionPhaseSchema).min(1),
      /** The share of jobs expected to go to local people: a fraction in [0, 1] or bounds on one. */
      localHireShare: () => z.union([z.number().min(0).max(1), FractionBoundsSchema]).optional(),
      /** Input-output employment multipliers, as ranges, with their source. */
      multipliers: () =>
        z
          .strictObject(
            lazyShape({
              /** Type I multiplier: (direct + indirect) / direct, >= 1. */
              typeI: RangeSchema,
              /** Type II multiplier: (direct + indirect + induced) / direct, >= Type I. */
              typeII: () => RangeSchema.optional(),
              /** The study the multipliers come from. */
              sourceId: SourceIdSchema,
            }),
          )
          .optional(),
      /** Anything a reader should know: what is assumed and why. */
      note: () => z.string().min(1).max(5000).optional(),
      /** The sources of the projection. */
      sourceIds: () => z.array(SourceIdSchema),
    }),
  ),
);

/**
 * A projection of the jobs a new mine will create, under a named scenario (see
 * {@link JobProjectionSchema}).
 *
 * @remarks
 * `scenario.kind` says whether the figures were reported by the company or authority
 * (`reported`) or are assumptions of the analyst (`assumed`). `localHireShare` is a fraction in
 * [0, 1] or bounds on one (both bounds in [0, 1]).
 *
 * @example
 * ```ts
 * declare const projection: JobProjection;
 * projection.scenario.kind;
 * ```
 *
 * @category Model
 */
export interface JobProjection {
  /** The id other records cite. */
  readonly id: ProjectionId;
  /** The deposit to be developed. */
  readonly depositId: DepositId;
  /** The scenario: a label and whether its figures are reported or assumed. */
  readonly scenario: {
    /** A short name for the scenario. */
    readonly label: string;
    /** `reported` by the company or an authority, or `assumed` by the analyst. */
    readonly kind: 'reported' | 'assumed';
  };
  /** The phases of the development (at least one). */
  readonly phases: readonly ProjectionPhase[];
  /** The share of jobs expected to go to local people: a fraction in [0, 1] or bounds on one. */
  readonly localHireShare?: number | Bounds | undefined;
  /** Input-output employment multipliers, as ranges, with their source. */
  readonly multipliers?:
    | {
        /** Type I multiplier: (direct + indirect) / direct, >= 1. */
        readonly typeI: Range;
        /** Type II multiplier: (direct + indirect + induced) / direct, >= Type I. */
        readonly typeII?: Range | undefined;
        /** The study the multipliers come from. */
        readonly sourceId: SourceId;
      }
    | undefined;
  /** Anything a reader should know: what is assumed and why. */
  readonly note?: string | undefined;
  /** The sources of the projection. */
  readonly sourceIds: readonly SourceId[];
}
