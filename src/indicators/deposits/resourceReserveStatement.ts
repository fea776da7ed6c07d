import type { CalendarDate } from '../../core/calendarDate.js';
import { checkCalendarDate } from '../../core/checkCalendarDate.js';
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
import { firstIssue } from '../firstIssue.js';
import type { BreakdownRow, DefinitionValue, IndicatorResult } from '../indicatorResult.js';
import { resultFrom } from '../resultFrom.js';
import { containedMetal } from './containedMetal.js';
import { resourceReserveStatementEntry } from './depositsCatalog.js';

/**
 * Options of {@link resourceReserveStatement}.
 *
 * @example
 * ```ts
 * const options: ResourceReserveStatementOptions = { commodity: 'gold', asOf: '2024-12-31', metalUnit: 'ozt' };
 * ```
 *
 * @category Deposits
 */
export type ResourceReserveStatementOptions = {
  /** The commodity whose estimates are totalled, e.g. `'gold'`. */
  readonly commodity: Commodity;
  /** The day of the statement: each deposit's latest estimate on or before it is used. */
  readonly asOf: CalendarDate;
  /** The unit of the contained metal rows; default `'t'`. Ore is always in tonnes. */
  readonly metalUnit?: MassUnit | undefined;
};

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

type Total = { ore: number; metal: number; deposits: Set<string> };

/**
 * Totals the mineral resources and reserves of a commodity by CRIRSCO category, per reporting
 * code, from the latest estimate of each deposit.
 *
 * @remarks
 * For each deposit, the estimate lines of `commodity` with the latest effective date on or before
 * `asOf` are used (that date's lines together; earlier and later lines are not). For each
 * reporting code the result has, per category present, two breakdown rows: `<code>|<category>|ore`
 * (ore, tonnes) and `<code>|<category>|metal` (contained metal in `metalUnit`, from
 * {@link containedMetal}), each with `count` = the number of deposits behind it. The categories
 * are `measured`, `indicated`, `measuredIndicated` (measured + indicated), `inferred`, `proved`,
 * `probable` and `provedProbable` (proved + probable). Estimates under different codes are never
 * added together: each code has its own rows, and a note says so when there are several.
 * Resources and reserves are never added together, and inferred resources count neither as
 * reserves nor in measured + indicated. Whether resources are reported inclusive of reserves is
 * as each source states. Deposits that list `commodity` but have no estimate of it on or before
 * `asOf` are named in a note. `value` is `null` with reason `NOT_APPLICABLE`: a statement is a
 * table, not one number.
 *
 * @param deposits - The deposits, with their estimates; ids must be unique.
 * @param options - The commodity, the statement date and the unit of contained metal.
 * @returns The statement as an indicator result (unit `table`), rows ordered by reporting code,
 * then category as listed above, then ore before metal; the estimate dates used are in
 * `definitions.estimates`.
 * @throws {@link ImpactError} `INVALID_DATE` when `asOf` is not a calendar date;
 * `INVALID_ARGUMENT` when a deposit does not match {@link DepositSchema} (the message names the
 * first issue, e.g. `deposits[2].estimates.0.effectiveDate`), for two deposits with one id, or
 * an unknown `metalUnit`; `INVALID_GRADE` for a grade above 100 % or 1,000,000 g/t.
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
 * statement.breakdown?.find((row) => row.key === 'JORC|measuredIndicated|metal')?.value;
 * //=> 2.5
 * ```
 *
 * @category Deposits
 */
export function resourceReserveStatement(
  deposits: readonly Readonly<Deposit>[],
  options: Readonly<ResourceReserveStatementOptions>,
): IndicatorResult {
  const { commodity, asOf } = options;
  const metalUnit = options.metalUnit ?? 't';
  checkCalendarDate(asOf, 'asOf');
  if (!Object.hasOwn(GRAMS_PER_UNIT, metalUnit)) {
    throw new ImpactError('INVALID_ARGUMENT', `unknown metal unit ${String(metalUnit)}`);
  }
  const seen = new Set<string>();
  for (const [index, deposit] of deposits.entries()) {
    const parsed = DepositSchema.safeParse(deposit);
    if (!parsed.success) {
      const detail = firstIssue(parsed.error.issues, `deposits[${index}]`);
      throw new ImpactError('INVALID_ARGUMENT', detail, { cause: parsed.error });
    }
    if (seen.has(deposit.id))
      throw new ImpactError('INVALID_ARGUMENT', `two deposits ${deposit.id}`);
    seen.add(deposit.id);
  }

  const totals = new Map<string, Map<EstimateCategory, Total>>();
  const used: DefinitionValue[] = [];
  const missing: string[] = [];
  const sourceIds = new Set<SourceId>();
  // Ids are unique, so no two compare equal.
  const sorted = [...deposits].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const deposit of sorted) {
    const lines = (deposit.estimates ?? []).filter((e) => e.commodity === commodity);
    const eligible = lines.filter((e) => e.effectiveDate <= asOf);
    if (eligible.length === 0) {
      if (lines.length > 0 || deposit.commodities.includes(commodity)) missing.push(deposit.id);
      continue;
    }
    const latest = eligible
      .map((e) => e.effectiveDate)
      .sort()
      .at(-1) as CalendarDate;
    const set: readonly Readonly<ResourceEstimate>[] = eligible.filter(
      (e) => e.effectiveDate === latest,
    );
    const codes = new Set<string>();
    for (const line of set) {
      codes.add(line.reportingCode);
      sourceIds.add(line.sourceId);
      const byCategory = totals.get(line.reportingCode) ?? new Map<EstimateCategory, Total>();
      totals.set(line.reportingCode, byCategory);
      const total = byCategory.get(line.category) ?? { ore: 0, metal: 0, deposits: new Set() };
      byCategory.set(line.category, total);
      total.metal += containedMetal(line).tonnes;
      total.ore += convertQuantity(line.ore, 't').value;
      total.deposits.add(deposit.id);
    }
    used.push({ depositId: deposit.id, effectiveDate: latest, reportingCodes: [...codes].sort() });
  }

  const codes = [...totals.keys()].sort();
  const breakdown: BreakdownRow[] = [];
  for (const code of codes) {
    const byCategory = totals.get(code) as Map<EstimateCategory, Total>;
    for (const [key, label, parts] of STATEMENT_CATEGORIES) {
      const present = parts.flatMap((part) => byCategory.get(part) ?? []);
      if (present.length === 0) continue;
      const deposits = new Set(present.flatMap((t) => [...t.deposits]));
      const ore = present.reduce((sum, t) => sum + t.ore, 0);
      const metal = present.reduce((sum, t) => sum + t.metal, 0);
      breakdown.push(
        {
          key: `${code}|${key}|ore`,
          label: `${code} ${label}: ore (t)`,
          value: ore,
          count: deposits.size,
        },
        {
          key: `${code}|${key}|metal`,
          label: `${code} ${label}: contained ${commodity} (${metalUnit})`,
          value: convertQuantity({ value: metal, unit: 't' }, metalUnit).value,
          count: deposits.size,
        },
      );
    }
  }

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
  if (missing.length > 0) {
    notes.push(`No ${commodity} estimate on or before ${asOf} for: ${missing.join(', ')}.`);
  }
  return resultFrom(resourceReserveStatementEntry, {
    value: null,
    reason: 'NOT_APPLICABLE',
    breakdown,
    definitions: { commodity, asOf, oreUnit: 't', metalUnit, estimates: used },
    sourceIds: [...sourceIds].sort(),
    notes,
  });
}
