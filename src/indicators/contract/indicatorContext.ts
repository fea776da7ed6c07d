import type { CalendarDate } from '../../core/calendarDate.js';
import type { FxTable } from '../../core/fxTable.js';
import type { MassUnit } from '../../core/quantity.js';
import type { Employee } from '../../model/employee.js';
import type { ImpactDataset } from '../../model/impactDataset.js';
import type { LocalityPolicy } from '../../model/localityPolicy.js';
import type { WorkforceSummary } from '../../model/workforceSummary.js';
import type { Gazetteer } from '../../places/gazetteer.js';

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
  /** The employee records (empty when the dataset has none). */
  readonly employees: readonly Employee[];
  /** The latest published workforce summary on or before `asOf`, company-wide first. */
  readonly summary: WorkforceSummary | undefined;
  /** The unit of contained metal in the deposits indicators; `undefined` for their default (`t`). */
  readonly metalUnit?: MassUnit | undefined;
}
