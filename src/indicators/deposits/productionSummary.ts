import { ImpactError } from '../../core/ImpactError.js';
import type { SourceId } from '../../core/ids.js';
import { GRAMS_PER_UNIT, type MassUnit } from '../../core/quantity.js';
import { ratio } from '../../core/ratio.js';
import { type ProductionRecord, ProductionRecordSchema } from '../../model/productionRecord.js';
import {
  addDecimal,
  divideDecimalToNumber,
  type ExactDecimal,
  exactDecimal,
  multiplyDecimal,
  subtractDecimal,
} from '../exactDecimal.js';
import { firstIssue } from '../firstIssue.js';
import type { BreakdownRow, IndicatorResult } from '../indicatorResult.js';
import { resultFrom } from '../resultFrom.js';
import { productionSummaryEntry } from './depositsCatalog.js';

/**
 * Options of {@link productionSummary}.
 *
 * @example
 * ```ts
 * const options: ProductionSummaryOptions = { unit: 'ozt' };
 * ```
 *
 * @category Deposits
 */
export type ProductionSummaryOptions = {
  /** The mass unit of the summary; default `'t'`. */
  readonly unit?: MassUnit | undefined;
};

type Entry = {
  readonly record: Readonly<ProductionRecord>;
  /** The quantity in grams, exactly. */
  readonly grams: ExactDecimal;
  readonly scope: string;
};

const ZERO: ExactDecimal = { digits: 0n, scale: 0 };

/** The quantity of a valid record in grams, as an exact decimal. */
function gramsOf(record: Readonly<ProductionRecord>): ExactDecimal {
  const { value, unit } = record.quantity;
  return multiplyDecimal(exactDecimal(value), exactDecimal(GRAMS_PER_UNIT[unit]));
}

function scopeOf(record: Readonly<ProductionRecord>): string {
  const parts = [
    ...(record.siteId === undefined ? [] : [`site ${record.siteId}`]),
    ...(record.depositId === undefined ? [] : [`deposit ${record.depositId}`]),
  ];
  return parts.length === 0 ? 'company-wide' : parts.join(', ');
}

/** Tells whether `broad` covers `narrow`: each scope field `broad` sets, `narrow` has too. */
function covers(broad: Readonly<ProductionRecord>, narrow: Readonly<ProductionRecord>): boolean {
  return (
    (broad.siteId === undefined || broad.siteId === narrow.siteId) &&
    (broad.depositId === undefined || broad.depositId === narrow.depositId)
  );
}

/**
 * Summarises reported production by year and commodity, with the change on the previous year.
 *
 * @remarks
 * Quantities in ounces, kilograms, grams and tonnes add up exactly: each is taken in grams with
 * the exact factors of {@link GRAMS_PER_UNIT} (1 ozt = 31.1034768 g) as a decimal, summed without
 * rounding, and converted to `unit` once at the end. Records of the same
 * commodity and year are added, except that a broader record covers the narrower ones: a
 * company-wide record (no site, no deposit) covers every record of its year, a site record
 * covers the same site's per-deposit records, and a deposit record covers the same deposit's
 * per-site records; a covered record is not added (it would count the same metal twice) and a
 * note names it. There is one breakdown row per commodity and year, key `<commodity>|<year>`,
 * with `value` = the production in `unit`, `count` = the records added, and `ratio` = the
 * year-on-year change `(this year − previous year) / previous year`: `value: null` with reason
 * `MISSING_DATA` when the previous calendar year has no record, `ZERO_DENOMINATOR` when it was
 * zero. Record notes (e.g. "in doré") are carried into the notes. `value` is `null` with reason
 * `NOT_APPLICABLE`: a summary is a table, not one number.
 *
 * @param records - The production records.
 * @param options - The mass unit of the summary (see {@link ProductionSummaryOptions}).
 * @returns The summary as an indicator result (unit `table`), rows ordered by commodity then
 * year; the row values are >= 0 and finite.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when a record does not match
 * {@link ProductionRecordSchema} (the message names the first issue, e.g.
 * `records[3].quantity.value`), for an unknown `unit`, or for two records of one commodity, year,
 * site and deposit; `INVALID_NUMBER` when a quantity or a
 * year-on-year change is too large for a double in `unit` (only with absurd magnitudes, such as a
 * previous year of 10^-320 t).
 *
 * @example
 * ```ts
 * const summary = productionSummary([
 *   { year: 2023, commodity: 'gold', quantity: { value: 2, unit: 't' }, sourceIds: [] },
 *   { year: 2024, commodity: 'gold', quantity: { value: 2500, unit: 'kg' }, sourceIds: [] },
 * ]);
 * summary.breakdown?.[1];
 * //=> { key: 'gold|2024', label: 'gold 2024 (t)', value: 2.5, count: 1, ratio: { numerator: 0.5, denominator: 2, value: 0.25 } }
 * ```
 *
 * @category Deposits
 */
export function productionSummary(
  records: readonly Readonly<ProductionRecord>[],
  options?: ProductionSummaryOptions | undefined,
): IndicatorResult {
  const unit = options?.unit ?? 't';
  if (!Object.hasOwn(GRAMS_PER_UNIT, unit)) {
    throw new ImpactError('INVALID_ARGUMENT', `unknown unit ${String(unit)}`);
  }
  const groups = new Map<string, { commodity: string; year: number; entries: Entry[] }>();
  const sourceIds = new Set<SourceId>();
  let converted = false;
  for (const [index, record] of records.entries()) {
    const parsed = ProductionRecordSchema.safeParse(record);
    if (!parsed.success) {
      const detail = firstIssue(parsed.error.issues, `records[${index}]`);
      throw new ImpactError('INVALID_ARGUMENT', detail, { cause: parsed.error });
    }
    const grams = gramsOf(record);
    converted ||= record.quantity.unit !== unit;
    const key = `${record.commodity}|${record.year}`;
    const group = groups.get(key) ?? {
      commodity: record.commodity,
      year: record.year,
      entries: [],
    };
    groups.set(key, group);
    const scope = scopeOf(record);
    if (group.entries.some((e) => e.scope === scope)) {
      throw new ImpactError(
        'INVALID_ARGUMENT',
        `two production records of ${record.commodity} in ${record.year} for ${scope}`,
      );
    }
    group.entries.push({ record, grams, scope });
    for (const id of record.sourceIds) sourceIds.add(id);
  }

  const ordered = [...groups.values()].sort((a, b) =>
    a.commodity === b.commodity ? a.year - b.year : a.commodity < b.commodity ? -1 : 1,
  );
  const perUnit = exactDecimal(GRAMS_PER_UNIT[unit]);
  const totals = new Map<string, ExactDecimal>();
  const coveredNotes: string[] = [];
  const recordNotes: string[] = [];
  const breakdown: BreakdownRow[] = [];
  for (const group of ordered) {
    // Scopes are unique within a group: sorting by scope makes the notes independent of input order.
    const entries = [...group.entries].sort((a, b) => (a.scope < b.scope ? -1 : 1));
    const added = entries.filter(
      (e) => !entries.some((other) => other !== e && covers(other.record, e.record)),
    );
    for (const e of entries) {
      if (!added.includes(e)) coveredNotes.push(`${group.commodity} ${group.year} (${e.scope})`);
      if (e.record.note !== undefined) {
        recordNotes.push(`${group.commodity} ${group.year} (${e.scope}): ${e.record.note}`);
      }
    }
    // An exact sum: it does not depend on the order of the input.
    const total = added.reduce((sum, e) => addDecimal(sum, e.grams), ZERO);
    totals.set(`${group.commodity}|${group.year}`, total);
    const previous = totals.get(`${group.commodity}|${group.year - 1}`);
    breakdown.push({
      key: `${group.commodity}|${group.year}`,
      label: `${group.commodity} ${group.year} (${unit})`,
      value: divideDecimalToNumber(total, perUnit),
      count: added.length,
      ratio:
        previous === undefined
          ? ratio(null, null)
          : ratio(
              divideDecimalToNumber(subtractDecimal(total, previous), perUnit),
              divideDecimalToNumber(previous, perUnit),
            ),
    });
  }

  const notes = [
    `Each row is the reported production of a commodity in a year, in ${unit}; its ratio is the change on the previous year, (this year − previous year) / previous year, null when the previous year has no record (MISSING_DATA) or was zero (ZERO_DENOMINATOR).`,
  ];
  if (converted) {
    notes.push(
      `Quantities reported in other units are converted to ${unit} exactly (1 ozt = 31.1034768 g).`,
    );
  }
  if (coveredNotes.length > 0) {
    notes.push(
      `Not added because a broader record of the same commodity and year covers them: ${coveredNotes.join('; ')}.`,
    );
  }
  notes.push(...recordNotes);
  return resultFrom(productionSummaryEntry, {
    value: null,
    reason: 'NOT_APPLICABLE',
    breakdown,
    definitions: { unit },
    sourceIds: [...sourceIds].sort(),
    notes,
  });
}
