import type { CalendarDate } from '../../core/calendarDate.js';
import type { FxTable } from '../../core/fxTable.js';
import type { MassUnit } from '../../core/quantity.js';
import type { ImpactDataset } from '../../model/impactDataset.js';
import type { LocalityPolicy } from '../../model/localityPolicy.js';
import type { WorkforceSummary } from '../../model/workforceSummary.js';
import { createGazetteer } from '../../places/createGazetteer.js';
import type { Gazetteer } from '../../places/gazetteer.js';
import type { IndicatorScope } from './indicatorContext.js';

/**
 * The choices an indicator context is built with (checked by the caller).
 *
 * @internal
 */
export interface IndicatorContextChoices {
  /** The day stocks are taken on. */
  readonly asOf: CalendarDate;
  /** The closed reporting period. */
  readonly period: { readonly start: CalendarDate; readonly end: CalendarDate };
  /** The definition of "local". */
  readonly localityPolicy?: LocalityPolicy | undefined;
  /** The exchange-rate table. */
  readonly fx?: FxTable | undefined;
  /** The territories for projected jobs. */
  readonly territoryIds?: readonly string[] | undefined;
  /** The gazetteer the dataset's locations extend. */
  readonly gazetteer?: Gazetteer | undefined;
  /** The unit of contained metal in the deposits indicators. */
  readonly metalUnit?: MassUnit | undefined;
}

/** The latest summary on or before `asOf`; a company-wide one before a site's on the same day. */
function latestSummary(
  summaries: readonly WorkforceSummary[],
  asOf: CalendarDate,
): WorkforceSummary | undefined {
  let best: WorkforceSummary | undefined;
  for (const summary of summaries) {
    if (summary.asOf > asOf) continue;
    if (
      best === undefined ||
      summary.asOf > best.asOf ||
      (summary.asOf === best.asOf && best.siteId !== undefined && summary.siteId === undefined)
    )
      best = summary;
  }
  return best;
}

/**
 * Builds the scope indicators read on a validated dataset: the gazetteer extended by the
 * dataset's own locations (a dataset location replaces a gazetteer location with its id) and
 * the latest published workforce summary on or before `asOf`. The employee records are counted
 * apart, in one pass (see `createRecordPass`).
 *
 * @param data - The validated dataset.
 * @param choices - The report's choices.
 * @returns The scope.
 * @internal
 */
export function indicatorContextOf(
  data: ImpactDataset,
  choices: Readonly<IndicatorContextChoices>,
): IndicatorScope {
  const own = new Set<string>(data.locations.map((l) => l.id));
  const base = choices.gazetteer;
  const gazetteer = createGazetteer([
    ...[...(base?.byId.values() ?? [])].filter((l) => !own.has(l.id)),
    ...data.locations,
  ]);
  return {
    data,
    asOf: choices.asOf,
    period: choices.period,
    localityPolicy: choices.localityPolicy,
    fx: choices.fx,
    territoryIds: choices.territoryIds,
    gazetteer,
    summary: latestSummary(data.workforce, choices.asOf),
    ...(choices.metalUnit === undefined ? {} : { metalUnit: choices.metalUnit }),
  };
}
