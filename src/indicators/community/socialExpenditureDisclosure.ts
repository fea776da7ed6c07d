import type { CalendarDate } from '../../core/calendarDate.js';
import { checkPeriod } from '../../core/checkPeriod.js';
import type { ProgramId } from '../../core/ids.js';
import type { Money } from '../../core/money.js';
import type { Period } from '../../core/period.js';
import { sumMoneyByCurrency } from '../../core/sumMoneyByCurrency.js';
import type { PartyId } from '../../model/partyId.js';
import type { SocialProgram } from '../../model/socialProgram.js';
import type { IndicatorResult } from '../indicatorResult.js';
import { resultFrom } from '../resultFrom.js';
import { uniqueSourceIds } from '../uniqueSourceIds.js';
import { socialExpenditureDisclosureEntry } from './communityCatalog.js';
import { isInvestmentSpend } from './isInvestmentSpend.js';

/**
 * One row of an EITI 6.1 social expenditure disclosure.
 *
 * @example
 * ```ts
 * declare const row: SocialExpenditureRow;
 * row.obligation; // 'mandatory' | 'voluntary'
 * ```
 *
 * @category Indicators
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
 * The EITI 6.1 disclosure of social expenditures (see {@link socialExpenditureDisclosure}).
 *
 * @example
 * ```ts
 * declare const disclosure: SocialExpenditureDisclosure;
 * disclosure.rows.length;
 * ```
 *
 * @category Indicators
 */
export interface SocialExpenditureDisclosure {
  /** One row per disbursement or expenditure in the period, by date then program. */
  readonly rows: readonly SocialExpenditureRow[];
  /** Totals of mandatory expenditures, per currency. */
  readonly mandatory: readonly Money[];
  /** Totals of voluntary expenditures, per currency. */
  readonly voluntary: readonly Money[];
  /** The same figures as an indicator result. */
  readonly result: IndicatorResult;
}

/**
 * Lists social expenditures as EITI Requirement 6.1 asks: beneficiary, mandatory or voluntary,
 * cash or in kind, value (deemed value for in kind), currency.
 *
 * @remarks
 * Every disbursement and expenditure of every program dated within the period is one row
 * (commitments are not expenditures). The beneficiary is the flow's `recipientId`, else the
 * program's implementing participants. Totals are kept per currency and per obligation, never
 * mixed.
 *
 * @param programs - The social programs.
 * @param options - The reporting period.
 * @returns The rows and the per-currency totals.
 * @throws {@link ImpactError} `INVALID_DATE` when an end of the period is not a calendar date;
 * `INVALID_PERIOD` when the period ends before it starts.
 *
 * @example
 * ```ts
 * socialExpenditureDisclosure(programs, { period: { start: '2024-01-01', end: '2024-12-31' } }).mandatory;
 * //=> [{ amountMinor: 5000000, currency: 'AZN' }]
 * ```
 *
 * @category Indicators
 */
export function socialExpenditureDisclosure(
  programs: Iterable<Readonly<SocialProgram>>,
  options: { readonly period: Readonly<Period> },
): SocialExpenditureDisclosure {
  checkPeriod(options.period, 'period');
  const rows: SocialExpenditureRow[] = [];
  const used: Readonly<SocialProgram>[] = [];
  for (const program of programs) {
    const implementers = program.participants
      .filter((p) => p.role === 'implementing')
      .map((p) => p.organizationId);
    let any = false;
    for (const spend of program.spend) {
      if (!isInvestmentSpend(spend, options.period)) continue;
      any = true;
      const form = spend.form ?? program.form;
      rows.push({
        programId: program.id,
        program: program.title,
        date: spend.date,
        beneficiaryIds: spend.recipientId === undefined ? implementers : [spend.recipientId],
        obligation: program.obligation,
        form,
        value: { amountMinor: spend.value.amountMinor, currency: spend.value.currency },
        deemedValue: form === 'inKind',
      });
    }
    if (any) used.push(program);
  }
  rows.sort((a, b) =>
    a.date === b.date ? (a.programId < b.programId ? -1 : 1) : a.date < b.date ? -1 : 1,
  );
  const mandatory = sumMoneyByCurrency(
    rows.filter((r) => r.obligation === 'mandatory').map((r) => r.value),
  );
  const voluntary = sumMoneyByCurrency(
    rows.filter((r) => r.obligation === 'voluntary').map((r) => r.value),
  );
  const result = resultFrom(socialExpenditureDisclosureEntry, {
    value: null,
    money: sumMoneyByCurrency(rows.map((r) => r.value)),
    breakdown: [
      {
        dimension: 'obligation',
        key: 'mandatory',
        value: null,
        count: rows.filter((r) => r.obligation === 'mandatory').length,
        money: mandatory,
      },
      {
        dimension: 'obligation',
        key: 'voluntary',
        value: null,
        count: rows.filter((r) => r.obligation === 'voluntary').length,
        money: voluntary,
      },
    ],
    definitions: { period: { start: options.period.start, end: options.period.end ?? null } },
    sourceIds: uniqueSourceIds(used.map((p) => p.sourceIds)),
    notes: rows.some((r) => r.deemedValue) ? ['In-kind values are deemed values.'] : [],
  });
  return { rows, mandatory, voluntary, result };
}
