import * as z from 'zod';
import { type Bounds, BoundsSchema } from '../core/bounds.js';
import { type Count, CountSchema } from '../core/count.js';
import { type SourceId, SourceIdSchema } from '../core/ids.js';
import { lazyShape } from '../core/lazyShape.js';
import { type PartialDate, PartialDateSchema } from '../core/partialDate.js';
import { pure } from '../core/pure.js';

/**
 * One fact a report states, as the dataset publishes it, with its bounds, phrase and sources.
 *
 * @remarks
 * Facts are what the company or its sources say, not what the library computes: a published
 * headcount, a share known only as a bound ("over 80 percent of 2,554" is `count: { min: 2044,
 * phrase }` and `share: { min: 2044 / 2554, max: 1 }`), the program categories in each set of
 * districts, beneficiary counts, awards, job figures of projections, the founding date and
 * state ownership. `statement` is a plain-English sentence generated from the data; figures in
 * it are rounded toward what the statement allows (a lower bound down, an upper bound up), so
 * "a share of at least 0.80" stays true. `reliability` is the weakest reliability among the
 * fact's sources (`unknown` when a source does not say or the fact cites none).
 *
 * @example
 * ```ts
 * ReportFactSchema.parse({
 *   id: 'workforce.fromRegions',
 *   topic: 'workforce',
 *   statement: 'At least 2,044 of 2,554 people come from the regions.',
 *   count: { min: 2044, phrase: 'over 80 percent of 2,554' },
 *   share: { min: 0.8003, max: 1 },
 *   path: '/workforce/0/fromRegions',
 *   sourceIds: ['src-trend-4117320'],
 *   reliability: 'secondary',
 * }).topic;
 * //=> 'workforce'
 * ```
 *
 * @category Reports
 */
export const ReportFactSchema = pure(() =>
  z.strictObject(
    lazyShape({
      /** A stable id within the report, e.g. `'workforce.fromRegions'`. */
      id: () => z.string().min(1),
      /** What the fact is about. */
      topic: () =>
        z.enum(['company', 'ownership', 'workforce', 'programs', 'awards', 'projections']),
      /** The fact as one plain-English sentence. */
      statement: () => z.string().min(1),
      /** The day (or the month or year, as published) the fact refers to, when stated. */
      asOf: () => PartialDateSchema.optional(),
      /** A counted figure: exact, or bounds with the published phrase. */
      count: () => CountSchema.optional(),
      /** A share (a fraction in [0, 1]) the count implies, as bounds. */
      share: () => BoundsSchema.optional(),
      /** The published words of the figure, when there are any. */
      phrase: () => z.string().min(1).optional(),
      /** Program categories named by the fact, with readable labels. */
      categories: () =>
        z
          .array(
            z.strictObject(
              lazyShape({
                /** The category code, e.g. `'sportsAndHealth'`. */
                key: () => z.string().min(1),
                /** The readable label, e.g. `'sports and health'`. */
                label: () => z.string().min(1),
              }),
            ),
          )
          .optional(),
      /** Locations named by the fact (district or first-level city), with readable labels. */
      locations: () =>
        z
          .array(
            z.strictObject(
              lazyShape({
                /** The location id, e.g. `'AZ-DAS'`. */
                id: () => z.string().min(1),
                /** The readable label, e.g. `'Daşkəsən (Dashkasan)'`. */
                label: () => z.string().min(1),
              }),
            ),
          )
          .optional(),
      /** Where the fact is in the dataset: an RFC 6901 JSON Pointer. */
      path: () => z.string(),
      /** The sources of the fact. */
      sourceIds: () => z.array(SourceIdSchema),
      /** The weakest reliability among the sources, `unknown` when not stated. */
      reliability: () => z.enum(['verified', 'secondary', 'unverified', 'unknown']),
    }),
  ),
);

/**
 * A fact stated by a report (see `ReportFactSchema`).
 *
 * @example
 * ```ts
 * declare const fact: ReportFact;
 * fact.count ?? fact.statement;
 * ```
 *
 * @category Reports
 */
export interface ReportFact {
  /** A stable id within the report, e.g. `'workforce.fromRegions'`. */
  readonly id: string;
  /** What the fact is about. */
  readonly topic: 'company' | 'ownership' | 'workforce' | 'programs' | 'awards' | 'projections';
  /** The fact as one plain-English sentence. */
  readonly statement: string;
  /** The day (or the month or year, as published) the fact refers to, when stated. */
  readonly asOf?: PartialDate | undefined;
  /** A counted figure: exact, or bounds with the published phrase. */
  readonly count?: Count | undefined;
  /** A share (a fraction in [0, 1]) the count implies, as bounds. */
  readonly share?: Bounds | undefined;
  /** The published words of the figure, when there are any. */
  readonly phrase?: string | undefined;
  /** Program categories named by the fact, with readable labels. */
  readonly categories?: readonly ReportLabel[] | undefined;
  /** Locations named by the fact (district or first-level city), with readable labels. */
  readonly locations?: readonly ReportPlace[] | undefined;
  /** Where the fact is in the dataset: an RFC 6901 JSON Pointer. */
  readonly path: string;
  /** The sources of the fact. */
  readonly sourceIds: readonly SourceId[];
  /** The weakest reliability among the sources, `unknown` when not stated. */
  readonly reliability: 'verified' | 'secondary' | 'unverified' | 'unknown';
}

/**
 * A code with its readable label, e.g. a program category.
 *
 * @category Reports
 */
export interface ReportLabel {
  /** The code, e.g. `'sportsAndHealth'`. */
  readonly key: string;
  /** The readable label, e.g. `'sports and health'`. */
  readonly label: string;
}

/**
 * A location with its readable label.
 *
 * @category Reports
 */
export interface ReportPlace {
  /** The location id, e.g. `'AZ-DAS'`. */
  readonly id: string;
  /** The readable label, e.g. `'Daşkəsən (Dashkasan)'`. */
  readonly label: string;
}
