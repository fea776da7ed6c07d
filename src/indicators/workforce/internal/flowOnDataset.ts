import type { CalendarDate } from '../../../core/calendarDate.js';
import type { Site } from '../../../model/site.js';
import type { Gazetteer } from '../../../places/gazetteer.js';
import type { IndicatorScope } from '../../contract/indicatorContext.js';
import type { IndicatorResult } from '../../contract/indicatorResult.js';
import type { WorkforceDimension } from '../workforceDimension.js';

/** The options a GRI 401-1 rate takes on a dataset, and the note when the region is missing. */
export interface FlowOnDataset {
  readonly options: {
    readonly period: { readonly start: CalendarDate; readonly end: CalendarDate };
    readonly breakdown: readonly WorkforceDimension[];
    readonly sites?: readonly Site[];
    readonly gazetteer?: Gazetteer;
  };
  readonly note: string | undefined;
}

/**
 * The GRI 401-1 breakdowns of a rate on a dataset: age band, gender and the work region when
 * the dataset has sites (each site has a location); without sites, no region rows and a note
 * saying why (the home region is not put in the place of the work region).
 *
 * @param context - The report's context.
 * @returns The options and the note, if any.
 * @internal
 */
export function flowOnDataset(context: Readonly<IndicatorScope>): FlowOnDataset {
  const sites = context.data.sites;
  if (sites.length === 0) {
    return {
      options: { period: context.period, breakdown: ['ageBand', 'gender'] },
      note: 'No breakdown by region (GRI 401-1): the dataset has no sites with a location, so the region where the employees work is not known. The region of their homes is not used in its place.',
    };
  }
  return {
    options: {
      period: context.period,
      breakdown: ['ageBand', 'gender', 'workRegion'],
      sites,
      gazetteer: context.gazetteer,
    },
    note: undefined,
  };
}

/**
 * Adds the note of {@link flowOnDataset} to a result, when there is one.
 *
 * @param result - The rate.
 * @param note - The note, if any.
 * @returns The result with the note last.
 * @internal
 */
export function withDatasetNote(
  result: IndicatorResult,
  note: string | undefined,
): IndicatorResult {
  return note === undefined ? result : { ...result, notes: [...result.notes, note] };
}
