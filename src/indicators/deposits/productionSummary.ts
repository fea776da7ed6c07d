import { assertCalendarDate } from '../../core/assertCalendarDate.js';
import type { CalendarDate } from '../../core/calendarDate.js';
import { ImpactError } from '../../core/ImpactError.js';
import type { SourceId } from '../../core/ids.js';
import { GRAMS_PER_UNIT, type MassUnit } from '../../core/quantity.js';
import { ratio } from '../../core/ratio.js';
import {
  type ProductionRecord,
  ProductionRecordSchema,
  productionPeriodOf,
} from '../../model/productionRecord.js';
import type { BreakdownRow } from '../contract/breakdownRow.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { IndicatorResult } from '../contract/indicatorResult.js';
import {
  addDecimal,
  divideDecimalToNumber,
  type ExactDecimal,
  exactDecimal,
  subtractDecimal,
} from '../internal/exactDecimal.js';
import { parseEach } from '../internal/parseEach.js';
import { resultFrom } from '../internal/resultFrom.js';
import { figureText } from './internal/figureText.js';
import {
  byCommodityYearPart,
  type Group,
  type Grouped,
  groupKey,
  groupRecords,
  type Part,
} from './internal/productionGroups.js';

const entry = {
  id: 'deposits.productionSummary',
  title: 'Reported production by year (and quarter or half) and commodity',
  unit: 'quantity',
  formula:
    'Sum of the reported production of each commodity in each year, quarter or half that ended on or before asOf, converted to one mass unit (a broader record of the same period is not added to the narrower ones it covers; quarters and halves are never added into a published year or half, only into a year or half not published); year-on-year change = (this year − previous year) / previous year.',
  standards: ['SASB EM-MM-000.A'],
  family: 'deposits',
  functionName: 'productionSummary',
  results: 'one',
  dimensions: ['commodity', 'year', 'quarter', 'half'],
} as const satisfies IndicatorCatalogEntry;

/**
 * Options of {@link productionSummary}.
 *
 * @category Deposits indicators
 */
export interface ProductionSummaryOptions {
  /** The mass unit of the summary (the result's `quantityUnit`); default `'t'`. */
  readonly unit?: MassUnit | undefined;
  /**
   * The day of the summary: records of a year, quarter or half that had not ended on it are
   * left out (a report as of 2009-12-31 lists no 2015 production); all records when absent.
   */
  readonly asOf?: CalendarDate | undefined;
}

/** The sum of a year or half, published or built from its parts, and the records behind it. */
interface Sum {
  readonly grams: ExactDecimal;
  readonly added: number;
  /** The parts it was built from (`['Q1', 'Q2']`), or absent when published as such. */
  readonly from?: readonly Part[];
}

/** A row before it is written: a published group or a year built from its parts. */
type Item = Group & { readonly from?: readonly Part[] };

/** The halves of the year and the quarters of each. */
const HALVES: readonly (readonly ['H1' | 'H2', Part, Part])[] = [
  ['H1', 'Q1', 'Q2'],
  ['H2', 'Q3', 'Q4'],
];

/** Two exact sums differ. */
function differ(a: ExactDecimal, b: ExactDecimal): boolean {
  return subtractDecimal(a, b).digits !== 0n;
}

/** The sum of two parts, when both are there. */
function both(a: Sum | undefined, b: Sum | undefined, from: readonly Part[]): Sum | undefined {
  if (a === undefined || b === undefined) return undefined;
  return { grams: addDecimal(a.grams, b.grams), added: a.added + b.added, from };
}

/**
 * The published year of each commodity and year, or the year built from its halves (each a
 * published half or its two quarters) when the year itself is not published; a note wherever a
 * published figure and the sum of its parts disagree.
 */
function yearsOf(
  groups: readonly Group[],
  perUnit: ExactDecimal,
  unit: MassUnit,
  notes: string[],
): Map<string, Sum> {
  const byKey = new Map(groups.map((g) => [groupKey(g.commodity, g.year, g.part), g]));
  const years = new Map<string, Sum>();
  const text = (grams: ExactDecimal): string =>
    `${figureText(divideDecimalToNumber(grams, perUnit))} ${unit}`;
  for (const { commodity, year } of groups) {
    const id = `${commodity}\u0000${year}`;
    if (years.has(id)) continue;
    const get = (part: Part): Sum | undefined => byKey.get(groupKey(commodity, year, part));
    const halves = HALVES.map(([half, q1, q2]) => {
      const fromQuarters = both(get(q1), get(q2), [q1, q2]);
      const published = get(half);
      if (
        published !== undefined &&
        fromQuarters !== undefined &&
        differ(published.grams, fromQuarters.grams)
      ) {
        notes.push(
          `${commodity} ${year} ${half}: published ${text(published.grams)}; ${q1} + ${q2} = ${text(fromQuarters.grams)}. The published ${half} is used; quarters are never added into a published half.`,
        );
      }
      return published === undefined ? fromQuarters : { ...published, from: [half] };
    });
    const fromParts = both(halves[0], halves[1], [
      ...(halves[0]?.from ?? []),
      ...(halves[1]?.from ?? []),
    ]);
    const published = get('year');
    if (published !== undefined) {
      if (fromParts !== undefined && differ(published.grams, fromParts.grams)) {
        notes.push(
          `${commodity} ${year}: published ${text(published.grams)} for the year; its parts (${fromParts.from?.join(' + ')}) add up to ${text(fromParts.grams)}. The published year is used; parts are never added into a published year.`,
        );
      }
      years.set(id, published);
    } else if (fromParts !== undefined) years.set(id, fromParts);
  }
  return years;
}

/** The breakdown row of a year or a part of one; a year's ratio is its change on the year before. */
function rowOf(
  item: Item,
  years: ReadonlyMap<string, Sum>,
  perUnit: ExactDecimal,
  unit: MassUnit,
): BreakdownRow {
  const { commodity, year, part, grams } = item;
  const value = divideDecimalToNumber(grams, perUnit);
  if (part !== 'year') {
    const dimension = part.startsWith('Q') ? 'quarter' : 'half';
    return {
      keys: { commodity, year: String(year), [dimension]: part },
      label: `${commodity} ${year} ${part} (${unit})`,
      value,
      count: item.added,
    };
  }
  const previous = years.get(`${commodity}\u0000${year - 1}`)?.grams;
  return {
    keys: { commodity, year: String(year) },
    label: `${commodity} ${year} (${unit})`,
    value,
    count: item.added,
    ratio:
      previous === undefined
        ? ratio(null, null)
        : ratio(
            divideDecimalToNumber(subtractDecimal(grams, previous), perUnit),
            divideDecimalToNumber(previous, perUnit),
          ),
  };
}

/** The rows: every published group, and each year built from its parts, in order. */
function rowsOf(grouped: Grouped, unit: MassUnit, notes: string[]): BreakdownRow[] {
  const perUnit = exactDecimal(GRAMS_PER_UNIT[unit]);
  const years = yearsOf(grouped.groups, perUnit, unit, notes);
  const items: Item[] = [...grouped.groups];
  const partial = new Map<string, Part[]>();
  for (const g of grouped.groups) {
    const id = `${g.commodity}\u0000${g.year}`;
    if (!years.has(id)) partial.set(id, [...(partial.get(id) ?? []), g.part]);
  }
  for (const [id, sum] of years) {
    if (sum.from === undefined) continue;
    const [commodity = '', year = ''] = id.split('\u0000');
    items.push({
      commodity,
      year: Number(year),
      part: 'year',
      grams: sum.grams,
      added: sum.added,
      from: sum.from,
    });
    notes.push(
      `${commodity} ${year}: not published for the year; its row is the sum of ${sum.from.join(' + ')}.`,
    );
  }
  for (const [id, parts] of partial) {
    notes.push(
      `${id.replace('\u0000', ' ')}: only ${parts.join(', ')} published, which do not make up the year: no row for the year.`,
    );
  }
  return items.sort(byCommodityYearPart).map((item) => rowOf(item, years, perUnit, unit));
}

/** The notes: what a row is, the conversion, the records covered or left out, approximate figures. */
function notesOf(
  grouped: Grouped,
  options: {
    readonly unit: MassUnit;
    readonly converted: boolean;
    readonly after: readonly string[];
    readonly asOf: CalendarDate | undefined;
  },
): string[] {
  const { unit, converted, after, asOf } = options;
  const notes = [
    `Each row is the reported production of a commodity in a year (or in a quarter or half of it), in ${unit}; a year's ratio is the change on the previous year, (this year − previous year) / previous year, null when the previous year has no figure (MISSING_DATA) or was zero (ZERO_DENOMINATOR).`,
  ];
  if (converted) {
    notes.push(
      `Quantities reported in other units are converted to ${unit} exactly (1 ozt = 31.1034768 g).`,
    );
  }
  if (grouped.covered.length > 0) {
    notes.push(
      `Not added because a broader record of the same commodity and period covers them: ${grouped.covered.join('; ')}.`,
    );
  }
  if (after.length > 0) {
    notes.push(`Left out: periods that had not ended on ${asOf}: ${after.join('; ')}.`);
  }
  for (const where of grouped.approximate)
    notes.push(`approximate: ${where} (the figure is taken as the value).`);
  return [...notes, ...grouped.recordNotes];
}

/**
 * Summarises reported production by year (and quarter or half) and commodity, with the change on
 * the previous year.
 *
 * @remarks
 * With `asOf`, only records of periods that had ended on that day are read (a year ends on 31
 * December, a quarter or half on its last day): a summary as of 2009-12-31 lists no 2015
 * production, and a note names what was left out. Quantities in ounces, kilograms, grams and
 * tonnes add up exactly: each is taken in grams with the exact factors of `GRAMS_PER_UNIT`
 * (1 ozt = 31.1034768 g) as a decimal, summed without rounding, and converted to `unit` once at
 * the end. Records of the same commodity and period (a year, or one quarter or half of it) are
 * added, except that a broader record covers the narrower ones: a company-wide record (no site,
 * no deposit) covers every record of its period, a site record covers the same site's
 * per-deposit records, and a deposit record covers the same deposit's per-site records; a
 * covered record is not added (it would count the same metal twice) and a note names it.
 *
 * There is one row per commodity and year, keyed `{ commodity, year }` (the year as a string,
 * e.g. `{ commodity: 'gold', year: '2024' }`), with `value` = the production in `unit`, `count` =
 * the records added, and `ratio` = the year-on-year change `(this year − previous year) /
 * previous year`: `value: null` with reason `MISSING_DATA` when the previous calendar year has
 * no figure, `ZERO_DENOMINATOR` when it was zero. Quarters and halves have rows of their own,
 * keyed `{ commodity, year, quarter: 'Q1' }` or `{ commodity, year, half: 'H2' }`, without a
 * ratio. They are never added into a year (or a half) that is published: the published figure
 * is the row, and a note gives both figures when the parts add up to something else. A year
 * that is not published has a row only when its parts make up the whole year (both halves, each
 * published or from its two quarters), with a note; otherwise a note says no year row is given.
 * Approximate quantities are taken as their value, with a note quoting the phrase; record notes
 * (e.g. "in doré") are carried into the notes. Unit `quantity` in `quantityUnit` = `unit`;
 * standard SASB EM-MM-000.A (production of metal ores and finished metal products).
 *
 * @param records - The production records (read once).
 * @param options - The mass unit of the summary and the day it is as of.
 * @returns The summary: `value` is `null` with reason `BREAKDOWN_ONLY` (production of several
 * commodities is not one number: the figures are the rows), rows ordered by commodity, then year,
 * then the year before its halves and quarters (H1, Q1, Q2, H2, Q3, Q4); the row values are
 * >= 0 and finite.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when `records` is not iterable, a record does
 * not match {@link ProductionRecordSchema} (the message names the field, e.g.
 * `records[3].quantity.value`), for an unknown `unit`, or for two records of one commodity, period,
 * site and deposit; `INVALID_DATE` when `asOf` is not a calendar date; `INVALID_NUMBER` when a quantity or a year-on-year change is too large for a
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
  const { asOf } = options;
  if (asOf !== undefined) assertCalendarDate(asOf, 'asOf');
  const list = parseEach(ProductionRecordSchema, records, 'records');
  const kept = list.filter((r) => asOf === undefined || productionPeriodOf(r).end <= asOf);
  const after = list
    .filter((r) => !kept.includes(r))
    .map((r) => `${r.commodity} ${r.year}${r.partOfYear === undefined ? '' : ` ${r.partOfYear}`}`);
  const grouped = groupRecords(kept);
  const consistency: string[] = [];
  const breakdown = rowsOf(grouped, unit, consistency);
  const sourceIds = new Set<SourceId>(kept.flatMap((record) => record.sourceIds));
  const converted = kept.some((record) => record.quantity.unit !== unit);
  return resultFrom(entry, {
    value: null,
    reason: 'BREAKDOWN_ONLY',
    quantityUnit: unit,
    breakdown,
    definitions: asOf === undefined ? { unit } : { unit, asOf },
    sourceIds: [...sourceIds].sort(),
    notes: [
      ...notesOf(grouped, { unit, converted, after: [...new Set(after)].sort(), asOf }),
      ...consistency,
    ],
  });
}

/**
 * The definition of {@link productionSummary}: on a dataset, it summarises the production
 * records of the periods ended on the report date, in the unit they all share, else in tonnes.
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
    return [productionSummary(records, { unit, asOf: context.asOf })];
  },
});
