import type { IndicatorCatalogEntry } from './indicatorCatalogEntry.js';
import type { IndicatorResult } from './indicatorResult.js';

/**
 * The fields of an {@link IndicatorResult} an indicator computes; the rest comes from its
 * catalog entry.
 *
 * @internal
 */
export type ComputedFields = Omit<IndicatorResult, 'indicatorId' | 'title' | 'unit' | 'standards'> &
  Partial<Pick<IndicatorResult, 'title' | 'unit' | 'standards'>>;

/**
 * Builds an indicator result from its catalog entry and the computed fields.
 *
 * @remarks
 * `indicatorId`, `title`, `unit` and `standards` come from the entry unless the computed fields
 * override `title`, `unit` or `standards`. A non-finite `value` becomes `null` with reason
 * `MISSING_DATA`, so no `NaN` or `Infinity` escapes.
 *
 * @param entry - The indicator's catalog entry.
 * @param fields - The computed value, parts, definitions, sources and notes.
 * @returns The complete result.
 * @internal
 */
export function resultFrom(entry: IndicatorCatalogEntry, fields: ComputedFields): IndicatorResult {
  const result: IndicatorResult = {
    indicatorId: entry.id,
    title: entry.title,
    unit: entry.unit,
    standards: [...entry.standards],
    ...fields,
  };
  if (result.value !== null && !Number.isFinite(result.value)) {
    return { ...result, value: null, reason: 'MISSING_DATA' };
  }
  return result;
}
