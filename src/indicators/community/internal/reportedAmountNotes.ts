import type { ProgramId } from '../../../core/ids.js';
import type { MoneyBounds } from '../../../model/reportedAmount.js';
import type {
  EquivalentUsed,
  ReportedAmountStatus,
  ReportedAmountUse,
  SupersededFlow,
} from '../reportedAmountUse.js';
import { reportedAmountText, reportedMoneyText } from './moneyWords.js';

/**
 * What {@link reportedAmountNotes} says notes about.
 *
 * @internal
 */
export interface ReportedAmountNoteInput {
  /** The reported amounts that concern the period, sorted. */
  readonly reportedAmounts: readonly ReportedAmountUse[];
  /** The flows superseded by reported amounts, sorted. */
  readonly supersededFlows: readonly SupersededFlow[];
  /** The publisher's equivalents used, sorted. */
  readonly equivalentsUsed?: readonly EquivalentUsed[] | undefined;
  /** The sums of the bounded amounts counted. */
  readonly bounded: readonly MoneyBounds[];
  /** Programs with a counted amount over several years, for results with year rows. */
  readonly multiYear?: ReadonlySet<ProgramId> | undefined;
}

/** What each status of a reported amount says, before the list of amounts. */
const STATUS_NOTES: readonly (readonly [ReportedAmountStatus, string])[] = [
  ['counted', 'Amounts reported for a period inside the report period count as spending'],
  [
    'supersededByWider',
    'Reported amounts within a wider reported total that counts are not counted again',
  ],
  [
    'straddlesPeriod',
    'Amounts spent over a period that runs across an end of the report period are not counted and never prorated',
  ],
  [
    'overlapsAnother',
    'Reported amounts whose periods overlap without one holding the other are not counted (which part is new is unknown)',
  ],
  ['notSpending', 'Budgets and commitments are not spending and are reported apart'],
  [
    'cumulative',
    'Cumulative totals are reported apart, since their start and as of their day, never split into years',
  ],
];

/** The flows superseded, program by program: `school (2009-03-01, 2009-07-01)`. */
function supersededText(flows: readonly SupersededFlow[]): string {
  const byProgram = new Map<string, string[]>();
  for (const flow of flows) {
    const dates = byProgram.get(flow.programId) ?? [];
    dates.push(flow.date);
    byProgram.set(flow.programId, dates);
  }
  return [...byProgram].map(([id, dates]) => `${id} (${dates.join(', ')})`).join('; ');
}

/**
 * The notes on reported amounts: which count, which are reported apart and why, the flows they
 * supersede, bounds, spans of years and the publisher's equivalents used.
 *
 * @param input - The uses, superseded flows, equivalents and bounds.
 * @returns The notes, in a fixed order.
 * @internal
 */
export function reportedAmountNotes(input: Readonly<ReportedAmountNoteInput>): string[] {
  const notes: string[] = [];
  for (const [status, words] of STATUS_NOTES) {
    const uses = input.reportedAmounts.filter((use) => use.status === status);
    if (uses.length === 0) continue;
    const texts = uses.map((use) => reportedAmountText(use.programId, use.amount));
    notes.push(`${words}: ${texts.join('; ')}.`);
  }
  if (input.supersededFlows.length > 0) {
    notes.push(
      `Flows within the period of a reported amount that counts are held by it and not counted again: ${supersededText(input.supersededFlows)}.`,
    );
  }
  if ((input.multiYear?.size ?? 0) > 0) {
    notes.push(
      `Amounts reported for several years are shown under their span of years (first/last), never split into years: ${[...(input.multiYear ?? [])].sort().join(', ')}.`,
    );
  }
  if (input.bounded.length > 0) {
    notes.push(
      `Some amounts are published as bounds, so the total is bounds, not one figure; bounded amounts: ${input.bounded.map(reportedMoneyText).join('; ')}.`,
    );
  }
  const equivalents = input.equivalentsUsed ?? [];
  if (equivalents.length > 0) {
    const texts = equivalents.map(
      (e) => `${e.programId}: ${reportedMoneyText(e.value)} as ${reportedMoneyText(e.equivalent)}`,
    );
    notes.push(
      `The publisher’s own equivalents are used instead of the exchange-rate table: ${texts.join('; ')}.`,
    );
  }
  return notes;
}
