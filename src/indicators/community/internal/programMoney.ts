import type { CalendarDate } from '../../../core/calendarDate.js';
import type { SourceId } from '../../../core/ids.js';
import { isWithinPeriod } from '../../../core/isWithinPeriod.js';
import { partialDateRange } from '../../../core/partialDate.js';
import type { Period } from '../../../core/period.js';
import {
  type ReportedAmount,
  type ReportedMoney,
  reportedAmountDays,
} from '../../../model/reportedAmount.js';
import type { SocialProgram, Spend } from '../../../model/socialProgram.js';
import type {
  ReportedAmountStatus,
  ReportedAmountUse,
  SupersededFlow,
} from '../reportedAmountUse.js';

/** A span of calendar days, both ends included. */
interface Days {
  readonly start: CalendarDate;
  readonly end: CalendarDate;
}

/**
 * One amount of a program that counts as spending in the period: a dated flow, or a `spent`
 * reported amount.
 *
 * @internal
 */
export interface CountedMoney {
  /** The amount as recorded, exact or bounded. */
  readonly value: ReportedMoney;
  /** The publisher's own amounts in other currencies. */
  readonly equivalents: readonly ReportedMoney[];
  /** The day whose exchange rate applies: the flow's day, or the last day of the amount. */
  readonly rateDate: CalendarDate;
  /** The year key: `'2024'`, or `'2009/2013'` for an amount over several years. */
  readonly year: string;
  /** Cash, in kind, mixed or not stated. */
  readonly form: 'cash' | 'inKind' | 'mixed' | 'notStated';
  /** The recipient named by the flow or the amount. */
  readonly recipientId?: string | undefined;
  /** The sources of the figure. */
  readonly sourceIds: readonly SourceId[] | undefined;
  /** The flow, for a dated flow. */
  readonly flow?: Spend | undefined;
  /** The reported amount, for a reported amount. */
  readonly amount?: ReportedAmount | undefined;
}

/**
 * What a program spent in a period, read from its flows and reported amounts together, with
 * what is reported apart.
 *
 * @internal
 */
export interface ProgramMoney {
  /** What counts, flows (by their order in `spend`) then reported amounts. */
  readonly counted: readonly CountedMoney[];
  /** The reported amounts that concern the period, and how each is used. */
  readonly uses: readonly ReportedAmountUse[];
  /** The flows left out because a counted reported amount holds them. */
  readonly superseded: readonly SupersededFlow[];
  /** Whether a commitment is dated within the period. */
  readonly commitments: boolean;
}

/** Whether `inner` lies within `outer`. */
function holds(outer: Days, inner: Days): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Whether two spans share a day. */
function overlaps(a: Days, b: Days): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** Where a span lies relative to the period: inside, outside, or across an end. */
function placeIn(days: Days, period: Readonly<Period>): 'inside' | 'outside' | 'straddles' {
  const end = period.end;
  if (days.end < period.start || (end !== undefined && days.start > end)) return 'outside';
  return days.start >= period.start && (end === undefined || days.end <= end)
    ? 'inside'
    : 'straddles';
}

/** The year key of a span: one year, or `first/last` for several. */
function yearKey(days: Days): string {
  const first = days.start.slice(0, 4);
  const last = days.end.slice(0, 4);
  return first === last ? first : `${first}/${last}`;
}

/** A reported amount with its index and days. */
interface Placed {
  readonly index: number;
  readonly amount: ReportedAmount;
  readonly days: Days;
}

/**
 * The statuses of the `spent` amounts inside the period: the widest count unless they overlap
 * one another; the amounts they hold are superseded.
 */
function resolveInside(inside: readonly Placed[]): Map<number, ReportedAmountStatus> {
  const status = new Map<number, ReportedAmountStatus>();
  const wider = (a: Placed, b: Placed) =>
    holds(b.days, a.days) && (b.days.start !== a.days.start || b.days.end !== a.days.end);
  const maximal = inside.filter((a) => !inside.some((b) => wider(a, b)));
  const counted = maximal.filter(
    (a) => !maximal.some((b) => b.index !== a.index && overlaps(a.days, b.days)),
  );
  for (const a of inside) {
    if (counted.includes(a)) status.set(a.index, 'counted');
    else if (maximal.includes(a)) status.set(a.index, 'overlapsAnother');
    else
      status.set(
        a.index,
        counted.some((b) => holds(b.days, a.days)) ? 'supersededByWider' : 'overlapsAnother',
      );
  }
  return status;
}

/** The status of a reported amount that is not a `spent` amount inside the period. */
function statusApart(placed: Placed, period: Readonly<Period>): ReportedAmountStatus | null {
  const { amount, days } = placed;
  if (amount.basis === 'cumulative') {
    const asOf = partialDateRange(amount.asOf);
    return placeIn(asOf, period) === 'outside' ? null : 'cumulative';
  }
  const where = placeIn(days, period);
  if (where === 'outside') return null;
  if (amount.basis === 'spent') return 'straddlesPeriod';
  return 'notSpending';
}

/** The reported amounts that concern the period, with their statuses, in their order. */
function reportedUses(
  program: Readonly<SocialProgram>,
  period: Readonly<Period>,
): { uses: ReportedAmountUse[]; counted: Placed[] } {
  const placed = (program.reportedAmounts ?? []).map((amount, index) => ({
    index,
    amount,
    days: reportedAmountDays(amount),
  }));
  const inside = placed.filter(
    (p) => p.amount.basis === 'spent' && placeIn(p.days, period) === 'inside',
  );
  const insideStatus = resolveInside(inside);
  const uses: ReportedAmountUse[] = [];
  for (const p of placed) {
    const status = insideStatus.get(p.index) ?? statusApart(p, period);
    if (status !== null)
      uses.push({ programId: program.id, index: p.index, amount: p.amount, status });
  }
  return { uses, counted: inside.filter((p) => insideStatus.get(p.index) === 'counted') };
}

/** The counted form of a reported amount. */
function countedAmount(program: Readonly<SocialProgram>, p: Placed): CountedMoney {
  return {
    value: p.amount.value,
    equivalents: p.amount.equivalents ?? [],
    rateDate: p.days.end,
    year: yearKey(p.days),
    form: program.form,
    recipientId: p.amount.recipientId,
    sourceIds: p.amount.sourceIds,
    amount: p.amount,
  };
}

/**
 * Reads what a program spent in a period from its dated flows and its reported amounts, without
 * counting money twice.
 *
 * @remarks
 * A `spent` amount counts when its period lies inside the report period; among such amounts the
 * widest count, those they hold are superseded, and amounts that overlap without one holding the
 * other count neither. A counted amount supersedes the program's disbursements and expenditures
 * dated within its own period. Every other disbursement or expenditure dated within the period
 * counts. `spent` amounts across an end of the period, `budgeted`, `committed` and `cumulative`
 * amounts never count; they are listed in `uses` with the reason.
 *
 * @param program - The program.
 * @param period - The report period.
 * @returns What counts, the uses of the reported amounts and the superseded flows.
 * @internal
 */
export function programMoney(
  program: Readonly<SocialProgram>,
  period: Readonly<Period>,
): ProgramMoney {
  const { uses, counted } = reportedUses(program, period);
  const flows: CountedMoney[] = [];
  const superseded: SupersededFlow[] = [];
  let commitments = false;
  for (const [index, spend] of program.spend.entries()) {
    if (!isWithinPeriod(spend.date, period)) continue;
    if (spend.kind === 'commitment') {
      commitments = true;
      continue;
    }
    const holder = counted.find((p) => p.days.start <= spend.date && spend.date <= p.days.end);
    if (holder !== undefined) {
      const { date, value } = spend;
      superseded.push({ programId: program.id, index, date, value, byAmount: holder.index });
      continue;
    }
    flows.push({
      value: spend.value,
      equivalents: spend.equivalents ?? [],
      rateDate: spend.date,
      year: spend.date.slice(0, 4),
      form: spend.form ?? program.form,
      recipientId: spend.recipientId,
      sourceIds: spend.sourceIds,
      flow: spend,
    });
  }
  return {
    counted: [...flows, ...counted.map((p) => countedAmount(program, p))],
    uses,
    superseded,
    commitments,
  };
}
