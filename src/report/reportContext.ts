import type { CalendarDate } from '../core/calendarDate.js';
import type { FxTable } from '../core/fxTable.js';
import type { IndicatorResult } from '../indicators/indicatorResult.js';
import type { Employee } from '../model/employee.js';
import type { ImpactDataset } from '../model/impactDataset.js';
import type { LocalityPolicy } from '../model/localityPolicy.js';
import type { WorkforceSummary } from '../model/workforceSummary.js';
import type { Gazetteer } from '../places/gazetteer.js';

/**
 * What the indicator runners of a report read: the validated dataset and the report's choices.
 *
 * @internal
 */
export interface ReportContext {
  /** The validated dataset. */
  readonly data: ImpactDataset;
  /** The day stocks are taken on. */
  readonly asOf: CalendarDate;
  /** The closed reporting period. */
  readonly period: { readonly start: CalendarDate; readonly end: CalendarDate };
  /** The definition of "local", when given. */
  readonly localityPolicy: LocalityPolicy | undefined;
  /** The exchange-rate table for community investment, when given. */
  readonly fx: FxTable | undefined;
  /** The territories for projected jobs, when given. */
  readonly territoryIds: readonly string[] | undefined;
  /** The gazetteer extended by the dataset's own locations. */
  readonly gazetteer: Gazetteer;
  /** The employee records (empty when the dataset has none). */
  readonly employees: readonly Employee[];
  /** The latest published workforce summary on or before `asOf`, company-wide first. */
  readonly summary: WorkforceSummary | undefined;
}

/**
 * What one runner gives: results, or why the indicators it computes do not apply.
 *
 * @internal
 */
export type RunnerOutcome =
  | {
      /** The results, in the runner's order. */
      readonly results: readonly IndicatorResult[];
      /** Why an indicator of the runner gave no result, for the ids without one. */
      readonly absent?: {
        readonly status: 'dataAbsent' | 'notApplicable';
        readonly detail: string;
      };
    }
  | {
      /** Why the runner's indicators do not apply or lack data. */
      readonly status: 'dataAbsent' | 'notApplicable';
      /** The reason in plain English. */
      readonly detail: string;
    };

/**
 * Computes the indicators of some catalog entries for a report.
 *
 * @remarks
 * A runner lists the catalog ids it computes; {@link reportIndicators} runs every runner once and
 * gives each catalog entry a status from the results. Adding an indicator to reports is adding
 * one runner to its family's list.
 *
 * @internal
 */
export interface IndicatorRunner {
  /** The catalog ids the runner's results carry. */
  readonly ids: readonly string[];
  /** Computes the results, or says why there are none. */
  readonly run: (context: ReportContext) => RunnerOutcome;
}
