import { ImpactError } from '../../core/ImpactError.js';
import type { IndicatorCatalogEntry } from './indicatorCatalogEntry.js';
import type { IndicatorContext, IndicatorScope } from './indicatorContext.js';
import type { IndicatorResult } from './indicatorResult.js';
import type { RecordFold } from './recordFold.js';

/**
 * Why an indicator gives no result on a dataset.
 *
 * @remarks
 * `dataAbsent`: the dataset lacks what the indicator needs (no employee records, no programs);
 * `notApplicable`: the indicator does not apply (no territories were chosen).
 *
 * @category Indicators
 */
export interface IndicatorAbsence {
  /** Whether data is missing or the indicator does not apply. */
  readonly status: 'dataAbsent' | 'notApplicable';
  /** The reason in plain English. */
  readonly detail: string;
}

/**
 * What an indicator gives on a dataset: its results, or why there are none.
 *
 * @category Indicators
 */
export type IndicatorOutcome = readonly IndicatorResult[] | IndicatorAbsence;

/**
 * One indicator, defined once: its catalog entry, the pure function that computes it, and how
 * it runs on a whole dataset.
 *
 * @remarks
 * Each indicator's file defines it with `defineIndicator`; each family lists its
 * definitions in one registry. The catalog, the report, the invariant tests and the generated
 * indicator table of the docs all read the registries.
 *
 * @typeParam TCompute - The indicator's function.
 *
 * @category Indicators
 */
export interface IndicatorDefinition<
  TCompute extends (...args: never[]) => unknown = (...args: never[]) => unknown,
> {
  /** The catalog entry. */
  readonly entry: IndicatorCatalogEntry;
  /** The pure function, as exported. */
  readonly compute: TCompute;
  /**
   * Runs the indicator on a dataset: its results, or why there are none. For an indicator with
   * {@link IndicatorDefinition.fromRecords}, the outcome of its fold when the context counted
   * employee records.
   */
  readonly fromDataset: (context: IndicatorContext) => IndicatorOutcome;
  /**
   * For an indicator of employee records: the fold a report feeds every record to, once, in
   * one pass with the other indicators; its outcome is the indicator's when the report has
   * records.
   */
  readonly fromRecords?: ((scope: IndicatorScope) => RecordFold<IndicatorOutcome>) | undefined;
}

/**
 * Defines an indicator: freezes its catalog entry and keeps the pieces together.
 *
 * @remarks
 * For an indicator with `fromRecords`, the defined `fromDataset` gives the outcome of the fold
 * the context's records were counted with, and runs the given `fromDataset` only when the
 * context counted no record.
 *
 * @param definition - The catalog entry, the function and how it runs on a dataset.
 * @returns The same definition, with a frozen entry.
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineIndicator<TCompute extends (...args: never[]) => unknown>(
  definition: IndicatorDefinition<TCompute>,
): IndicatorDefinition<TCompute> {
  const fromRecords = definition.fromRecords;
  const given = definition.fromDataset;
  const defined: IndicatorDefinition<TCompute> = Object.freeze({
    entry: Object.freeze({
      ...definition.entry,
      standards: Object.freeze([...definition.entry.standards]),
      dimensions: Object.freeze([...definition.entry.dimensions]),
      ...(definition.entry.resultKeys === undefined
        ? {}
        : { resultKeys: Object.freeze([...definition.entry.resultKeys]) }),
    }),
    compute: definition.compute,
    fromDataset:
      fromRecords === undefined
        ? given
        : (context: IndicatorContext) => outcomeOfRecords(defined, context, given),
    ...(fromRecords === undefined ? {} : { fromRecords }),
  });
  return defined;
}

/** The outcome of a records indicator: its fold's when the context counted records. */
function outcomeOfRecords(
  definition: IndicatorDefinition,
  context: IndicatorContext,
  withoutRecords: (context: IndicatorContext) => IndicatorOutcome,
): IndicatorOutcome {
  if (context.records.count === 0) return withoutRecords(context);
  const outcome = context.records.outcomeOf(definition);
  if (outcome === undefined)
    throw new ImpactError(
      'INVALID_ARGUMENT',
      `${definition.entry.id}: the context's records were counted without this indicator`,
    );
  return outcome;
}
