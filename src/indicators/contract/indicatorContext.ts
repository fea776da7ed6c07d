import type { CalendarDate } from '../../core/calendarDate.js';
import type { FxTable } from '../../core/fxTable.js';
import type { MassUnit } from '../../core/quantity.js';
import type { EmployeeCategory } from '../../model/employee.js';
import type { ImpactDataset } from '../../model/impactDataset.js';
import type { LocalityPolicy } from '../../model/localityPolicy.js';
import type { WorkforceSummary } from '../../model/workforceSummary.js';
import type { Gazetteer } from '../../places/gazetteer.js';
import type { IndicatorDefinition, IndicatorOutcome } from './defineIndicator.js';

/**
 * What an indicator reads when it runs on a whole dataset (in a report): the validated dataset
 * and the report's choices.
 *
 * @remarks
 * Built once per report by {@link buildImpactReport}; every indicator definition's
 * `fromDataset` reads it and never changes it.
 *
 * @category Indicators
 */
export interface IndicatorContext {
  /** The validated dataset. */
  readonly data: ImpactDataset;
  /** The day stocks are taken on. */
  readonly asOf: CalendarDate;
  /** The closed reporting period. */
  readonly period: { readonly start: CalendarDate; readonly end: CalendarDate };
  /** The definition of "local", when given. */
  readonly localityPolicy: LocalityPolicy | undefined;
  /** The exchange-rate table for money, when given. */
  readonly fx: FxTable | undefined;
  /** The territories for projected jobs, when given. */
  readonly territoryIds: readonly string[] | undefined;
  /** The gazetteer extended by the dataset's own locations. */
  readonly gazetteer: Gazetteer;
  /** What the employee records gave, counted in one pass (from memory or a streamed file). */
  readonly records: EmployeeRecordTotals;
  /** The latest published workforce summary on or before `asOf`, company-wide first. */
  readonly summary: WorkforceSummary | undefined;
  /** The unit of contained metal in the deposits indicators; `undefined` for their default (`t`). */
  readonly metalUnit?: MassUnit | undefined;
}

/**
 * The choices and data an indicator reads before the employee records are counted: the
 * context without its {@link IndicatorContext.records}.
 *
 * @category Indicators
 */
export type IndicatorScope = Omit<IndicatorContext, 'records'>;

/**
 * What a report's employee records gave: their count, their workforce summaries on `asOf` and
 * the outcome of each indicator's fold.
 *
 * @remarks
 * Every record (those of the dataset and those added while a file is streamed) is read once
 * and never kept. A value whose computation failed throws its {@link ImpactError} when read.
 *
 * @category Indicators
 */
export interface EmployeeRecordTotals {
  /** How many employee records were counted. */
  readonly count: number;
  /**
   * The workforce summary of the records on `asOf`, under the report's locality policy and the
   * dataset's sites; `undefined` without records.
   *
   * @throws {@link ImpactError} as `summarizeWorkforce` does.
   */
  readonly summary: () => WorkforceSummary | undefined;
  /**
   * The workforce summary of each employee category's records active on `asOf` (a category
   * without anyone active has none).
   *
   * @throws {@link ImpactError} as `summarizeWorkforce` does.
   */
  readonly categorySummaries: () => Partial<Record<EmployeeCategory, WorkforceSummary>>;
  /**
   * The outcome of a definition's fold over the records; `undefined` for a definition without
   * one.
   *
   * @throws {@link ImpactError} what the fold threw.
   */
  readonly outcomeOf: (definition: IndicatorDefinition) => IndicatorOutcome | undefined;
  /**
   * The result of one of the report's own folds, by name; `undefined` when there is none.
   *
   * @throws {@link ImpactError} what the fold threw.
   */
  readonly extra: (name: string) => unknown;
}
