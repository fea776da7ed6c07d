import * as z from 'zod';
import { type CalendarDate, CalendarDateSchema } from '../core/calendarDate.js';
import { type CompanyId, CompanyIdSchema } from '../core/ids.js';
import { lazyShape } from '../core/lazyShape.js';
import { memo } from '../core/memo.js';
import { pure } from '../core/pure.js';
import {
  type IndicatorResult,
  IndicatorResultSchema,
} from '../indicators/contract/indicatorResult.js';
import { type LocalityPolicy, LocalityPolicySchema } from '../model/localityPolicy.js';
import { type Share, ShareSchema } from '../model/ownershipInterest.js';
import type { StateOwnershipStatus } from '../model/stateOwnership.js';
import { type Issue, IssueSchema } from '../validation/issue.js';
import { type EitiSections, EitiSectionsSchema } from './eitiSections.js';
import { type GriContentIndex, GriContentIndexSchema } from './griContentIndexSchema.js';
import { type IndicatorCoverage, IndicatorCoverageSchema } from './indicatorCoverage.js';
import { type ReportFact, ReportFactSchema } from './reportFact.js';
import { type ProgramMoneyRow, ProgramMoneyRowSchema } from './reportProgramMoney.js';
import { type ReportSource, ReportSourceSchema } from './reportSource.js';

/**
 * The version of the report format, `'2.0'`.
 *
 * @remarks
 * It changes when a field of {@link ImpactReportSchema} is removed or changes meaning; a new
 * optional field does not change it. `'2.0'`: `griContentIndex` became an object (statement
 * of use, GRI 1 used, sector standards, rows checked item by item against the disclosures'
 * requirements, omissions with GRI 1's reasons, GRI 14 topics); in `'1.0'` it was an array of
 * disclosures with the library's own reasons.
 *
 * @example
 * ```ts
 * REPORT_FORMAT_VERSION;
 * //=> '2.0'
 * ```
 *
 * @category Reports
 */
export const REPORT_FORMAT_VERSION = '2.0';

/** The schema of the company part of a report, built when the report schema is first read. */
const reportCompanySchema = memo(() =>
  z.strictObject(
    lazyShape({
      /** The company id. */
      id: CompanyIdSchema,
      /** The company name. */
      name: () => z.string().min(1),
      /**
       * Whether the state owns more than 50 % of the company or controls it on `asOf`, through its
       * ownership records (see `stateOwnership`).
       */
      stateOwned: () => z.boolean(),
      /** The state's effective share on `asOf`, in percent: exact, or bounds. */
      stateShare: () => ShareSchema.optional(),
      /** The state's position: state-owned, minority, none or undetermined. */
      stateOwnership: () => z.enum(['stateOwned', 'minority', 'none', 'undetermined']).optional(),
    }),
  ),
);

/**
 * A validated, sourced impact report of one company: what {@link buildImpactReport} returns and
 * what the renderers ({@link renderMarkdown}, {@link renderCsv}, {@link renderJson} and
 * `renderHtml` of `mining-impact/html`) take.
 *
 * @remarks
 * A report is plain JSON data: it survives `JSON.stringify` and parses back with this schema.
 * Its parts, in the order the renderers show them:
 * - `company`, `asOf`, `period` (closed: the report fills a missing end with `asOf`) and
 *   `localityPolicy` (the definition of "local" used, `null` when none was given).
 * - `validation`: the counts and every issue {@link validateDataset} found. A report is built
 *   only from a dataset without errors, so `errors` is always 0; warnings and infos remain.
 * - `facts`: what the dataset states, with bounds, phrases and sources ({@link ReportFact}).
 * - `indicators`: every indicator result the dataset allows, in catalog order
 *   ({@link IndicatorResult}).
 * - `coverage`: for every {@link indicatorCatalog} entry, whether the report holds a figure and
 *   why not ({@link IndicatorCoverage}).
 * - `griContentIndex`: the GRI content index as GRI 1: Foundation 2021 asks: statement of use,
 *   GRI 1 used, GRI 14, one row per disclosure with its location and omissions, and the GRI 14
 *   topics ({@link GriContentIndex}).
 * - `eiti`: EITI 6.1 and 6.3 ({@link EitiSections}).
 * - `sources`: every source of the dataset with the collections citing it
 *   ({@link ReportSource}).
 *
 * @example
 * ```ts
 * import { buildImpactReport, ImpactReportSchema } from 'mining-impact';
 *
 * const report = buildImpactReport(dataset, { asOf: '2025-12-31', period: { start: '2025-01-01' } });
 * ImpactReportSchema.parse(JSON.parse(JSON.stringify(report))).asOf;
 * //=> '2025-12-31'
 * ```
 *
 * @category Reports
 */
export const ImpactReportSchema: z.ZodType<ImpactReport> = pure(() =>
  z.strictObject(
    lazyShape({
      /** The report format version, `'2.0'`. */
      reportVersion: () => z.literal(REPORT_FORMAT_VERSION),
      /** The reporting company. */
      company: () => reportCompanySchema(),
      /** The day the report describes: stocks (headcount, stages) are taken on this day. */
      asOf: CalendarDateSchema,
      /**
       * Why `asOf` is that day: given by the caller, or the latest dated fact of the dataset
       * (absent in reports of earlier versions).
       */
      asOfBasis: () =>
        z
          .strictObject(
            lazyShape({
              /** `given` (the `asOf` option) or `latestDatedFact` (no `asOf` was given). */
              basis: () => z.enum(['given', 'latestDatedFact']),
              /** The fact the day comes from, in words with its JSON Pointer; absent when given. */
              fact: () => z.string().min(1).optional(),
            }),
          )
          .optional(),
      /** The reporting period for flows (hires, spend), closed at both ends. */
      period: () =>
        z.strictObject({
          /** The first day, inclusive. */
          start: CalendarDateSchema,
          /** The last day, inclusive. */
          end: CalendarDateSchema,
        }),
      /** The definition of "local" used; `null` when none was given. */
      localityPolicy: () => LocalityPolicySchema.nullable(),
      /** What validation found. */
      validation: () =>
        z.strictObject(
          lazyShape({
            /** The number of errors (always 0 in a built report). */
            errors: () => z.int().nonnegative(),
            /** The number of warnings. */
            warnings: () => z.int().nonnegative(),
            /** The number of informational issues. */
            infos: () => z.int().nonnegative(),
            /** Every issue, in validation order. */
            issues: () => z.array(IssueSchema),
          }),
        ),
      /** The facts the dataset states, with bounds, phrases and sources. */
      facts: () => z.array(ReportFactSchema),
      /** Every applicable indicator result, in catalog order. */
      indicators: () => z.array(IndicatorResultSchema),
      /** Every catalog indicator with its status in the report. */
      coverage: () => z.array(IndicatorCoverageSchema),
      /** The GRI content index. */
      griContentIndex: GriContentIndexSchema,
      /** The EITI 6.1 and 6.3 sections. */
      eiti: EitiSectionsSchema,
      /**
       * Every amount of money the programs record on `asOf` (budgets, flows, reported amounts),
       * as published (absent in reports of earlier versions).
       */
      programMoney: () => z.array(ProgramMoneyRowSchema).optional(),
      /** Every source of the dataset, with the collections citing it. */
      sources: () => z.array(ReportSourceSchema),
    }),
  ),
);

/**
 * An impact report (see {@link ImpactReportSchema}).
 *
 * @example
 * ```ts
 * declare const report: ImpactReport;
 * report.facts.map((fact) => fact.statement);
 * ```
 *
 * @category Reports
 */
export interface ImpactReport {
  /** The report format version. */
  readonly reportVersion: typeof REPORT_FORMAT_VERSION;
  /** The reporting company. */
  readonly company: ReportCompany;
  /** The day the report describes: stocks (headcount, stages) are taken on this day. */
  readonly asOf: CalendarDate;
  /**
   * Why `asOf` is that day: given by the caller, or the latest dated fact of the dataset, which
   * `fact` names with its JSON Pointer (absent in reports of earlier versions).
   */
  readonly asOfBasis?: AsOfBasis | undefined;
  /** The reporting period for flows (hires, spend), closed at both ends. */
  readonly period: { readonly start: CalendarDate; readonly end: CalendarDate };
  /** The definition of "local" used; `null` when none was given. */
  readonly localityPolicy: LocalityPolicy | null;
  /** What validation found. */
  readonly validation: ReportValidation;
  /** The facts the dataset states, with bounds, phrases and sources. */
  readonly facts: readonly ReportFact[];
  /** Every applicable indicator result, in catalog order. */
  readonly indicators: readonly IndicatorResult[];
  /** Every catalog indicator with its status in the report. */
  readonly coverage: readonly IndicatorCoverage[];
  /** The GRI content index. */
  readonly griContentIndex: GriContentIndex;
  /** The EITI 6.1 and 6.3 sections. */
  readonly eiti: EitiSections;
  /**
   * Every amount of money the programs record on `asOf` (budgets, flows dated on or before it,
   * reported amounts whose period starts on or before it), as published, never added up
   * (absent in reports of earlier versions).
   */
  readonly programMoney?: readonly ProgramMoneyRow[] | undefined;
  /** Every source of the dataset, with the collections citing it. */
  readonly sources: readonly ReportSource[];
}

/**
 * Why a report's `asOf` is that day.
 *
 * @example
 * ```ts
 * const basis: AsOfBasis = {
 *   basis: 'latestDatedFact',
 *   fact: 'the workforce summary of 2025-11-14, at /workforce/0/asOf',
 * };
 * ```
 *
 * @category Reports
 */
export interface AsOfBasis {
  /** `given` (the `asOf` option) or `latestDatedFact` (no `asOf` was given). */
  readonly basis: 'given' | 'latestDatedFact';
  /** The fact the day comes from, in words with its JSON Pointer; absent when given. */
  readonly fact?: string | undefined;
}

/**
 * The company of a report.
 *
 * @category Reports
 */
export interface ReportCompany {
  /** The company id. */
  readonly id: CompanyId;
  /** The company name. */
  readonly name: string;
  /**
   * Whether the state owns more than 50 % of the company or controls it on `asOf`, through its
   * ownership records (see {@link stateOwnership}).
   */
  readonly stateOwned: boolean;
  /**
   * The state's effective share on `asOf`, in percent, along the chains of shareholdings: exact,
   * or bounds when a stake is a range or not stated (absent in reports of earlier versions).
   */
  readonly stateShare?: Share | undefined;
  /**
   * The state's position: `stateOwned`, `minority` (reported with `stateShare`), `none` or
   * `undetermined` (absent in reports of earlier versions).
   */
  readonly stateOwnership?: StateOwnershipStatus | undefined;
}

/**
 * What validation found, in a report.
 *
 * @category Reports
 */
export interface ReportValidation {
  /** The number of errors (always 0 in a built report). */
  readonly errors: number;
  /** The number of warnings. */
  readonly warnings: number;
  /** The number of informational issues. */
  readonly infos: number;
  /** Every issue, in validation order. */
  readonly issues: readonly Issue[];
}
