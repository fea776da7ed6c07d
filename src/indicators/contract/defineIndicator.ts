import type { IndicatorCatalogEntry } from './indicatorCatalogEntry.js';
import type { IndicatorContext } from './indicatorContext.js';
import type { IndicatorResult } from './indicatorResult.js';

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
  /** Runs the indicator on a dataset: its results, or why there are none. */
  readonly fromDataset: (context: IndicatorContext) => IndicatorOutcome;
}

/**
 * Defines an indicator: freezes its catalog entry and keeps the pieces together.
 *
 * @param definition - The catalog entry, the function and how it runs on a dataset.
 * @returns The same definition, with a frozen entry.
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineIndicator<TCompute extends (...args: never[]) => unknown>(
  definition: IndicatorDefinition<TCompute>,
): IndicatorDefinition<TCompute> {
  return Object.freeze({
    entry: Object.freeze({
      ...definition.entry,
      standards: Object.freeze([...definition.entry.standards]),
      dimensions: Object.freeze([...definition.entry.dimensions]),
      ...(definition.entry.resultKeys === undefined
        ? {}
        : { resultKeys: Object.freeze([...definition.entry.resultKeys]) }),
    }),
    compute: definition.compute,
    fromDataset: definition.fromDataset,
  });
}
