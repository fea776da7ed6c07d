import * as z from 'zod';
import { lazyShape } from '../core/lazyShape.js';
import { pure } from '../core/pure.js';
import { type GriOmission, GriOmissionSchema } from './griOmission.js';
import { type IndicatorStatus, IndicatorStatusSchema } from './indicatorCoverage.js';

/**
 * The schema of {@link GriIndicatorStatus}: an indicator serving a GRI disclosure or topic.
 *
 * @example
 * ```ts
 * GriIndicatorStatusSchema.parse({ indicatorId: 'a', title: 'A', status: 'reported' }).status;
 * //=> 'reported'
 * ```
 *
 * @category Reports
 */
export const GriIndicatorStatusSchema = pure(() =>
  z.strictObject(
    lazyShape({
      /** The catalog id. */
      indicatorId: () => z.string().min(1),
      /** The catalog title. */
      title: () => z.string().min(1),
      /** The indicator's status in the report. */
      status: IndicatorStatusSchema,
    }),
  ),
);

/** The schema of {@link GriRequirementStatus}. */
const GriRequirementStatusSchema = pure(() =>
  z.strictObject(
    lazyShape({
      /** The requirement id, e.g. `'401-1-a'`. */
      id: () => z.string().min(1),
      /** What the requirement asks, in short. */
      text: () => z.string().min(1),
      /** Whether the report presents it. */
      present: () => z.boolean(),
    }),
  ),
);

/**
 * One row of the GRI content index of a report: a disclosure, where the report presents it and,
 * for what it omits, the requirements omitted with GRI 1's reason and an explanation.
 *
 * @remarks
 * GRI 1: Foundation 2021, Requirement 7, asks the content index to list each disclosure with its
 * location and, for an omission, the requirement(s) omitted, the reason (Requirement 6, Table 3)
 * and the explanation. The library checks every requirement item of the disclosure
 * (`requirements`, from the library's requirement table) against the report:
 * - `reported`: every item is present;
 * - `partial`: some items are present, the others are in `requirementsOmitted`;
 * - `omitted`: no item is present. "Not applicable" is one of GRI 1's reasons for omission, so a
 *   disclosure that does not apply is `omitted` with the reason `notApplicable`.
 *
 * `location` holds the anchors of the report's parts that present the disclosure (the
 * indicators' anchors, `indicator-…`), or `not-reported` for an omitted disclosure.
 * `sectorReference` is the GRI 14 topic the library files the disclosure under, when it does.
 *
 * @example
 * ```ts
 * GriContentIndexEntrySchema.parse({
 *   disclosure: 'GRI 202-2',
 *   title: 'Proportion of senior management hired from the local community',
 *   standard: 'GRI 202: Market Presence 2016',
 *   sectorReference: '14.9',
 *   status: 'omitted',
 *   location: ['not-reported'],
 *   requirements: [{ id: '202-2-a', text: 'Percentage of senior management hired locally', present: false }],
 *   requirementsOmitted: ['202-2-a'],
 *   omissions: [{ requirements: ['202-2-a'], reason: 'informationUnavailableOrIncomplete', explanation: 'No employee records.' }],
 *   indicators: [],
 * }).status;
 * //=> 'omitted'
 * ```
 *
 * @category Reports
 */
export const GriContentIndexEntrySchema = pure(() =>
  z.strictObject(
    lazyShape({
      /** The disclosure code, e.g. `'GRI 202-2'`. */
      disclosure: () => z.string().min(1),
      /** The disclosure's title in the GRI Standards. */
      title: () => z.string().min(1),
      /** The GRI Standard it belongs to, e.g. `'GRI 202: Market Presence 2016'`. */
      standard: () => z.string().min(1),
      /** The GRI 14 topic the library files it under, e.g. `'14.9'`; absent when none. */
      sectorReference: () => z.string().min(1).optional(),
      /** Whether every requirement item is presented, some, or none. */
      status: () => z.enum(['reported', 'partial', 'omitted']),
      /** The anchors (without `#`) of the parts of the report that present it. */
      location: () => z.array(z.string().min(1)),
      /** Every requirement item of the disclosure, with whether the report presents it. */
      requirements: () => z.array(GriRequirementStatusSchema),
      /** The ids of the requirement items omitted. */
      requirementsOmitted: () => z.array(z.string().min(1)),
      /** The omissions, one per reason. */
      omissions: () => z.array(GriOmissionSchema),
      /** The catalog indicators that serve the disclosure, with their status in the report. */
      indicators: () => z.array(GriIndicatorStatusSchema),
    }),
  ),
);

/**
 * A GRI content index row (see `GriContentIndexEntrySchema`).
 *
 * @example
 * ```ts
 * declare const entry: GriContentIndexEntry;
 * entry.status === 'reported' ? entry.location : entry.omissions;
 * ```
 *
 * @category Reports
 */
export interface GriContentIndexEntry {
  /** The disclosure code, e.g. `'GRI 202-2'`. */
  readonly disclosure: string;
  /** The disclosure's title in the GRI Standards. */
  readonly title: string;
  /** The GRI Standard it belongs to, e.g. `'GRI 202: Market Presence 2016'`. */
  readonly standard: string;
  /** The GRI 14 topic the library files it under, e.g. `'14.9'`; absent when none. */
  readonly sectorReference?: string | undefined;
  /** Whether every requirement item is presented, some, or none. */
  readonly status: 'reported' | 'partial' | 'omitted';
  /** The anchors (without `#`) of the parts of the report that present it. */
  readonly location: readonly string[];
  /** Every requirement item of the disclosure, with whether the report presents it. */
  readonly requirements: readonly GriRequirementStatus[];
  /** The ids of the requirement items omitted. */
  readonly requirementsOmitted: readonly string[];
  /** The omissions, one per reason. */
  readonly omissions: readonly GriOmission[];
  /** The catalog indicators that serve the disclosure, with their status in the report. */
  readonly indicators: readonly GriIndicatorStatus[];
}

/**
 * A requirement item of a GRI disclosure and whether the report presents it.
 *
 * @category Reports
 */
export interface GriRequirementStatus {
  /** The requirement id, e.g. `'401-1-a'`. */
  readonly id: string;
  /** What the requirement asks, in short. */
  readonly text: string;
  /** Whether the report presents it. */
  readonly present: boolean;
}

/**
 * An indicator that serves a GRI disclosure or topic, with its status in the report.
 *
 * @category Reports
 */
export interface GriIndicatorStatus {
  /** The catalog id. */
  readonly indicatorId: string;
  /** The catalog title. */
  readonly title: string;
  /** The indicator's status in the report. */
  readonly status: IndicatorStatus;
}
