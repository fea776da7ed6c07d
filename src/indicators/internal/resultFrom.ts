import type { Bounds } from '../../core/bounds.js';
import type { CurrencyCode } from '../../core/currencies.js';
import type { SourceId } from '../../core/ids.js';
import type { Money } from '../../core/money.js';
import type { Range } from '../../core/range.js';
import type { Ratio } from '../../core/ratio.js';
import type { BreakdownRow, RowKeys } from '../contract/breakdownRow.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type {
  DefinitionValue,
  DetailedResult,
  IndicatorResult,
} from '../contract/indicatorResult.js';
import type { NullReason } from '../contract/nullReason.js';

/** A value, or `null` with the reason: `reason` is present exactly when `value` is `null`. */
export type ValueOrReason =
  | { readonly value: number; readonly reason?: undefined }
  | { readonly value: null; readonly reason: NullReason };

/**
 * The fields an indicator computes; the rest (id, title, unit, standards) comes from its
 * catalog entry.
 *
 * @internal
 */
export type ComputedFields<TDetail> = ValueOrReason & {
  readonly keys?: RowKeys | undefined;
  readonly title?: string | undefined;
  readonly quantityUnit?: string | undefined;
  readonly currency?: CurrencyCode | undefined;
  readonly ratio?: Ratio | undefined;
  readonly bounds?: Bounds | undefined;
  readonly range?: Range | undefined;
  readonly money?: readonly Money[] | undefined;
  readonly breakdown?: readonly BreakdownRow[] | undefined;
  readonly definitions: { readonly [name: string]: DefinitionValue };
  readonly sourceIds: readonly SourceId[];
  readonly notes: readonly string[];
  readonly detail?: TDetail | undefined;
};

/** Copies the fields that are not `undefined`, so that a result has no key set to `undefined`. */
function definedFields<T extends object>(fields: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) out[key] = value;
  return out as T;
}

/**
 * Builds an indicator result from its catalog entry and the computed fields.
 *
 * @remarks
 * A value that is not finite becomes `null` with reason `MISSING_DATA`: no result holds `NaN`
 * or `Infinity`.
 *
 * @param entry - The indicator's catalog entry.
 * @param fields - The computed fields.
 * @returns The result; a {@link DetailedResult} when `fields` has a `detail`.
 * @internal
 */
export function resultFrom<TDetail>(
  entry: Readonly<IndicatorCatalogEntry>,
  fields: ComputedFields<TDetail> & { readonly detail: TDetail },
): DetailedResult<TDetail>;
export function resultFrom(
  entry: Readonly<IndicatorCatalogEntry>,
  fields: ComputedFields<undefined>,
): IndicatorResult;
export function resultFrom<TDetail>(
  entry: Readonly<IndicatorCatalogEntry>,
  fields: ComputedFields<TDetail>,
): IndicatorResult<TDetail> {
  const result = definedFields({
    indicatorId: entry.id,
    title: entry.title,
    unit: entry.unit,
    standards: [...entry.standards],
    ...fields,
  }) as IndicatorResult<TDetail>;
  if (result.value !== null && !Number.isFinite(result.value)) {
    return { ...result, value: null, reason: 'MISSING_DATA' };
  }
  return result;
}
