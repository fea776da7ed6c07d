import { assertCalendarDate } from '../../core/assertCalendarDate.js';
import type { CalendarDate } from '../../core/calendarDate.js';
import { convertQuantity } from '../../core/convertQuantity.js';
import { ImpactError } from '../../core/ImpactError.js';
import type { SourceId } from '../../core/ids.js';
import { GRAMS_PER_UNIT, type MassUnit } from '../../core/quantity.js';
import type { Commodity } from '../../model/company.js';
import {
  type Deposit,
  DepositSchema,
  type EstimateCategory,
  type ResourceEstimate,
} from '../../model/deposit.js';
import type { BreakdownRow } from '../contract/breakdownRow.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { DefinitionValue, IndicatorResult } from '../contract/indicatorResult.js';
import { parseEach } from '../internal/parseEach.js';
import { resultFrom } from '../internal/resultFrom.js';
import { containedMetal } from './containedMetal.js';

const entry = {
  id: 'deposits.resourceReserveStatement',
  title: 'Mineral resources and reserves by category',
  unit: 'quantity',
  formula:
    'For each reporting code: ore tonnes and contained metal (ore t × grade g/t / 10^6, or ore t × grade % / 100) of the latest estimate of each deposit on or before asOf, by CRIRSCO category (measured, indicated, measured + indicated, inferred, proved, probable, proved + probable); never added across codes, resources never added to reserves, inferred never counted as reserve.',
  standards: ['CRIRSCO'],
  family: 'deposits',
  functionName: 'resourceReserveStatement',
  results: 'many',
  resultKeys: ['commodity'],
  dimensions: ['reportingCode', 'category', 'measure'],
} as const satisfies IndicatorCatalogEntry;

/**
 * Options of {@link resourceReserveStatement}.
 *
 * @category Deposits indicators
 */
export interface ResourceReserveStatementOptions {
  /** The commodity whose estimates are totalled, e.g. `'gold'`. */
  readonly commodity: Commodity;
  /** The day of the statement: each deposit's latest estimate on or before it is used. */
  readonly asOf: CalendarDate;
  /** The unit of the contained metal rows; default `'t'`. Ore is always in tonnes. */
  readonly metalUnit?: MassUnit | undefined;
}

/** The categories of the statement, in order, with the estimate categories each adds up. */
const STATEMENT_CATEGORIES: readonly (readonly [string, string, readonly EstimateCategory[]])[] = [
  ['measured', 'measured', ['measured']],
  ['indicated', 'indicated', ['indicated']],
  ['measuredIndicated', 'measured + indicated', ['measured', 'indicated']],
  ['inferred', 'inferred', ['inferred']],
  ['proved', 'proved', ['proved']],
  ['probable', 'probable', ['probable']],
  ['provedProbable', 'proved + probable', ['proved', 'probable']],
];

/** The ore and metal (in tonnes) of one code and category, and the deposits behind them. */
interface Total {
  ore: number;
  metal: number;
  readonly deposits: Set<string>;
}

/** The totals by code and category, with the estimates used and the deposits without one. */
interface Totals {
  readonly byCode: Map<string, Map<EstimateCategory, Total>>;
  readonly used: DefinitionValue[];
  readonly missing: string[];
  readonly sourceIds: Set<SourceId>;
}

/** The lines of a deposit's latest estimate of `commodity` on or before `asOf`, if any. */
function latestLines(
  deposit: Readonly<Deposit>,
  commodity: Commodity,
  asOf: CalendarDate,
): { readonly lines: readonly Readonly<ResourceEstimate>[]; readonly date: CalendarDate } | null {
  const eligible = (deposit.estimates ?? []).filter(
    (e) => e.commodity === commodity && e.effectiveDate <= asOf,
  );
  const date = eligible
    .map((e) => e.effectiveDate)
    .sort()
    .at(-1);
  return date === undefined
    ? null
    : { lines: eligible.filter((e) => e.effectiveDate === date), date };
}

/** Adds one estimate line of a deposit to the totals. */
function addLine(totals: Totals, depositId: string, line: Readonly<ResourceEstimate>): void {
  totals.sourceIds.add(line.sourceId);
  const byCategory = totals.byCode.get(line.reportingCode) ?? new Map<EstimateCategory, Total>();
  totals.byCode.set(line.reportingCode, byCategory);
  const total = byCategory.get(line.category) ?? { ore: 0, metal: 0, deposits: new Set() };
  byCategory.set(line.category, total);
  total.metal += containedMetal(line).tonnes;
  total.ore += convertQuantity(line.ore, 't').value;
  total.deposits.add(depositId);
}

/** Totals the latest estimate of each deposit, by reporting code and category. */
function totalsOf(
  deposits: readonly Readonly<Deposit>[],
  commodity: Commodity,
  asOf: CalendarDate,
): Totals {
  const totals: Totals = { byCode: new Map(), used: [], missing: [], sourceIds: new Set() };
  // Ids are unique, so no two compare equal.
  const sorted = [...deposits].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const deposit of sorted) {
    const latest = latestLines(deposit, commodity, asOf);
    if (latest === null) {
      const listed =
        deposit.commodities.includes(commodity) ||
        (deposit.estimates ?? []).some((e) => e.commodity === commodity);
      if (listed) totals.missing.push(deposit.id);
      continue;
    }
    for (const line of latest.lines) addLine(totals, deposit.id, line);
    const codes = [...new Set(latest.lines.map((line) => line.reportingCode))].sort();
    totals.used.push({ depositId: deposit.id, effectiveDate: latest.date, reportingCodes: codes });
  }
  return totals;
}

/** The ore and metal rows of each code and category present, in statement order. */
function rowsOf(totals: Totals, commodity: Commodity, metalUnit: MassUnit): BreakdownRow[] {
  const rows: BreakdownRow[] = [];
  for (const code of [...totals.byCode.keys()].sort()) {
    const byCategory = totals.byCode.get(code) as Map<EstimateCategory, Total>;
    for (const [category, label, parts] of STATEMENT_CATEGORIES) {
      const present = parts.flatMap((part) => byCategory.get(part) ?? []);
      if (present.length === 0) continue;
      const count = new Set(present.flatMap((t) => [...t.deposits])).size;
      const ore = present.reduce((sum, t) => sum + t.ore, 0);
      const metal = present.reduce((sum, t) => sum + t.metal, 0);
      rows.push(
        {
          keys: { reportingCode: code, category, measure: 'ore' },
          label: `${code} ${label}: ore (t)`,
          value: ore,
          count,
        },
        {
          keys: { reportingCode: code, category, measure: 'metal' },
          label: `${code} ${label}: contained ${commodity} (${metalUnit})`,
          value: convertQuantity({ value: metal, unit: 't' }, metalUnit).value,
          quantityUnit: metalUnit,
          count,
        },
      );
    }
  }
  return rows;
}

/** The notes: the rules, the codes when there are several, and the deposits without estimate. */
function notesOf(totals: Totals, commodity: Commodity, asOf: CalendarDate): string[] {
  const codes = [...totals.byCode.keys()].sort();
  const notes = [
    `Each deposit contributes its latest ${commodity} estimate on or before ${asOf}: all the lines with that effective date.`,
    'Resources (measured, indicated, inferred) and reserves (proved, probable) are totalled separately and never added together; inferred resources are never counted as reserves or in measured + indicated. Whether resources include the reserves is as stated by each source.',
    'Contained metal is in situ: ore tonnes × grade, before metallurgical recovery.',
  ];
  if (codes.length > 1) {
    notes.push(
      `Estimates are reported under ${codes.length} codes (${codes.join(', ')}): totals are given per code and never added across codes.`,
    );
  }
  if (totals.missing.length > 0) {
    notes.push(`No ${commodity} estimate on or before ${asOf} for: ${totals.missing.join(', ')}.`);
  }
  return notes;
}

/**
 * Totals the mineral resources and reserves of a commodity by CRIRSCO category, per reporting
 * code, from the latest estimate of each deposit.
 *
 * @remarks
 * For each deposit, the estimate lines of `commodity` with the latest effective date on or before
 * `asOf` are used (that date's lines together; earlier and later lines are not). For each
 * reporting code the result has, per category present, two breakdown rows keyed
 * `{ reportingCode, category, measure }`: `measure: 'ore'` (ore, tonnes) and `measure: 'metal'`
 * (contained metal in `metalUnit`, from {@link containedMetal}), each with `count` = the number
 * of deposits behind it. The categories are `measured`, `indicated`, `measuredIndicated`
 * (measured + indicated), `inferred`, `proved`, `probable` and `provedProbable` (proved +
 * probable). Estimates under different codes are never added together: each code has its own
 * rows, and a note says so when there are several. Resources and reserves are never added
 * together, and inferred resources count neither as reserves nor in measured + indicated.
 * Whether resources are reported inclusive of reserves is as each source states. Deposits that
 * list `commodity` but have no estimate of it on or before `asOf` are named in a note. Unit
 * `quantity`, `quantityUnit` `'t'` (the unit of the ore rows); the metal rows state their own
 * `quantityUnit` (`metalUnit`), as does `definitions.metalUnit`. The result's `keys` are `{ commodity }`: a report gives one statement per
 * commodity. Standard: the CRIRSCO International Reporting Template (the categories of Mineral
 * Resources and Mineral Reserves and their reporting).
 *
 * @param deposits - The deposits (read once), with their estimates; ids must be unique.
 * @param options - The commodity, the statement date and the unit of contained metal.
 * @returns The statement: `value` is `null` with reason `BREAKDOWN_ONLY` (a statement is a table:
 * the figures are the rows), rows ordered by reporting code, then category as listed above, then
 * ore before metal, every value finite and >= 0; the estimate dates used are in
 * `definitions.estimates`.
 * @throws {@link ImpactError} `INVALID_DATE` when `asOf` is not a calendar date;
 * `INVALID_ARGUMENT` when `deposits` is not iterable, a deposit does not match
 * {@link DepositSchema} (the message names the field, e.g.
 * `deposits[2].estimates.0.effectiveDate`), for two deposits with one id, or an unknown
 * `metalUnit`; `INVALID_GRADE` for a grade above 100 % or 1,000,000 g/t.
 *
 * @example
 * ```ts
 * const statement = resourceReserveStatement(
 *   [{
 *     id: 'dep-1', name: 'Example', locationId: 'AZ-DAS', commodities: ['gold'], stage: 'production',
 *     estimates: [
 *       { reportingCode: 'JORC', effectiveDate: '2023-12-31', category: 'measured', commodity: 'gold', ore: { value: 1000000, unit: 't' }, grade: { value: 2, unit: 'g/t' }, sourceId: 'src-1' },
 *       { reportingCode: 'JORC', effectiveDate: '2023-12-31', category: 'indicated', commodity: 'gold', ore: { value: 500000, unit: 't' }, grade: { value: 1, unit: 'g/t' }, sourceId: 'src-1' },
 *     ],
 *   }],
 *   { commodity: 'gold', asOf: '2024-12-31' },
 * );
 * statement.breakdown?.find((row) => row.keys.category === 'measuredIndicated' && row.keys.measure === 'metal')?.value;
 * //=> 2.5
 * ```
 *
 * @category Deposits indicators
 */
export function resourceReserveStatement(
  deposits: Iterable<Readonly<Deposit>>,
  options: Readonly<ResourceReserveStatementOptions>,
): IndicatorResult {
  const { commodity, asOf } = options;
  const metalUnit = options.metalUnit ?? 't';
  assertCalendarDate(asOf, 'asOf');
  if (!Object.hasOwn(GRAMS_PER_UNIT, metalUnit)) {
    throw new ImpactError('INVALID_ARGUMENT', `unknown metal unit ${String(metalUnit)}`);
  }
  const list = parseEach(DepositSchema, deposits, 'deposits', (d) => d.id);
  const totals = totalsOf(list, commodity, asOf);
  return resultFrom(entry, {
    keys: { commodity },
    value: null,
    reason: 'BREAKDOWN_ONLY',
    quantityUnit: 't',
    breakdown: rowsOf(totals, commodity, metalUnit),
    definitions: { commodity, asOf, oreUnit: 't', metalUnit, estimates: totals.used },
    sourceIds: [...totals.sourceIds].sort(),
    notes: notesOf(totals, commodity, asOf),
  });
}

/**
 * The definition of {@link resourceReserveStatement}: on a dataset, one statement per commodity
 * that has an estimate, in the order the commodities first appear, on the report date.
 *
 * @internal
 */
export const resourceReserveStatementIndicator = defineIndicator({
  entry,
  compute: resourceReserveStatement,
  fromDataset: (context) => {
    const { deposits } = context.data;
    const commodities = [
      ...new Set(deposits.flatMap((d) => (d.estimates ?? []).map((e) => e.commodity))),
    ];
    if (commodities.length === 0) {
      return { status: 'dataAbsent', detail: 'No deposit has a resource or reserve estimate.' };
    }
    return commodities.map((commodity) =>
      resourceReserveStatement(deposits, { commodity, asOf: context.asOf }),
    );
  },
});
