import { isMoneyBounds, type ReportedMoney } from '../../model/reportedAmount.js';
import type { ImpactReport } from '../impactReport.js';
import type { NumberFormatter } from '../numberFormatter.js';
import type { ProgramMoneyRow } from '../reportProgramMoney.js';
import { sourceLinks } from './documentText.js';
import type { ReportSection, RichText } from './reportDocument.js';

/** Each kind of amount in words. */
const KIND_WORDS: Readonly<Record<ProgramMoneyRow['kind'], string>> = {
  budget: 'budget',
  commitment: 'committed (flow)',
  disbursement: 'disbursed (flow)',
  expenditure: 'spent (flow)',
  spent: 'spent in the period',
  budgeted: 'budgeted for the period',
  committed: 'committed for the period',
  cumulative: 'spent in total',
};

/**
 * An amount as published: exact, or bounds.
 *
 * @param money - The amount.
 * @param fmt - The formatter.
 * @returns E.g. `'XOF 33,000,000'`, `'at least USD 1,000.00'`.
 *
 * @example
 * ```ts
 * reportedMoneyWords({ amountMinor: 100, currency: 'USD' }, numberFormatter('en'));
 * //=> 'USD 1.00'
 * ```
 *
 * @internal
 */
export function reportedMoneyWords(money: Readonly<ReportedMoney>, fmt: NumberFormatter): string {
  if (!isMoneyBounds(money)) return fmt.money(money);
  const at = (amountMinor: number) => fmt.money({ amountMinor, currency: money.currency });
  if (money.min !== undefined && money.max !== undefined)
    return money.min === money.max ? at(money.min) : `${at(money.min)} to ${at(money.max)}`;
  return money.min === undefined ? `at most ${at(money.max ?? 0)}` : `at least ${at(money.min)}`;
}

/** The day, year or period of a row: `'2020-03-20'`, `'2020'`, `'2015 to 2020-11'`. */
function whenText(row: Readonly<ProgramMoneyRow>, fmt: NumberFormatter): string {
  if (row.date !== undefined) return fmt.date(row.date);
  if (row.period === undefined) return 'not dated';
  const { start, end } = row.period;
  return start === end ? fmt.date(start) : `${fmt.date(start)} to ${fmt.date(end)}`;
}

/** The first year of a row, for ordering (undated budgets first). */
function yearOf(row: Readonly<ProgramMoneyRow>): string {
  return (row.date ?? row.period?.start ?? '').slice(0, 4);
}

/**
 * The money of the social programs as a table: a row per budget, flow and reported amount,
 * ordered by program, year and currency, each with its kind, amount as published (exact or
 * bounds, with the publisher's equivalents and words) and sources. Amounts are never added.
 *
 * @param report - The report.
 * @param fmt - The formatter of the amounts and dates.
 * @returns The section `program-money`; `undefined` when no program records money.
 *
 * @example
 * ```ts
 * programMoneySection(report, numberFormatter('en'))?.id;
 * //=> 'program-money'
 * ```
 *
 * @internal
 */
export function programMoneySection(
  report: Readonly<ImpactReport>,
  fmt: NumberFormatter,
): ReportSection | undefined {
  const rows = [...(report.programMoney ?? [])];
  if (rows.length === 0) return undefined;
  // Programs in the order their first amount comes.
  const order = new Map<string, number>();
  rows.forEach((r, i) => {
    if (!order.has(r.programId)) order.set(r.programId, i);
  });
  rows.sort(
    (a, b) =>
      (order.get(a.programId) ?? 0) - (order.get(b.programId) ?? 0) ||
      yearOf(a).localeCompare(yearOf(b)) ||
      a.value.currency.localeCompare(b.value.currency),
  );
  const cells = rows.map((row): RichText[] => {
    const also = (row.equivalents ?? []).map((m) => reportedMoneyWords(m, fmt));
    const phrase = row.phrase === undefined ? '' : ` (“${row.phrase}”)`;
    return [
      [row.program],
      [whenText(row, fmt)],
      [KIND_WORDS[row.kind]],
      [row.value.currency],
      [
        `${reportedMoneyWords(row.value, fmt)}${also.length === 0 ? '' : ` (${also.join('; ')} as published)`}${phrase}`,
      ],
      sourceLinks(row.sourceIds),
    ];
  });
  return {
    id: 'program-money',
    title: 'Money of the programs',
    blocks: [
      {
        kind: 'paragraph',
        text: [
          'Budgets, flows and amounts reported by the programs, as published and never added up; flows after the report day are left out.',
        ],
      },
      {
        kind: 'table',
        header: ['Program', 'Date or period', 'Kind', 'Currency', 'Amount', 'Sources'],
        rows: cells,
        numeric: [false, false, false, false, true, false],
      },
    ],
  };
}
