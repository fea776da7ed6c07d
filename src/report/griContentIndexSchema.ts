import * as z from 'zod';
import { type CalendarDate, CalendarDateSchema } from '../core/calendarDate.js';
import { lazyShape } from '../core/lazyShape.js';
import { pure } from '../core/pure.js';
import {
  type GriContentIndexEntry,
  GriContentIndexEntrySchema,
  type GriIndicatorStatus,
  GriIndicatorStatusSchema,
} from './griContentIndexEntry.js';

/**
 * The GRI content index of a report, as GRI 1: Foundation 2021 (Requirement 7 and Appendixes 1
 * and 2) lays it out: the statement of use, the GRI 1 used, the applicable GRI Sector Standard,
 * one row per disclosure and the GRI 14 topics with their disclosures.
 *
 * @remarks
 * - `statementOfUse`: the organisation, the reporting period and the claim, `withReferenceTo`
 *   (the default) or `inAccordanceWith`, with the sentence GRI 1's templates give it. The
 *   library does not check the other requirements of an "in accordance with" claim (all of
 *   GRI 2, GRI 3, every material topic); the claim is the user's.
 * - `gri1Used`: always `'GRI 1: Foundation 2021'`.
 * - `sectorStandards`: GRI 14: Mining Sector 2024, in effect for reporting from 1 January 2026;
 *   a note says so when the period starts before that day.
 * - `entries`: one per GRI disclosure the catalog serves ({@link GriContentIndexEntry}).
 * - `topics`: the GRI 14 topics the catalog serves, each with the disclosures the library files
 *   under it and the indicators that serve the topic directly.
 *
 * @example
 * ```ts
 * declare const index: GriContentIndex;
 * index.statementOfUse.sentence;
 * //=> 'AzerGold CJSC has reported the information cited in this GRI content index for the period 2025-01-01 to 2025-12-31 with reference to the GRI Standards.'
 * ```
 *
 * @category Reports
 */
export const GriContentIndexSchema = pure(() =>
  z.strictObject(
    lazyShape({
      /** The statement of use. */
      statementOfUse: () =>
        z.strictObject(
          lazyShape({
            /** The organisation's name. */
            organization: () => z.string().min(1),
            /** The first day of the reporting period. */
            periodStart: CalendarDateSchema,
            /** The last day of the reporting period. */
            periodEnd: CalendarDateSchema,
            /** The claim: "with reference to" or "in accordance with" the GRI Standards. */
            claim: () => z.enum(['withReferenceTo', 'inAccordanceWith']),
            /** The statement as GRI 1's template words it. */
            sentence: () => z.string().min(1),
          }),
        ),
      /** The GRI 1 used. */
      gri1Used: () => z.literal('GRI 1: Foundation 2021'),
      /** The applicable GRI Sector Standards. */
      sectorStandards: () =>
        z.array(
          z.strictObject(
            lazyShape({
              /** The standard's title. */
              title: () => z.string().min(1),
              /** The day from which the standard is in effect for reporting. */
              effectiveFrom: CalendarDateSchema,
              /** A note on its applicability to the period; absent when none is needed. */
              note: () => z.string().min(1).optional(),
            }),
          ),
        ),
      /** One row per disclosure, in numeric order. */
      entries: () => z.array(GriContentIndexEntrySchema),
      /** The GRI 14 topics the catalog serves, in numeric order. */
      topics: () =>
        z.array(
          z.strictObject(
            lazyShape({
              /** The topic number, e.g. `'14.9'`. */
              number: () => z.string().min(1),
              /** The topic title, e.g. `'Economic impacts'`. */
              title: () => z.string().min(1),
              /** The disclosures the library files under the topic, e.g. `['GRI 201-1']`. */
              disclosures: () => z.array(z.string().min(1)),
              /** The indicators that serve the topic directly (the catalog names the topic). */
              indicators: () => z.array(GriIndicatorStatusSchema),
            }),
          ),
        ),
    }),
  ),
);

/**
 * The statement of use of a GRI content index.
 *
 * @category Reports
 */
export interface GriStatementOfUse {
  /** The organisation's name. */
  readonly organization: string;
  /** The first day of the reporting period. */
  readonly periodStart: CalendarDate;
  /** The last day of the reporting period. */
  readonly periodEnd: CalendarDate;
  /** The claim: "with reference to" or "in accordance with" the GRI Standards. */
  readonly claim: 'withReferenceTo' | 'inAccordanceWith';
  /** The statement as GRI 1's template words it. */
  readonly sentence: string;
}

/**
 * An applicable GRI Sector Standard.
 *
 * @category Reports
 */
export interface GriSectorStandard {
  /** The standard's title. */
  readonly title: string;
  /** The day from which the standard is in effect for reporting. */
  readonly effectiveFrom: CalendarDate;
  /** A note on its applicability to the period; absent when none is needed. */
  readonly note?: string | undefined;
}

/**
 * A GRI 14 topic with the disclosures the library files under it.
 *
 * @category Reports
 */
export interface GriSectorTopic {
  /** The topic number, e.g. `'14.9'`. */
  readonly number: string;
  /** The topic title, e.g. `'Economic impacts'`. */
  readonly title: string;
  /** The disclosures the library files under the topic, e.g. `['GRI 201-1']`. */
  readonly disclosures: readonly string[];
  /** The indicators that serve the topic directly (the catalog names the topic). */
  readonly indicators: readonly GriIndicatorStatus[];
}

/**
 * A GRI content index (see `GriContentIndexSchema`).
 *
 * @example
 * ```ts
 * declare const index: GriContentIndex;
 * index.entries.filter((entry) => entry.status !== 'reported').map((entry) => entry.disclosure);
 * ```
 *
 * @category Reports
 */
export interface GriContentIndex {
  /** The statement of use. */
  readonly statementOfUse: GriStatementOfUse;
  /** The GRI 1 used. */
  readonly gri1Used: 'GRI 1: Foundation 2021';
  /** The applicable GRI Sector Standards. */
  readonly sectorStandards: readonly GriSectorStandard[];
  /** One row per disclosure, in numeric order. */
  readonly entries: readonly GriContentIndexEntry[];
  /** The GRI 14 topics the catalog serves, in numeric order. */
  readonly topics: readonly GriSectorTopic[];
}
