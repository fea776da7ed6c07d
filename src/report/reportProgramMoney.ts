import * as z from 'zod';
import { type CalendarDate, CalendarDateSchema } from '../core/calendarDate.js';
import { type ProgramId, ProgramIdSchema, type SourceId, SourceIdSchema } from '../core/ids.js';
import { lazyShape } from '../core/lazyShape.js';
import { type PartialDate, PartialDateSchema } from '../core/partialDate.js';
import { pure } from '../core/pure.js';
import type { ImpactDataset } from '../model/impactDataset.js';
import { type ReportedMoney, ReportedMoneySchema } from '../model/reportedAmount.js';

/**
 * One amount of money of a social program in a report: a budget, a dated flow (commitment,
 * disbursement, expenditure) or an amount reported for a period (spent, budgeted, committed,
 * or spent in total since a start).
 *
 * @example
 * ```ts
 * ProgramMoneyRowSchema.parse({
 *   programId: 'prg-covid', program: 'Donation', kind: 'commitment', date: '2020-03-20',
 *   value: { amountMinor: 30000000, currency: 'AZN' }, sourceIds: [],
 * }).kind;
 * //=> 'commitment'
 * ```
 *
 * @category Reports
 */
export const ProgramMoneyRowSchema = pure(() =>
  z.strictObject(
    lazyShape({
      /** The program. */
      programId: ProgramIdSchema,
      /** The program title. */
      program: () => z.string().min(1),
      /** What the amount is. */
      kind: () =>
        z.enum([
          'budget',
          'commitment',
          'disbursement',
          'expenditure',
          'spent',
          'budgeted',
          'committed',
          'cumulative',
        ]),
      /** The day of a flow; absent otherwise. */
      date: () => CalendarDateSchema.optional(),
      /** The period of a reported amount, as precise as published (a total: start to `asOf`). */
      period: () => z.strictObject({ start: PartialDateSchema, end: PartialDateSchema }).optional(),
      /** The amount, exact or bounds as published. */
      value: ReportedMoneySchema,
      /** The publisher's own amounts in other currencies. */
      equivalents: () => z.array(ReportedMoneySchema).optional(),
      /** The words the amount was published in. */
      phrase: () => z.string().optional(),
      /** The sources of the amount (the program's when the amount names none). */
      sourceIds: () => z.array(SourceIdSchema),
    }),
  ),
);

/**
 * One amount of money of a social program (see `ProgramMoneyRowSchema`).
 *
 * @category Reports
 */
export interface ProgramMoneyRow {
  /** The program. */
  readonly programId: ProgramId;
  /** The program title. */
  readonly program: string;
  /** What the amount is. */
  readonly kind:
    | 'budget'
    | 'commitment'
    | 'disbursement'
    | 'expenditure'
    | 'spent'
    | 'budgeted'
    | 'committed'
    | 'cumulative';
  /** The day of a flow; absent otherwise. */
  readonly date?: CalendarDate | undefined;
  /** The period of a reported amount, as precise as published (a total: start to `asOf`). */
  readonly period?: { readonly start: PartialDate; readonly end: PartialDate } | undefined;
  /** The amount, exact or bounds as published. */
  readonly value: ReportedMoney;
  /** The publisher's own amounts in other currencies. */
  readonly equivalents?: readonly ReportedMoney[] | undefined;
  /** The words the amount was published in. */
  readonly phrase?: string | undefined;
  /** The sources of the amount (the program's when the amount names none). */
  readonly sourceIds: readonly SourceId[];
}

type Program = ImpactDataset['programs'][number];

/** The amounts of one program known on `asOf`: budget, flows, then reported amounts. */
function programRows(program: Readonly<Program>, asOf: string): ProgramMoneyRow[] {
  const base = { programId: program.id, program: program.title };
  const rows: ProgramMoneyRow[] = [];
  // A budget is not dated: it counts once its program has started.
  if (program.budget !== undefined && program.period.start <= asOf)
    rows.push({ ...base, kind: 'budget', value: program.budget, sourceIds: program.sourceIds });
  for (const flow of program.spend) {
    if (flow.date > asOf) continue;
    rows.push({
      ...base,
      kind: flow.kind,
      date: flow.date,
      value: flow.value,
      ...(flow.equivalents === undefined ? {} : { equivalents: flow.equivalents }),
      sourceIds: flow.sourceIds ?? program.sourceIds,
    });
  }
  for (const amount of program.reportedAmounts ?? []) {
    const end =
      amount.basis === 'cumulative' ? amount.asOf : (amount.period.end ?? amount.period.start);
    if (amount.period.start > asOf) continue;
    rows.push({
      ...base,
      kind: amount.basis,
      period: { start: amount.period.start, end },
      value: amount.value,
      ...(amount.equivalents === undefined ? {} : { equivalents: amount.equivalents }),
      ...(amount.phrase === undefined ? {} : { phrase: amount.phrase }),
      sourceIds: amount.sourceIds.length > 0 ? amount.sourceIds : program.sourceIds,
    });
  }
  return rows;
}

/**
 * Every amount of money the programs of a dataset record, known on `asOf`: the budget of each
 * program started on or before `asOf` (a budget is not dated), its flows dated on or before `asOf`, and its reported amounts whose period starts on
 * or before it, in program order. Amounts are listed as published, never added up.
 *
 * @param data - The parsed dataset.
 * @param asOf - The report day.
 * @returns The rows.
 *
 * @example
 * ```ts
 * reportProgramMoney(dataset, '2025-11-14').length;
 * ```
 *
 * @internal
 */
export function reportProgramMoney(
  data: Readonly<ImpactDataset>,
  asOf: CalendarDate,
): ProgramMoneyRow[] {
  return data.programs.flatMap((program) => programRows(program, asOf));
}
