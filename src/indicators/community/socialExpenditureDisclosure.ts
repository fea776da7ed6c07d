import { assertPeriod } from '../../core/assertPeriod.js';
import type { CalendarDate } from '../../core/calendarDate.js';
import type { ProgramId } from '../../core/ids.js';
import type { Money } from '../../core/money.js';
import { type PartialDate, partialDateRange } from '../../core/partialDate.js';
import type { Period } from '../../core/period.js';
import { sumMoneyByCurrency } from '../../core/sumMoneyByCurrency.js';
import type { PartyId } from '../../model/partyId.js';
import { isMoneyBounds, type MoneyBounds, type ReportedMoney } from '../../model/reportedAmount.js';
import { type SocialProgram, SocialProgramSchema } from '../../model/socialProgram.js';
import type { BreakdownRow } from '../contract/breakdownRow.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { DetailedResult } from '../contract/indicatorResult.js';
import { parseEach } from '../internal/parseEach.js';
import { resultFrom } from '../internal/resultFrom.js';
import { uniqueSourceIds } from '../internal/uniqueSourceIds.js';
import {
  addToBoundedTotals,
  type BoundedTotals,
  boundedMoneyValue,
  sortedBoundedTotals,
} from './internal/boundedMoney.js';
import { periodDefinition } from './internal/periodDefinition.js';
import { hasMoney, NO_PROGRAMS, NO_SPEND } from './internal/programAbsences.js';
import { type CountedMoney, type ProgramMoney, programMoney } from './internal/programMoney.js';
import { reportedAmountNotes } from './internal/reportedAmountNotes.js';
import { byProgramThenIndex } from './internal/sortUses.js';
import type { ReportedAmountUse, SupersededFlow } from './reportedAmountUse.js';

const entry = {
  id: 'community.socialExpenditureDisclosure',
  title: 'Social expenditures (EITI 6.1)',
  unit: 'money',
  formula:
    'One row per disbursement or expenditure dated in the period and per spent amount reported for a period inside it (which supersedes the flows of its program within its own period): program, day or period, beneficiary (the recipient named, else not stated), social or environmental, mandatory, voluntary or not stated, cash, in kind or not stated, value (deemed value for in kind; bounds when published as bounds), currency; environmental expenditures and business-purpose programs totalled apart; amounts across an end of the period, budgets, commitments and cumulative totals reported apart',
  standards: ['EITI 6.1'],
  family: 'community',
  functionName: 'socialExpenditureDisclosure',
  results: 'one',
  dimensions: ['obligation'],
} as const satisfies IndicatorCatalogEntry;

/**
 * Options of {@link socialExpenditureDisclosure}.
 *
 * @category Community indicators
 */
export interface SocialExpenditureDisclosureOptions {
  /** The reporting period: flows dated within it are listed (both ends included). */
  readonly period: Readonly<Period>;
  /**
   * Count programs whose primary purpose is the company's own operations (a mine access road)
   * in the voluntary total; by default they are listed but kept out of it.
   */
  readonly countBusinessPurpose?: boolean | undefined;
}

/**
 * The obligation of a social expenditure (EITI 6.1): `'mandatory'` (law, contract),
 * `'voluntary'`, or `'notStated'` when the sources do not say.
 *
 * @example
 * ```ts
 * const obligation: SocialExpenditureObligation = 'notStated';
 * ```
 *
 * @category Community indicators
 */
export type SocialExpenditureObligation = 'voluntary' | 'mandatory' | 'notStated';

/**
 * One row of an EITI 6.1 social expenditure disclosure: one disbursement or expenditure (with its
 * `date`), or one amount reported as spent over a period inside the report period (with its
 * `period`).
 *
 * @category Community indicators
 */
export interface SocialExpenditureRow {
  /** The program the money belongs to. */
  readonly programId: ProgramId;
  /** The program title. */
  readonly program: string;
  /** The day of the flow; absent for a reported amount. */
  readonly date?: CalendarDate | undefined;
  /** The period of a reported amount, as precise as published; absent for a flow. */
  readonly period?: { readonly start: PartialDate; readonly end: PartialDate } | undefined;
  /** The beneficiary: the recipient the flow or amount names; empty when none is stated. */
  readonly beneficiaryIds: readonly PartyId[];
  /** Whether the sources name the beneficiary (`false`: "not stated", never the implementer). */
  readonly beneficiaryStated: boolean;
  /**
   * `'environmental'` for a program whose primary category is the environment (listed apart,
   * EITI 6.1.b), else `'social'`.
   */
  readonly expenditure: 'social' | 'environmental';
  /** The program's primary purpose: the community, the company's own operations, or not stated. */
  readonly primaryPurpose: 'community' | 'business' | 'notStated';
  /** Whether the company had to make it (law, contract), chose to, or the sources do not say. */
  readonly obligation: SocialExpenditureObligation;
  /** Cash or in kind; `mixed` when the program is mixed and the flow does not say. */
  readonly form: 'cash' | 'inKind' | 'mixed' | 'notStated';
  /** The value, exact or bounded as published; for in-kind flows, the deemed value. */
  readonly value: ReportedMoney;
  /** Whether `value` is a deemed value (in kind). */
  readonly deemedValue: boolean;
  /** The words a reported amount was published in. */
  readonly phrase?: string | undefined;
}

/**
 * The detail of {@link socialExpenditureDisclosure}: the EITI 6.1 list and its totals.
 *
 * @category Community indicators
 */
export interface SocialExpenditureDisclosureDetail {
  /** One row per counted flow or reported amount, by first day then program. */
  readonly rows: readonly SocialExpenditureRow[];
  /** Totals of the exact mandatory expenditures, per currency. */
  readonly mandatory: readonly Money[];
  /**
   * Totals of the exact voluntary social expenditures, per currency (business-purpose programs
   * left out unless `countBusinessPurpose`).
   */
  readonly voluntary: readonly Money[];
  /** Totals of the exact social expenditures whose obligation is not stated, per currency. */
  readonly notStated: readonly Money[];
  /** Totals of the exact environmental expenditures (EITI 6.1.b), per currency. */
  readonly environmental: readonly Money[];
  /** Totals of the exact voluntary expenditures of business-purpose programs left out. */
  readonly businessPurpose: readonly Money[];
  /** The sums of the rows published as bounds, per currency (not in the totals above). */
  readonly bounded: readonly MoneyBounds[];
  /** The reported amounts that concern the period and how each is used, by program. */
  readonly reportedAmounts: readonly ReportedAmountUse[];
  /** The flows left out because a counted reported amount of their program holds them. */
  readonly supersededFlows: readonly SupersededFlow[];
}

/** The row of one counted flow or reported amount. */
function rowOf(
  program: Readonly<SocialProgram>,
  item: Readonly<CountedMoney>,
): SocialExpenditureRow {
  const amount = item.amount;
  const when =
    amount === undefined || amount.basis === 'cumulative'
      ? { date: item.rateDate }
      : { period: { start: amount.period.start, end: amount.period.end ?? amount.period.start } };
  return {
    programId: program.id,
    program: program.title,
    ...when,
    beneficiaryIds: item.recipientId === undefined ? [] : [item.recipientId as PartyId],
    beneficiaryStated: item.recipientId !== undefined,
    expenditure: program.category === 'environment' ? 'environmental' : 'social',
    primaryPurpose: program.primaryPurpose ?? 'notStated',
    obligation: program.obligation,
    form: item.form,
    value: { ...item.value },
    deemedValue: item.form === 'inKind',
    ...(amount?.phrase === undefined ? {} : { phrase: amount.phrase }),
  };
}

/** The EITI rows of one program's money within the period. */
function programRows(
  program: Readonly<SocialProgram>,
  money: Readonly<ProgramMoney>,
): SocialExpenditureRow[] {
  return money.counted.map((item) => rowOf(program, item));
}

/** The first day of a row: its date, or the first day of its period. */
function firstDay(row: SocialExpenditureRow): CalendarDate {
  return row.date ?? partialDateRange(row.period?.start ?? '').start;
}

/** By first day, then program id. */
function byDateThenProgram(a: SocialExpenditureRow, b: SocialExpenditureRow): number {
  const [x, y] = [firstDay(a), firstDay(b)];
  if (x !== y) return x < y ? -1 : 1;
  return a.programId < b.programId ? -1 : a.programId > b.programId ? 1 : 0;
}

/** The exact totals and the sums of the bounds of some rows. */
function totalsOf(rows: readonly SocialExpenditureRow[]): {
  exact: Money[];
  bounded: MoneyBounds[];
} {
  const bounded: BoundedTotals = new Map();
  const exact: Money[] = [];
  for (const row of rows) {
    if (isMoneyBounds(row.value)) addToBoundedTotals(bounded, row.value);
    else exact.push(row.value);
  }
  return { exact: sumMoneyByCurrency(exact), bounded: sortedBoundedTotals(bounded) };
}

/** The breakdown row of one obligation: its total, with the number of rows. */
function obligationRow(
  obligation: SocialExpenditureObligation,
  rows: readonly SocialExpenditureRow[],
): BreakdownRow {
  const { exact, bounded } = totalsOf(rows);
  const { currency: _currency, ...value } = boundedMoneyValue(exact, bounded);
  return { keys: { obligation }, ...value, count: rows.length, money: exact };
}

/** The notes: deemed values, bounds and reported amounts. */
function disclosureNotes(
  rows: readonly SocialExpenditureRow[],
  bounded: readonly MoneyBounds[],
  reportedAmounts: readonly ReportedAmountUse[],
  supersededFlows: readonly SupersededFlow[],
): string[] {
  return [
    ...(rows.some((r) => r.deemedValue) ? ['In-kind values are deemed values.'] : []),
    ...(rows.some((r) => r.obligation === 'notStated' || r.form === 'notStated')
      ? [
          'Where the sources do not say whether an expenditure is mandatory or voluntary, or cash or in kind, the row says notStated.',
        ]
      : []),
    ...(rows.some((r) => !r.beneficiaryStated)
      ? [
          'Where no recipient is stated, the beneficiary is not stated (the implementer is not taken for it).',
        ]
      : []),
    ...reportedAmountNotes({ reportedAmounts, supersededFlows, bounded }),
  ];
}

/** The social rows whose totals each obligation keeps, and the rows kept apart. */
function totalsByKind(
  rows: readonly SocialExpenditureRow[],
  countBusinessPurpose: boolean,
): Pick<
  SocialExpenditureDisclosureDetail,
  'mandatory' | 'voluntary' | 'notStated' | 'environmental' | 'businessPurpose'
> {
  const social = rows.filter((r) => r.expenditure === 'social');
  const business = (r: SocialExpenditureRow): boolean =>
    !countBusinessPurpose && r.primaryPurpose === 'business';
  const of = (obligation: SocialExpenditureObligation) =>
    social.filter((r) => r.obligation === obligation);
  return {
    mandatory: totalsOf(of('mandatory')).exact,
    voluntary: totalsOf(of('voluntary').filter((r) => !business(r))).exact,
    notStated: totalsOf(of('notStated')).exact,
    environmental: totalsOf(rows.filter((r) => r.expenditure === 'environmental')).exact,
    businessPurpose: totalsOf(of('voluntary').filter(business)).exact,
  };
}

/**
 * Lists social expenditures as EITI Requirement 6.1 asks: beneficiary, mandatory or voluntary,
 * cash or in kind, value (deemed value for in kind), currency.
 *
 * @remarks
 * Every disbursement and expenditure of every program dated within the period is one row of
 * `detail.rows` with its `date` (commitments are not expenditures), and every amount reported as
 * `spent` over a period inside the report period is one row with its `period` (as precise as
 * published: `{ start: '2009', end: '2009' }`). Such an amount supersedes the flows of its
 * program dated within its own period, so no money is listed twice; amounts across an end of the
 * period (never prorated), budgets, commitments and cumulative totals are not expenditures of the
 * period and are listed in `detail.reportedAmounts` with the reason, and named in the notes. The
 * beneficiary is the recipient named by the flow or amount; when none is named it is not stated
 * (`beneficiaryStated: false`, no id), never the implementer (EITI 6.1.a asks for the name and
 * function of a third-party beneficiary: an implementer is not one by default). Unlike
 * {@link communityInvestment}, business-driven and regranted programs are listed too: EITI 6.1
 * asks for all social expenditures. A program whose primary category is the environment is an
 * environmental expenditure (`expenditure: 'environmental'`): listed with its own total
 * (`detail.environmental`) and kept out of the social totals by obligation, since EITI 6.1.b
 * treats environmental payments apart (reading environment programs as such is the library's;
 * environmental payments to governments are recorded as government payments). A program whose
 * `primaryPurpose` is `business` (a mine access road) is listed but, unless
 * `countBusinessPurpose`, kept out of the voluntary total (`detail.businessPurpose` holds it): it
 * serves the operation before the community. Where the sources do not say, the
 * obligation and the form are `notStated`. Unit `money`: `value` is the total of the rows in
 * minor units of their one currency; totals are kept per currency (`money`) and per obligation
 * (rows keyed `{ obligation }`, with the number of rows in `count`; a `notStated` row only when
 * there is such money), never mixed. Amounts published as bounds stay bounds: they are left out of
 * the exact totals and make the value `null` with reason `BOUNDED` and `bounds`.
 *
 * @param programs - The social programs.
 * @param options - The reporting period, and whether business-purpose programs count as
 * voluntary social expenditure.
 * @returns The total of the social expenditures in minor units of `currency`; `null` with
 * `BOUNDED` (and `bounds`) when some are bounds, `MULTIPLE_CURRENCIES` when they are in several
 * currencies, `MISSING_DATA` when there is none in the period. `detail` holds the EITI rows, the
 * mandatory, voluntary and not-stated totals and the reported amounts.
 * @throws {@link ImpactError} `INVALID_DATE` when an end of the period is not a calendar date;
 * `INVALID_PERIOD` when the period ends before it starts; `INVALID_ARGUMENT` when a program does
 * not match {@link SocialProgramSchema}.
 *
 * @example
 * ```ts
 * // A mandatory disbursement of AZN 50,000.00 in 2024 and a voluntary one of AZN 12,000.00.
 * const disclosure = socialExpenditureDisclosure(programs, { period: { start: '2024-01-01', end: '2024-12-31' } });
 * [disclosure.value, disclosure.currency, disclosure.detail.mandatory];
 * //=> [6200000, 'AZN', [{ amountMinor: 5000000, currency: 'AZN' }]]
 * ```
 *
 * @category Community indicators
 */
export function socialExpenditureDisclosure(
  programs: Iterable<Readonly<SocialProgram>>,
  options: Readonly<SocialExpenditureDisclosureOptions>,
): DetailedResult<SocialExpenditureDisclosureDetail> {
  assertPeriod(options.period, 'period');
  const list = parseEach(SocialProgramSchema, programs, 'programs');
  const byProgram = list.map((program) => {
    const money = programMoney(program, options.period);
    return { program, money, rows: programRows(program, money) };
  });
  const rows = byProgram.flatMap((p) => p.rows).sort(byDateThenProgram);
  const of = (obligation: SocialExpenditureObligation) =>
    rows.filter((r) => r.obligation === obligation);
  const { exact: total, bounded } = totalsOf(rows);
  const reportedAmounts = byProgram.flatMap((p) => p.money.uses).sort(byProgramThenIndex);
  const supersededFlows = byProgram.flatMap((p) => p.money.superseded).sort(byProgramThenIndex);
  const notStated = of('notStated');
  return resultFrom(entry, {
    ...boundedMoneyValue(total, bounded),
    money: total,
    breakdown: [
      obligationRow('mandatory', of('mandatory')),
      obligationRow('voluntary', of('voluntary')),
      ...(notStated.length > 0 ? [obligationRow('notStated', notStated)] : []),
    ],
    definitions: { period: periodDefinition(options.period) },
    sourceIds: uniqueSourceIds(
      byProgram.filter((p) => p.rows.length > 0).map((p) => p.program.sourceIds),
    ),
    notes: disclosureNotes(rows, bounded, reportedAmounts, supersededFlows),
    detail: {
      rows,
      ...totalsByKind(rows, options.countBusinessPurpose === true),
      bounded,
      reportedAmounts,
      supersededFlows,
    },
  });
}

/**
 * The definition of {@link socialExpenditureDisclosure}: on a dataset, the programs' flows and
 * reported amounts within the report's period.
 *
 * @internal
 */
export const socialExpenditureDisclosureIndicator = defineIndicator({
  entry,
  compute: socialExpenditureDisclosure,
  fromDataset: (context) => {
    const { programs } = context.data;
    if (programs.length === 0) return NO_PROGRAMS;
    if (!programs.some(hasMoney)) return NO_SPEND;
    return [socialExpenditureDisclosure(programs, { period: context.period })];
  },
});
