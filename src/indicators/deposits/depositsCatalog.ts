import { pure } from '../../core/pure.js';
import type { IndicatorCatalogEntry } from '../indicatorCatalogEntry.js';

/**
 * The catalog entry of {@link resourceReserveStatement}.
 *
 * @internal
 */
export const resourceReserveStatementEntry: IndicatorCatalogEntry = pure(() =>
  Object.freeze({
    id: 'deposits.resourceReserveStatement',
    title: 'Mineral resources and reserves by category',
    unit: 'table' as const,
    formula:
      'For each reporting code: ore tonnes and contained metal (ore t × grade g/t / 10^6, or ore t × grade % / 100) of the latest estimate of each deposit on or before asOf, by CRIRSCO category (measured, indicated, measured + indicated, inferred, proved, probable, proved + probable); never added across codes, resources never added to reserves, inferred never counted as reserve.',
    standards: ['CRIRSCO'],
    family: 'deposits' as const,
    functionName: 'resourceReserveStatement',
  }),
);

/**
 * The catalog entry of {@link productionSummary}.
 *
 * @internal
 */
export const productionSummaryEntry: IndicatorCatalogEntry = pure(() =>
  Object.freeze({
    id: 'deposits.productionSummary',
    title: 'Reported production by year and commodity',
    unit: 'table' as const,
    formula:
      'Sum of the reported production of each commodity in each year, converted to one mass unit (a broader record of the same year is not added to the narrower ones it covers); year-on-year change = (this year − previous year) / previous year.',
    standards: ['SASB EM-MM-000.A'],
    family: 'deposits' as const,
    functionName: 'productionSummary',
  }),
);

/**
 * The catalog entry of {@link depositPipeline}.
 *
 * @internal
 */
export const depositPipelineEntry: IndicatorCatalogEntry = pure(() =>
  Object.freeze({
    id: 'deposits.depositPipeline',
    title: 'Deposits by lifecycle stage, economic region and commodity',
    unit: 'count' as const,
    formula:
      'Number of deposits, by their stage on asOf (the latest stage-history entry on or before asOf, else the current stage; unknown when the history begins later), by the economic region of their location and by commodity (a deposit counts under each of its commodities), with the stage × region and stage × commodity cross-tabulations.',
    standards: ['GRI 2-6'],
    family: 'deposits' as const,
    functionName: 'depositPipeline',
  }),
);

/**
 * The catalog entries of the deposits family.
 *
 * @remarks
 * `deposits.resourceReserveStatement` (CRIRSCO resource and reserve totals by category and
 * reporting code), `deposits.productionSummary` (reported production by year and commodity,
 * SASB EM-MM-000.A) and `deposits.depositPipeline` (deposits by lifecycle stage on a day, economic
 * region and commodity). The mine lifecycle is data, not an indicator: see
 * {@link mineLifecycleTransitions}.
 *
 * @example
 * ```ts
 * depositsCatalog.map((entry) => entry.id);
 * //=> ['deposits.resourceReserveStatement', 'deposits.productionSummary', 'deposits.depositPipeline']
 * ```
 *
 * @category Deposits
 */
export const depositsCatalog: readonly IndicatorCatalogEntry[] = pure(() =>
  Object.freeze([resourceReserveStatementEntry, productionSummaryEntry, depositPipelineEntry]),
);
