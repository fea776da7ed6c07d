import { appendAll } from '../../core/appendAll.js';
import { assertCalendarDate } from '../../core/assertCalendarDate.js';
import type { CalendarDate } from '../../core/calendarDate.js';
import { ImpactError } from '../../core/ImpactError.js';
import type { SourceId } from '../../core/ids.js';
import { pure } from '../../core/pure.js';
import { GRAMS_PER_UNIT, type MassUnit } from '../../core/quantity.js';
import type { Commodity } from '../../model/company.js';
import {
  type Deposit,
  DepositSchema,
  type EstimateCategory,
  EstimateCategorySchema,
  type ResourceEstimate,
} from '../../model/deposit.js';
import { GKZ_CATEGORIES, isCategoryOfCode } from '../../model/estimateCategoryOfCode.js';
import type { BreakdownRow } from '../contract/breakdownRow.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { DefinitionValue, IndicatorResult } from '../contract/indicatorResult.js';
import { parseEach } from '../internal/parseEach.js';
import { resultFrom } from '../internal/resultFrom.js';
import { figureText } from './internal/figureText.js';
import { addFigures, type Figures, lineFigures } from './internal/lineFigures.js';

const entry = {
  id: 'deposits.resourceReserveStatement',
  title: 'Mineral resources and reserves by category',
  unit: 'quantity',
  formula:
    'For each reporting code: ore tonnes and contained metal (the published figure, else ore t × grade g/t / 10^6 or ore t × grade % / 100) of the latest resource estimate and the latest reserve estimate of each deposit on or before asOf, by CRIRSCO category (measured, indicated, measured + indicated, inferred, total resources where published, proved, probable, proved + probable); a published combined line is used as published and never added to its parts; never added across codes, resources never added to reserves, inferred never counted as reserve. GKZ estimates in their own categories (A, B, C1, A + B + C1, C2, P1-P3), in CRIRSCO categories only by a mapping the user gives.',
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
  /**
   * A mapping of GKZ categories to CRIRSCO categories, given by the user (e.g.
   * `{ C1: 'indicated', C2: 'inferred' }`); without it, GKZ estimates keep their own categories.
   */
  readonly gkzMapping?: GkzCategoryMapping | undefined;
}

/**
 * A category of the GKZ classification (see {@link EstimateCategory}).
 *
 * @example
 * ```ts
 * const category: GkzCategory = 'C1';
 * ```
 *
 * @category Deposits indicators
 */
export type GkzCategory = 'A' | 'B' | 'C1' | 'A+B+C1' | 'C2' | 'P1' | 'P2' | 'P3';

/**
 * A mapping of GKZ categories to CRIRSCO categories that the user gives to
 * {@link resourceReserveStatement}: neither code fixes one.
 *
 * @example
 * ```ts
 * const mapping: GkzCategoryMapping = { C1: 'indicated', C2: 'inferred' };
 * ```
 *
 * @category Deposits indicators
 */
export type GkzCategoryMapping = Readonly<
  Partial<Record<GkzCategory, Exclude<EstimateCategory, GkzCategory>>>
>;

/** The categories of the statement, in order, with their words. */
const STATEMENT_CATEGORIES: readonly (readonly [EstimateCategory, string])[] = [
  ['measured', 'measured'],
  ['indicated', 'indicated'],
  ['measuredIndicated', 'measured + indicated'],
  ['inferred', 'inferred'],
  ['totalResources', 'total resources (measured + indicated + inferred)'],
  ['proved', 'proved'],
  ['probable', 'probable'],
  ['provedProbable', 'proved + probable'],
  ['A', 'A'],
  ['B', 'B'],
  ['C1', 'C1'],
  ['A+B+C1', 'A + B + C1'],
  ['C2', 'C2'],
  ['P1', 'P1 (prognostic)'],
  ['P2', 'P2 (prognostic)'],
  ['P3', 'P3 (prognostic)'],
];

const LABELS: ReadonlyMap<EstimateCategory, string> = pure(() => new Map(STATEMENT_CATEGORIES));

/** The parts a combined category adds up when a deposit does not publish it. */
const PARTS: Readonly<Partial<Record<EstimateCategory, readonly EstimateCategory[]>>> = {
  measuredIndicated: ['measured', 'indicated'],
  totalResources: ['measuredIndicated', 'inferred'],
  provedProbable: ['proved', 'probable'],
  'A+B+C1': ['A', 'B', 'C1'],
};

/** The published figures of one deposit under one code, by category (lines of one category added). */
type DepositLines = Map<EstimateCategory, Figures>;

/** The figures by code and deposit, with the estimates used, the deposits without one and notes. */
interface Totals {
  readonly byCode: Map<string, Map<string, DepositLines>>;
  readonly used: DefinitionValue[];
  readonly missing: string[];
  readonly sourceIds: Set<SourceId>;
  readonly lineNotes: string[];
  /** Per code and deposit: whether its resource lines are stated inclusive of reserves. */
  readonly inclusion: Map<string, Map<string, boolean | null>>;
}

/** The reserve categories; every other category is a resource. */
const RESERVE_CATEGORIES: ReadonlySet<EstimateCategory> = pure(
  () => new Set<EstimateCategory>(['proved', 'probable', 'provedProbable']),
);

/** Whether an estimate line is of a reserve (`true`) or a resource (`false`). */
function isReserveLine(line: Readonly<ResourceEstimate>): boolean {
  return RESERVE_CATEGORIES.has(line.category);
}

/**
 * The lines of a deposit's latest resource estimate, or latest reserve estimate, of `commodity`
 * on or before `asOf`, if any: a resource update does not withdraw the reserve statement before
 * it, nor a reserve update the resources.
 */
function latestLines(
  deposit: Readonly<Deposit>,
  options: {
    readonly commodity: Commodity;
    readonly asOf: CalendarDate;
    readonly reserves: boolean;
  },
): { readonly lines: readonly Readonly<ResourceEstimate>[]; readonly date: CalendarDate } | null {
  const { commodity, asOf, reserves } = options;
  const eligible = (deposit.estimates ?? []).filter(
    (e) => e.commodity === commodity && e.effectiveDate <= asOf && isReserveLine(e) === reserves,
  );
  const date = eligible
    .map((e) => e.effectiveDate)
    .sort()
    .at(-1);
  return date === undefined
    ? null
    : { lines: eligible.filter((e) => e.effectiveDate === date), date };
}

/** Adds one estimate line of a deposit to the figures of its code and category. */
function addLine(
  totals: Totals,
  depositId: string,
  line: Readonly<ResourceEstimate>,
  metalUnit: MassUnit,
): void {
  totals.sourceIds.add(line.sourceId);
  const byDeposit = totals.byCode.get(line.reportingCode) ?? new Map<string, DepositLines>();
  totals.byCode.set(line.reportingCode, byDeposit);
  const lines: DepositLines = byDeposit.get(depositId) ?? new Map();
  byDeposit.set(depositId, lines);
  const label = `${line.reportingCode} ${LABELS.get(line.category) ?? line.category}`;
  const figures = lineFigures(line, { depositId, label, metalUnit }, totals.lineNotes);
  const previous = lines.get(line.category);
  lines.set(line.category, previous === undefined ? figures : addFigures(previous, figures));
}

/**
 * Adds a line in its code's own categories (a GKZ line in a CRIRSCO category, or the reverse, is
 * left out with a note), mapping GKZ categories where the user's mapping says, and records
 * whether the deposit's resources are stated inclusive of reserves.
 */
function addOwnLine(
  totals: Totals,
  depositId: string,
  line: Readonly<ResourceEstimate>,
  options: { readonly metalUnit: MassUnit; readonly gkzMapping: GkzCategoryMapping },
): void {
  if (!isCategoryOfCode(line.reportingCode, line.category)) {
    totals.lineNotes.push(
      `${depositId} ${line.reportingCode} ${line.category}: the category is not one of the ${line.reportingCode} code's, so the line is left out (GKZ estimates keep their own categories; a mapping is given as the gkzMapping option).`,
    );
    return;
  }
  const mapped =
    line.reportingCode === 'GKZ' ? options.gkzMapping[line.category as GkzCategory] : undefined;
  if (!isReserveLine(line) && !GKZ_CATEGORIES.has(line.category)) {
    const byDeposit = totals.inclusion.get(line.reportingCode) ?? new Map<string, boolean | null>();
    totals.inclusion.set(line.reportingCode, byDeposit);
    const stated = line.inclusiveOfReserves ?? null;
    const previous = byDeposit.get(depositId);
    byDeposit.set(depositId, previous === undefined || previous === stated ? stated : null);
  }
  addLine(
    totals,
    depositId,
    mapped === undefined ? line : { ...line, category: mapped },
    options.metalUnit,
  );
}

/** The figures of the latest estimate of each deposit, by reporting code, deposit and category. */
function totalsOf(
  deposits: readonly Readonly<Deposit>[],
  options: {
    readonly commodity: Commodity;
    readonly asOf: CalendarDate;
    readonly metalUnit: MassUnit;
    readonly gkzMapping: GkzCategoryMapping;
  },
): Totals {
  const { commodity, asOf } = options;
  const totals: Totals = {
    byCode: new Map(),
    used: [],
    missing: [],
    sourceIds: new Set(),
    lineNotes: [],
    inclusion: new Map(),
  };
  // Ids are unique, so no two compare equal.
  const sorted = [...deposits].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const deposit of sorted) {
    const latest = [false, true].flatMap((reserves) => {
      const found = latestLines(deposit, { commodity, asOf, reserves });
      return found === null ? [] : [found];
    });
    if (latest.length === 0) {
      const listed =
        deposit.commodities.includes(commodity) ||
        (deposit.estimates ?? []).some((e) => e.commodity === commodity);
      if (listed) totals.missing.push(deposit.id);
      continue;
    }
    for (const { lines } of latest) {
      for (const line of lines) addOwnLine(totals, deposit.id, line, options);
    }
    // One entry per effective date: resources and reserves of one day are one statement.
    for (const date of [...new Set(latest.map(({ date }) => date))].sort()) {
      const lines = latest.filter((found) => found.date === date).flatMap((found) => found.lines);
      const codes = [...new Set(lines.map((line) => line.reportingCode))].sort();
      totals.used.push({ depositId: deposit.id, effectiveDate: date, reportingCodes: codes });
    }
  }
  return totals;
}

/**
 * A deposit's figures in a category: its published line, else (for a combined category) the sum
 * of the parts it publishes; a combined line is never added to its parts.
 */
function figuresOf(lines: DepositLines, category: EstimateCategory): Figures | undefined {
  const published = lines.get(category);
  if (published !== undefined) return published;
  let sum: Figures | undefined;
  for (const part of PARTS[category] ?? []) {
    const figures = figuresOf(lines, part);
    if (figures !== undefined) sum = sum === undefined ? figures : addFigures(sum, figures);
  }
  return sum;
}

/**
 * Whether a published figure and the sum of the parts differ beyond the rounding of doubles; a
 * figure either side does not state (or the parts state only in part) is not compared.
 */
function differ(published: number | null, sum: number | null, sumLeftOut: boolean): boolean {
  if (published === null || sum === null || sumLeftOut) return false;
  return Math.abs(published - sum) > 1e-9 * Math.max(Math.abs(published), Math.abs(sum));
}

/** Notes where a deposit publishes a combined line and all its parts, and they disagree. */
function combinedNotes(totals: Totals, commodity: Commodity, metalUnit: MassUnit): string[] {
  const notes: string[] = [];
  const words = (f: Figures): string =>
    `ore ${f.ore === null ? 'not stated' : `${figureText(f.ore)} t`}, contained ${commodity} ${f.metal === null ? 'not stated' : `${figureText(f.metal)} ${metalUnit}`}`;
  for (const code of [...totals.byCode.keys()].sort()) {
    for (const [depositId, lines] of totals.byCode.get(code) ?? []) {
      for (const [category, parts] of Object.entries(PARTS) as [
        EstimateCategory,
        EstimateCategory[],
      ][]) {
        const published = lines.get(category);
        const partFigures = parts.map((part) => figuresOf(lines, part));
        if (published === undefined || partFigures.some((f) => f === undefined)) continue;
        const sum = (partFigures as Figures[]).reduce(addFigures);
        const ore = differ(published.ore, sum.ore, sum.oreLeftOut);
        if (!ore && !differ(published.metal, sum.metal, sum.metalLeftOut)) continue;
        const label = LABELS.get(category) ?? category;
        notes.push(
          `${depositId} ${code} ${label}: the published line (${words(published)}) differs from the sum of its parts (${words(sum)}); the published line is used and the parts are never added to it.`,
        );
      }
    }
  }
  return notes;
}
/** What the rows of one code and category are built from. */
interface CategoryRows {
  readonly code: string;
  readonly label: string;
  readonly category: EstimateCategory;
  readonly contributions: readonly (readonly [string, Figures])[];
}

/** The ore and metal rows of one code and category, with notes for deposits left out. */
function categoryRows(
  part: CategoryRows,
  options: { readonly commodity: Commodity; readonly metalUnit: MassUnit },
  notes: string[],
): BreakdownRow[] {
  const { code, label, category, contributions } = part;
  const { commodity, metalUnit } = options;
  const rows: BreakdownRow[] = [];
  const measures = [
    ['ore', (f: Figures) => f.ore, (f: Figures) => f.oreLeftOut, 'ore (t)', 'no ore tonnage'],
    [
      'metal',
      (f: Figures) => f.metal,
      (f: Figures) => f.metalLeftOut,
      `contained ${commodity} (${metalUnit})`,
      'no published contained metal and no ore × grade',
    ],
  ] as const;
  for (const [measure, amountOf, leftOutOf, words, why] of measures) {
    const stated = contributions.filter(([, f]) => amountOf(f) !== null);
    if (stated.length === 0) continue;
    rows.push({
      keys: { reportingCode: code, category, measure },
      label: `${code} ${label}: ${words}`,
      value: stated.reduce((sum, [, f]) => sum + (amountOf(f) ?? 0), 0),
      ...(measure === 'metal' ? { quantityUnit: metalUnit } : {}),
      count: stated.length,
    });
    const leftOut = contributions.filter(([, f]) => leftOutOf(f)).map(([id]) => id);
    if (leftOut.length > 0) {
      notes.push(
        `${code} ${label}: the ${measure} row leaves out lines with ${why}, of ${leftOut.join(', ')}.`,
      );
    }
  }
  return rows;
}

/** The ore and metal rows of each code and category present, in statement order. */
function rowsOf(
  totals: Totals,
  options: { readonly commodity: Commodity; readonly metalUnit: MassUnit },
  notes: string[],
): BreakdownRow[] {
  const rows: BreakdownRow[] = [];
  for (const code of [...totals.byCode.keys()].sort()) {
    const byDeposit = [...(totals.byCode.get(code) ?? new Map<string, DepositLines>())];
    for (const [category, label] of STATEMENT_CATEGORIES) {
      // A total is shown where a deposit publishes one: the library does not add inferred in.
      if (category === 'totalResources' && !byDeposit.some(([, l]) => l.has(category))) continue;
      const contributions = byDeposit.flatMap(([id, lines]) => {
        const figures = figuresOf(lines, category);
        return figures === undefined ? [] : [[id, figures] as const];
      });
      if (contributions.length === 0) continue;
      appendAll(rows, categoryRows({ code, label, category, contributions }, options, notes));
    }
  }
  return rows;
}

/** The notes on inclusive and exclusive resources, per code, and on the GKZ mapping used. */
function inclusionNotes(totals: Totals, gkzMapping: GkzCategoryMapping): string[] {
  const notes: string[] = [];
  for (const code of [...totals.inclusion.keys()].sort()) {
    const byDeposit = [...(totals.inclusion.get(code) ?? new Map<string, boolean | null>())];
    const of = (stated: boolean | null): string[] =>
      byDeposit.filter(([, value]) => value === stated).map(([id]) => id);
    const [inclusive, exclusive, unstated] = [of(true), of(false), of(null)];
    if (inclusive.length > 0)
      notes.push(
        `${code}: the resources of ${inclusive.join(', ')} are stated inclusive of reserves: the reserves are part of them, not additional.`,
      );
    if (exclusive.length > 0)
      notes.push(
        `${code}: the resources of ${exclusive.join(', ')} are stated exclusive of reserves: the reserves are additional to them.`,
      );
    if (unstated.length > 0 && unstated.length < byDeposit.length)
      notes.push(
        `${code}: whether the resources of ${unstated.join(', ')} include the reserves is not stated.`,
      );
    if (inclusive.length > 0 && exclusive.length > 0)
      notes.push(
        `${code}: the resource rows add statements inclusive and exclusive of reserves; read them per deposit.`,
      );
  }
  const pairs = Object.entries(gkzMapping).map(([from, to]) => `${from} → ${to}`);
  if (pairs.length > 0 && totals.byCode.has('GKZ'))
    notes.push(
      `GKZ categories are shown in CRIRSCO categories by the mapping given by the user (${pairs.join(', ')}), not by either code; the rows stay under GKZ and are never added to other codes.`,
    );
  return notes;
}

/** The notes: the rules, the codes when there are several, and the deposits without estimate. */
function notesOf(totals: Totals, commodity: Commodity, asOf: CalendarDate): string[] {
  const codes = [...totals.byCode.keys()].sort();
  const notes = [
    `Each deposit contributes its latest ${commodity} resource estimate and its latest reserve estimate on or before ${asOf}: all the lines of each with that effective date.`,
    'Resources (measured, indicated, inferred) and reserves (proved, probable) are totalled separately and never added together; inferred resources are never counted as reserves or in measured + indicated. Whether resources include the reserves is as stated by each source.',
    'A combined line a deposit publishes (measured + indicated, proved + probable, a total of its resources) is used as published and never added to its parts; a deposit that publishes only the parts contributes their sum to the combined row. A total resources row is shown only where a deposit publishes one.',
    'Contained metal is the published figure where a line has one, else ore tonnes × grade; either is in situ, before metallurgical recovery.',
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

/** The GKZ mapping, checked: GKZ categories to CRIRSCO categories only. */
function checkedMapping(mapping: Readonly<Record<string, unknown>>): GkzCategoryMapping {
  for (const [from, to] of Object.entries(mapping)) {
    const valid =
      GKZ_CATEGORIES.has(from as EstimateCategory) &&
      EstimateCategorySchema.safeParse(to).success &&
      !GKZ_CATEGORIES.has(to as EstimateCategory);
    if (!valid)
      throw new ImpactError(
        'INVALID_ARGUMENT',
        `gkzMapping maps GKZ categories to CRIRSCO categories; got ${from} → ${String(to)}`,
      );
  }
  return mapping as GkzCategoryMapping;
}

/**
 * Totals the mineral resources and reserves of a commodity by CRIRSCO category, per reporting
 * code, from the latest estimate of each deposit.
 *
 * @remarks
 * For each deposit, the resource lines of `commodity` with the latest effective date on or
 * before `asOf` are used, and the reserve lines with the latest such date, each date's lines
 * together (earlier and later lines are not): resources and reserves are often restated on
 * different days, and a resource update does not withdraw the last reserve statement. For each
 * reporting code the result has, per category present, two breakdown rows keyed
 * `{ reportingCode, category, measure }`: `measure: 'ore'` (ore, tonnes) and `measure: 'metal'`
 * (contained metal in `metalUnit`), each with `count` = the number of deposits behind it; a row
 * is absent when no line states its figure, and a note names the deposits a row leaves out.
 * Contained metal is the line's published `containedMetal` when it has one, else ore × grade
 * ({@link containedMetal}). When a line has both and the published metal lies outside what ore ×
 * grade allows within the rounding of the published grade (±half a unit of its last decimal:
 * 2.04 g/t is 2.035 to 2.045 g/t) and of the published metal itself (read as rounded to its last
 * non-zero digit: 880,000 oz is 875,000 to 885,000 oz), the published figure is kept and a note
 * gives both numbers.
 * The categories are `measured`, `indicated`, `measuredIndicated` (measured + indicated),
 * `inferred`, `totalResources` (shown only where a deposit publishes a total), `proved`,
 * `probable` and `provedProbable` (proved + probable). A deposit's combined row is its published
 * combined line when it has one, else the sum of the parts it publishes: a combined line is
 * never added to its parts, and when a deposit publishes both and they differ, a note gives both
 * (the published line is used). Approximate figures (`approximately: true`) are taken as their
 * value with a note quoting the phrase. Estimates under different codes are never added together: each code has its own
 * rows, and a note says so when there are several. Resources and reserves are never added
 * together, and inferred resources count neither as reserves nor in measured + indicated.
 * Whether resources are reported inclusive of reserves is as each source states
 * (`inclusiveOfReserves` on the resource lines): a note per code names the deposits whose
 * resources are stated inclusive (the reserves are part of them), exclusive (additional), or
 * neither when others are stated, and warns when one code's rows add both kinds. GKZ estimates
 * keep their own categories (`A`, `B`, `C1`, `A+B+C1` = A + B + C1, `C2`, `P1` to `P3`, rows
 * after the CRIRSCO ones): no fixed correspondence with the CRIRSCO categories exists, so a GKZ
 * line is shown in a CRIRSCO category only through `gkzMapping`, the user's explicit mapping (a
 * note quotes it; the rows stay under the code `GKZ`). A line in a category of another code's
 * classification (a GKZ line marked `indicated`) is left out with a note. Deposits that
 * list `commodity` but have no estimate of it on or before `asOf` are named in a note. Unit
 * `quantity`, `quantityUnit` `'t'` (the unit of the ore rows); the metal rows state their own
 * `quantityUnit` (`metalUnit`), as does `definitions.metalUnit`. The result's `keys` are `{ commodity }`: a report gives one statement per
 * commodity. Standard: the CRIRSCO International Reporting Template (the categories of Mineral
 * Resources and Mineral Reserves and their reporting).
 *
 * @param deposits - The deposits (read once), with their estimates; ids must be unique.
 * @param options - The commodity, the statement date, the unit of contained metal and the
 * mapping of GKZ categories, if any.
 * @returns The statement: `value` is `null` with reason `BREAKDOWN_ONLY` (a statement is a table:
 * the figures are the rows), rows ordered by reporting code, then category as listed above, then
 * ore before metal, every value finite and >= 0; the estimate dates used are in
 * `definitions.estimates`.
 * @throws {@link ImpactError} `INVALID_DATE` when `asOf` is not a calendar date;
 * `INVALID_ARGUMENT` when `deposits` is not iterable, a deposit does not match
 * {@link DepositSchema} (the message names the field, e.g.
 * `deposits[2].estimates.0.effectiveDate`), for two deposits with one id, or an unknown
 * `metalUnit`, or a `gkzMapping` entry that is not a GKZ category mapped to a CRIRSCO category;
 * `INVALID_GRADE` for a grade above 100 % or 1,000,000 g/t.
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
  const gkzMapping = checkedMapping(options.gkzMapping ?? {});
  const list = parseEach(DepositSchema, deposits, 'deposits', (d) => d.id);
  const totals = totalsOf(list, { commodity, asOf, metalUnit, gkzMapping });
  const rowNotes: string[] = [];
  const breakdown = rowsOf(totals, { commodity, metalUnit }, rowNotes);
  return resultFrom(entry, {
    keys: { commodity },
    value: null,
    reason: 'BREAKDOWN_ONLY',
    quantityUnit: 't',
    breakdown,
    definitions: { commodity, asOf, oreUnit: 't', metalUnit, estimates: totals.used },
    sourceIds: [...totals.sourceIds].sort(),
    notes: [
      ...notesOf(totals, commodity, asOf),
      ...inclusionNotes(totals, gkzMapping),
      ...combinedNotes(totals, commodity, metalUnit),
      ...totals.lineNotes,
      ...rowNotes,
    ],
  });
}

/**
 * The definition of {@link resourceReserveStatement}: on a dataset, one statement per commodity
 * that has an estimate, in the order the commodities first appear, on the report date, with
 * contained metal in the report's metal unit (default tonnes).
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
    const { asOf, metalUnit } = context;
    return commodities.map((commodity) =>
      resourceReserveStatement(deposits, { commodity, asOf, metalUnit }),
    );
  },
});
