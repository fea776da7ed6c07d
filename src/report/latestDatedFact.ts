import type { CalendarDate } from '../core/calendarDate.js';
import { partialDateRange } from '../core/partialDate.js';
import type { ImpactDataset } from '../model/impactDataset.js';
import { productionPeriodOf } from '../model/productionRecord.js';
import { type ReportedAmount, reportedAmountDays } from '../model/reportedAmount.js';

/**
 * The latest dated fact of a dataset: its day, what it is, and where it is.
 *
 * @category Reports
 */
export interface LatestDatedFact {
  /** The day: the fact's date, or the last day of its period, month or year. */
  readonly date: CalendarDate;
  /** The fact in words with its JSON Pointer, e.g. `'the workforce summary of 2025-11-14, at /workforce/0/asOf'`. */
  readonly fact: string;
}

type Candidate = readonly [date: CalendarDate, fact: string];

/** The last day of a reported amount, with the words and path of its fact. */
function amountCandidate(amount: Readonly<ReportedAmount>, what: string, path: string): Candidate {
  const end = reportedAmountDays(amount).end;
  return [end, `${what} of the period ending ${end}, at ${path}`];
}

/** The dated facts of people and money: employment events, summaries, program money. */
function workforceAndProgramDates(data: Readonly<ImpactDataset>): Candidate[] {
  const out: Candidate[] = [];
  (data.employees ?? []).forEach((e, i) => {
    out.push([e.hireDate, `a hire on ${e.hireDate}, at /employees/${i}/hireDate`]);
    if (e.terminationDate !== undefined)
      out.push([
        e.terminationDate,
        `a departure on ${e.terminationDate}, at /employees/${i}/terminationDate`,
      ]);
  });
  data.workforce.forEach((w, i) => {
    out.push([w.asOf, `the workforce summary of ${w.asOf}, at /workforce/${i}/asOf`]);
  });
  data.programs.forEach((p, i) => {
    p.spend.forEach((flow, j) => {
      out.push([
        flow.date,
        `a ${flow.kind} of ${p.title} on ${flow.date}, at /programs/${i}/spend/${j}/date`,
      ]);
    });
    (p.reportedAmounts ?? []).forEach((amount, j) => {
      out.push(
        amountCandidate(amount, `an amount of ${p.title}`, `/programs/${i}/reportedAmounts/${j}`),
      );
    });
  });
  return out;
}

/** The dated facts of operations: production, safety, grievances, land, economic figures. */
function operationDates(data: Readonly<ImpactDataset>): Candidate[] {
  const out: Candidate[] = [];
  data.production.forEach((r, i) => {
    const end = productionPeriodOf(r).end;
    out.push([end, `production of the period ending ${end}, at /production/${i}`]);
  });
  // An open period counts by its first day: nothing later is stated.
  data.safety.forEach((r, i) => {
    const end = r.period.end ?? r.period.start;
    out.push([end, `a safety record to ${end}, at /safety/${i}/period`]);
  });
  data.grievances.forEach((r, i) => {
    const end = r.period.end ?? r.period.start;
    out.push([end, `a grievance record to ${end}, at /grievances/${i}/period`]);
  });
  data.land.forEach((r, i) => {
    const end = partialDateRange(r.asOf).end;
    out.push([end, `a land record as of ${r.asOf}, at /land/${i}/asOf`]);
  });
  (data.governmentPayments ?? []).forEach((p, i) => {
    out.push(
      amountCandidate(p.amount, 'a payment to government', `/governmentPayments/${i}/amount`),
    );
  });
  (data.financials ?? []).forEach((f, i) => {
    for (const [field, amount] of Object.entries(f))
      if (typeof amount === 'object' && amount !== null && 'basis' in amount)
        out.push(
          amountCandidate(
            amount as ReportedAmount,
            `the ${field} of a financial summary`,
            `/financials/${i}/${field}`,
          ),
        );
  });
  return out;
}

/**
 * Finds the latest dated fact of a dataset: the day a report describes when no `asOf` is given.
 *
 * @remarks
 * The dates that count are those of facts about the company's operations: hires and departures
 * of employee records, the days of workforce summaries, the days of program flows and the ends
 * of the periods of amounts reported by programs, of government payments and of financial
 * summaries, the ends of production periods (a year ends on 31 December, a quarter on its last
 * day), the ends of the periods of safety and grievance records, and the days (or last days of
 * the month or year) of land records. Not counted: the publication dates of sources (a source
 * may be published long after the facts it states), dates of founding and ownership, planned
 * dates (projections, closure plans, deposit stages), and awards. Among equal days, the first
 * fact in the order above is named.
 *
 * @param data - The parsed dataset.
 * @returns The latest fact; `undefined` when the dataset has no dated fact.
 *
 * @example
 * ```ts
 * latestDatedFact(dataset)?.date;
 * //=> '2025-11-14'
 * ```
 *
 * @internal
 */
export function latestDatedFact(data: Readonly<ImpactDataset>): LatestDatedFact | undefined {
  let latest: Candidate | undefined;
  for (const candidate of [...workforceAndProgramDates(data), ...operationDates(data)])
    if (latest === undefined || candidate[0] > latest[0]) latest = candidate;
  return latest === undefined ? undefined : { date: latest[0], fact: latest[1] };
}
