import { assertPeriod } from '../../core/assertPeriod.js';
import type { CalendarDate } from '../../core/calendarDate.js';
import type { ProgramId } from '../../core/ids.js';
import type { Money } from '../../core/money.js';
import type { Period } from '../../core/period.js';
import { sumMoneyByCurrency } from '../../core/sumMoneyByCurrency.js';
import type { PartyId } from '../../model/partyId.js';
import { type SocialProgram, SocialProgramSchema } from '../../model/socialProgram.js';
import type { BreakdownRow } from '../contract/breakdownRow.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { DetailedResult } from '../contract/indicatorResult.js';
import { moneyRowValue, moneyValue } from '../internal/moneyValue.js';
import { parseEach } from '../internal/parseEach.js';
import { resultFrom } from '../internal/resultFrom.js';
import { uniqueSourceIds } from '../internal/uniqueSourceIds.js';
import { isInvestmentSpend } from './internal/isInvestmentSpend.js';
import { periodDefinition } from './internal/periodDefinition.js';
import { NO_PROGRAMS, NO_SPEND } from './internal/programAbsences.js';

const entry = {
  id: 'community.socialExpenditureDisclosure',
  title: 'Social expenditures (EITI 6.1)',
  unit: 'money',
  formula:
    'One row per disbursement or expenditure in the period: program, beneficiary, mandatory or voluntary, cash or in kind, value (deemed value for in kind), currency',
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
}

/**
 * One row of an EITI 6.1 social expenditure disclosure: one disbursement or expenditure.
 *
 * @category Community indicators
 */
export interface SocialExpenditureRow {
  /** The program the money belongs to. */
  readonly programId: ProgramId;
  /** The program title. */
  readonly program: string;
  /** The day of the flow. */
  readonly date: CalendarDate;
  /** The beneficiary: the flow's recipient, else the program's implementing participants. */
  readonly beneficiaryIds: readonly PartyId[];
  /** Whether the company had to make it (law, contract) or chose to. */
  readonly obligation: 'voluntary' | 'mandatory';
  /** Cash or in kind; `mixed` when the program is mixed and the flow does not say. */
  readonly form: 'cash' | 'inKind' | 'mixed';
  /** The value; for in-kind flows, the deemed value. */
  readonly value: Money;
  /** Whether `value` is a deemed value (in kind). */
  readonly deemedValue: boolean;
}

/**
 * The detail of {@link socialExpenditureDisclosure}: the EITI 6.1 list and its totals.
 *
 * @category Community indicators
 */
export interface SocialExpenditureDisclosureDetail {
  /** One row per disbursement or expenditure in the period, by date then program. */
  readonly rows: readonly SocialExpenditureRow[];
  /** Totals of mandatory expenditures, per currency. */
  readonly mandatory: readonly Money[];
  /** Totals of voluntary expenditures, per currency. */
  readonly voluntary: readonly Money[];
}

/** The EITI rows of one program's flows within the period. */
function programRows(
  program: Readonly<SocialProgram>,
  period: Readonly<Period>,
): SocialExpenditureRow[] {
  const implementers = program.participants
    .filter((p) => p.role === 'implementing')
    .map((p) => p.organizationId);
  return program.spend
    .filter((spend) => isInvestmentSpend(spend, period))
    .map((spend) => {
      const form = spend.form ?? program.form;
      return {
        programId: program.id,
        program: program.title,
        date: spend.date,
        beneficiaryIds: spend.recipientId === undefined ? implementers : [spend.recipientId],
        obligation: program.obligation,
        form,
        value: { amountMinor: spend.value.amountMinor, currency: spend.value.currency },
        deemedValue: form === 'inKind',
      };
    });
}

/** By date, then program id. */
function byDateThenProgram(a: SocialExpenditureRow, b: SocialExpenditureRow): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.programId < b.programId ? -1 : 1;
}

/** The breakdown row of one obligation: its total, with the number of flows. */
function obligationRow(
  obligation: 'mandatory' | 'voluntary',
  rows: readonly SocialExpenditureRow[],
  money: readonly Money[],
): BreakdownRow {
  return {
    keys: { obligation },
    ...moneyRowValue(money),
    count: rows.filter((r) => r.obligation === obligation).length,
    money,
  };
}

/**
 * Lists social expenditures as EITI Requirement 6.1 asks: beneficiary, mandatory or voluntary,
 * cash or in kind, value (deemed value for in kind), currency.
 *
 * @remarks
 * Every disbursement and expenditure of every program dated within the period is one row of
 * `detail.rows` (commitments are not expenditures). The beneficiary is the flow's `recipientId`,
 * else the program's implementing participants. Unlike {@link communityInvestment}, business-driven
 * and regranted programs are listed too: EITI 6.1 asks for all social expenditures. Unit `money`:
 * `value` is the total of the rows in minor units of their one currency; totals are kept per
 * currency (`money`) and per obligation (rows keyed `{ obligation }`, with the number of flows in
 * `count`), never mixed.
 *
 * @param programs - The social programs.
 * @param options - The reporting period.
 * @returns The total of the social expenditures in minor units of `currency`; `null` with
 * `MULTIPLE_CURRENCIES` when they are in several currencies, `MISSING_DATA` when there is none in
 * the period. `detail` holds the EITI rows and the mandatory and voluntary totals.
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
  const byProgram = list.map((program) => ({
    program,
    rows: programRows(program, options.period),
  }));
  const rows = byProgram.flatMap((p) => p.rows).sort(byDateThenProgram);
  const mandatory = sumMoneyByCurrency(
    rows.filter((r) => r.obligation === 'mandatory').map((r) => r.value),
  );
  const voluntary = sumMoneyByCurrency(
    rows.filter((r) => r.obligation === 'voluntary').map((r) => r.value),
  );
  const total = sumMoneyByCurrency(rows.map((r) => r.value));
  return resultFrom(entry, {
    ...moneyValue(total),
    money: total,
    breakdown: [
      obligationRow('mandatory', rows, mandatory),
      obligationRow('voluntary', rows, voluntary),
    ],
    definitions: { period: periodDefinition(options.period) },
    sourceIds: uniqueSourceIds(
      byProgram.filter((p) => p.rows.length > 0).map((p) => p.program.sourceIds),
    ),
    notes: rows.some((r) => r.deemedValue) ? ['In-kind values are deemed values.'] : [],
    detail: { rows, mandatory, voluntary },
  });
}

/**
 * The definition of {@link socialExpenditureDisclosure}: on a dataset, the programs' flows
 * within the report's period.
 *
 * @internal
 */
export const socialExpenditureDisclosureIndicator = defineIndicator({
  entry,
  compute: socialExpenditureDisclosure,
  fromDataset: (context) => {
    const { programs } = context.data;
    if (programs.length === 0) return NO_PROGRAMS;
    if (programs.every((program) => program.spend.length === 0)) return NO_SPEND;
    return [socialExpenditureDisclosure(programs, { period: context.period })];
  },
});
