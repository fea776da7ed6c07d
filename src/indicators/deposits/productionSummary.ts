import { ImpactError } from '../../core/ImpactError.js';
import type { SourceId } from '../../core/ids.js';
import { GRAMS_PER_UNIT, type MassUnit } from '../../core/quantity.js';
import { ratio } from '../../core/ratio.js';
import { type ProductionRecord, ProductionRecordSchema } from '../../model/productionRecord.js';
import type { BreakdownRow } from '../contract/breakdownRow.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { IndicatorResult } from '../contract/indicatorResult.js';
import {
  addDecimal,
  divideDecimalToNumber,
  type ExactDecimal,
  exactDecimal,
  multiplyDecimal,
  subtractDecimal,
} from '../internal/exactDecimal.js';
import { parseEach } from '../internal/parseEach.js';
import { resultFrom } from '../internal/resultFrom.js';

const entry = {
  id: 'deposits.productionSummary',
  title: 'Reported production by year and commodity',
  unit: 'quantity',
  formula:
    'Sum of the reported production of each commodity in each year, converted to one mass unit (a broader record of the same year is not added to the narrower ones it covers); year-on-year change = (this year − previous year) / previous year.',
  standards: ['SASB EM-MM-000.A'],
  family: 'deposits',
  functionName: 'productionSummary',
  results: 'one',
  dimensions: ['commodity', 'year'],
} as const satisfies IndicatorCatalogEntry;

/**
 * Options of {@link productionSummary}.
 *
 * @category Deposits indicators
 */
export interface ProductionSummaryOptions {
  /** The mass unit of the summary (the result's `quantityUnit`); default `'t'`. */
  readonly unit?: MassUnit | undefined;
}

/** One record with its exact quantity in grams and its scope in words. */
interface Entry {
  readonly record: Readonly<ProductionRecord>;
  /** The quantity in grams, exactly. */
  readonly grams: ExactDecimal;
  readonly scope: string;
}

/** The records of one commodity and year. */
interface Group {
  readonly commodity: string;
  readonly year: number;
  readonly entries: Entry[];
}

/** The rows and what the notes need to say about the records. */
interface Summed {
  readonly breakdown: BreakdownRow[];
  readonly covered: string[];
  readonly recordNotes: string[];
}

const ZERO: ExactDecimal = { digits: 0n, scale: 0 };

/** The quantity of a valid record in grams, as an exact decimal. */
function gramsOf(record: Readonly<ProductionRecord>): ExactDecimal {
  const { value, unit } = record.quantity;
  return multiplyDecimal(exactDecimal(value), exactDecimal(GRAMS_PER_UNIT[unit]));
}

/** The scope of a record in words: its site and deposit, or company-wide. */
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

/** Groups the records by commodity and year, refusing two records of one scope. */
function groupsOf(records: readonly Readonly<ProductionRecord>[]): Group[] {
  const groups = new Map<string, Group>();
  for (const record of records) {
    const id = `${record.commodity}\u0000${record.year}`;
    const group = groups.get(id) ?? { commodity: record.commodity, year: record.year, entries: [] };
    groups.set(id, group);
    const scope = scopeOf(record);
    if (group.entries.some((e) => e.scope === scope)) {
      throw new ImpactError(
        'INVALID_ARGUMENT',
        `two production records of ${record.commodity} in ${record.year} for ${scope}`,
      );
    }
    group.entries.push({ record, grams: gramsOf(record), scope });
  }
  return [...groups.values()].sort((a, b) =>
    a.commodity === b.commodity ? a.year - b.year : a.commodity < b.commodity ? -1 : 1,
  );
}

/** The row of each commodity and year, with the change on the previous year. */
function sumGroups(groups: readonly Group[], unit: MassUnit): Summed {
  const perUnit = exactDecimal(GRAMS_PER_UNIT[unit]);
  const totals = new Map<string, ExactDecimal>();
  const summed: Summed = { breakdown: [], covered: [], recordNotes: [] };
  for (const group of groups) {
    // Scopes are unique within a group: sorting by scope makes the notes independent of input order.
    const entries = [...group.entries].sort((a, b) => (a.scope < b.scope ? -1 : 1));
    const added = entries.filter(
      (e) => !entries.some((other) => other !== e && covers(other.record, e.record)),
    );
    for (const e of entries) {
      const where = `${group.commodity} ${group.year} (${e.scope})`;
      if (!added.includes(e)) summed.covered.push(where);
      if (e.record.note !== undefined) summed.recordNotes.push(`${where}: ${e.record.note}`);
    }
    // An exact sum: it does not depend on the order of the input.
    const total = added.reduce((sum, e) => addDecimal(sum, e.grams), ZERO);
    totals.set(`${group.commodity}\u0000${group.year}`, total);
    const previous = totals.get(`${group.commodity}\u0000${group.year - 1}`);
    summed.breakdown.push({
      keys: { commodity: group.commodity, year: String(group.year) },
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
  return summed;
}

/** The notes: what a row is, the conversion, the records covered and the records' own notes. */
function notesOf(summed: Summed, unit: MassUnit, converted: boolean): string[] {
  const notes = [
    `Each row is the reported production of a commodity in a year, in ${unit}; its ratio is the change on the previous year, (this year − previous year) / previous year, null when the previous year has no record (MISSING_DATA) or was zero (ZERO_DENOMINATOR).`,
  ];
  if (converted) {
    notes.push(
      `Quantities reported in other units are converted to ${unit} exactly (1 ozt = 31.1034768 g).`,
    );
  }
  if (summed.covered.length > 0) {
    notes.push(
      `Not added because a broader record of the same commodity and year covers them: ${summed.covered.join('; ')}.`,
    );
  }
  return [...notes, ...summed.recordNotes];
}

/**
 * Summarises reported production by year and commodity, with the change on the previous year.
 *
 * @remarks
 * Quantities in ounces, kilograms, grams and tonnes add up exactly: each is taken in grams with
 * the exact factors of `GRAMS_PER_UNIT` (1 ozt = 31.1034768 g) as a decimal, summed without
 * rounding, and converted to `unit` once at the end. Records of the same commodity and year are
 * added, except that a broader record covers the narrower ones: a company-wide record (no site,
 * no deposit) covers every record of its year, a site record covers the same site's per-deposit
 * records, and a deposit record covers the same deposit's per-site records; a covered record is
 * not added (it would count the same metal twice) and a note names it. There is one breakdown
 * row per commodity and year, keyed `{ commodity, year }` (the year as a string, e.g.
 * `{ commodity: 'gold', year: '2024' }`), with `value` = the production in `unit`, `count` = the
 * records added, and `ratio` = the year-on-year change `(this year − previous year) / previous
 * year`: `value: null` with reason `MISSING_DATA` when the previous calendar year has no record,
 * `ZERO_DENOMINATOR` when it was zero. Record notes (e.g. "in doré") are carried into the notes.
 * Unit `quantity` in `quantityUnit` = `unit`; standard SASB EM-MM-000.A (production of metal
 * ores and finished metal products).
 *
 * @param records - The production records (read once).
 * @param options - The mass unit of the summary.
 * @returns The summary: `value` is `null` with reason `BREAKDOWN_ONLY` (production of several
 * commodities is not one number: the figures are the rows), rows ordered by commodity then year;
 * the row values are >= 0 and finite.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when `records` is not iterable, a record does
 * not match {@link ProductionRecordSchema} (the message names the field, e.g.
 * `records[3].quantity.value`), for an unknown `unit`, or for two records of one commodity, year,
 * site and deposit; `INVALID_NUMBER` when a quantity or a year-on-year change is too large for a
 * double in `unit` (only with absurd magnitudes, such as a previous year of 10^-320 t).
 *
 * @example
 * ```ts
 * const summary = productionSummary([
 *   { year: 2023, commodity: 'gold', quantity: { value: 2, unit: 't' }, sourceIds: [] },
 *   { year: 2024, commodity: 'gold', quantity: { value: 2500, unit: 'kg' }, sourceIds: [] },
 * ]);
 * summary.breakdown?.[1];
 * //=> { keys: { commodity: 'gold', year: '2024' }, label: 'gold 2024 (t)', value: 2.5, count: 1, ratio: { numerator: 0.5, denominator: 2, value: 0.25 } }
 * ```
 *
 * @category Deposits indicators
 */
export function productionSummary(
  records: Iterable<Readonly<ProductionRecord>>,
  options: Readonly<ProductionSummaryOptions> = {},
): IndicatorResult {
  const unit = options.unit ?? 't';
  if (!Object.hasOwn(GRAMS_PER_UNIT, unit)) {
    throw new ImpactError('INVALID_ARGUMENT', `unknown unit ${String(unit)}`);
  }
  const list = parseEach(ProductionRecordSchema, records, 'records');
  const summed = sumGroups(groupsOf(list), unit);
  const sourceIds = new Set<SourceId>(list.flatMap((record) => record.sourceIds));
  return resultFrom(entry, {
    value: null,
    reason: 'BREAKDOWN_ONLY',
    quantityUnit: unit,
    breakdown: summed.breakdown,
    definitions: { unit },
    sourceIds: [...sourceIds].sort(),
    notes: notesOf(
      summed,
      unit,
      list.some((record) => record.quantity.unit !== unit),
    ),
  });
}

/**
 * The definition of {@link productionSummary}: on a dataset, it summarises the production
 * records in the unit they all share, else in tonnes.
 *
 * @internal
 */
export const productionSummaryIndicator = defineIndicator({
  entry,
  compute: productionSummary,
  fromDataset: (context) => {
    const records = context.data.production;
    const first = records[0];
    if (first === undefined) {
      return { status: 'dataAbsent', detail: 'The dataset reports no production.' };
    }
    const unit = records.every((r) => r.quantity.unit === first.quantity.unit)
      ? first.quantity.unit
      : 't';
    return [productionSummary(records, { unit })];
  },
});
