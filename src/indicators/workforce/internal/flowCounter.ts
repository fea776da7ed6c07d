import { assertPeriod } from '../../../core/assertPeriod.js';
import type { CalendarDate } from '../../../core/calendarDate.js';
import { ImpactError } from '../../../core/ImpactError.js';
import type { Period } from '../../../core/period.js';
import type { Employee } from '../../../model/employee.js';
import type { WorkforceFlows } from '../workforceFlows.js';

/** The order of the leaver counts: the model's termination reasons, then not stated. */
export const LEAVER_REASONS = [
  'voluntary',
  'dismissal',
  'retirement',
  'contractEnd',
  'death',
  'other',
  'notStated',
] as const;

/** The flow counts as plain data, for a snapshot. */
export interface FlowCountsData {
  readonly hires: number;
  readonly rehires: number;
  readonly atStart: number;
  readonly atEnd: number;
  /** In the order of {@link LEAVER_REASONS}. */
  readonly leavers: readonly number[];
}

/** Sorts after every calendar date (`YYYY-MM-DD`): the termination date of someone still employed. */
const STILL_EMPLOYED = '\uffff';

/** The index of a termination reason in {@link LEAVER_REASONS}; −1 outside the model. */
function reasonIndex(reason: unknown): number {
  if (reason === undefined) return 6;
  return LEAVER_REASONS.indexOf(reason as (typeof LEAVER_REASONS)[number]);
}

/**
 * Checks a period for flow counts: calendar dates, an end, not inverted.
 *
 * @param period - The period.
 * @returns The closed period.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` without an end; `INVALID_DATE` or
 * `INVALID_PERIOD` when it is not valid.
 * @internal
 */
export function closedPeriod(period: Readonly<Period>): {
  readonly start: CalendarDate;
  readonly end: CalendarDate;
} {
  assertPeriod(period, 'period');
  if (period.end === undefined) {
    throw new ImpactError('INVALID_ARGUMENT', 'flow counts need a period with an end');
  }
  return { start: period.start, end: period.end };
}

/**
 * The flows of a period, counted one record at a time and added up across shards.
 *
 * @internal
 */
export class FlowCounter {
  readonly period: { readonly start: CalendarDate; readonly end: CalendarDate };
  hires = 0;
  rehires = 0;
  atStart = 0;
  atEnd = 0;
  readonly leavers = [0, 0, 0, 0, 0, 0, 0];

  constructor(period: { readonly start: CalendarDate; readonly end: CalendarDate }) {
    this.period = period;
  }

  /**
   * Counts one record of the population (its hire date already checked to be a string).
   *
   * @returns `undefined`, or what is wrong with the record.
   */
  add(employee: Readonly<Employee>): string | undefined {
    const { start, end } = this.period;
    const hired = employee.hireDate;
    // Someone still employed leaves after every period: a text after every calendar date.
    const left = employee.terminationDate ?? STILL_EMPLOYED;
    let reason = -1;
    if (left >= start && left <= end) {
      reason = reasonIndex(employee.terminationReason);
      if (reason < 0) return 'termination reason is not one of the model';
    }
    if (hired >= start && hired <= end) {
      if (employee.rehire === true) this.rehires += 1;
      else this.hires += 1;
    }
    if (reason >= 0) (this.leavers[reason] as number) += 1;
    if (hired < start && left >= start) this.atStart += 1;
    if (hired <= end && left > end) this.atEnd += 1;
    return undefined;
  }

  /** Adds the counts of another counter or of a snapshot's data. */
  absorb(from: Readonly<FlowCountsData>): void {
    this.hires += from.hires;
    this.rehires += from.rehires;
    this.atStart += from.atStart;
    this.atEnd += from.atEnd;
    for (let i = 0; i < this.leavers.length; i += 1) {
      (this.leavers[i] as number) += from.leavers[i] ?? 0;
    }
  }

  /** The counts as plain data. */
  data(): FlowCountsData {
    return {
      hires: this.hires,
      rehires: this.rehires,
      atStart: this.atStart,
      atEnd: this.atEnd,
      leavers: [...this.leavers],
    };
  }

  /** The flows, as the accumulator gives them. */
  flows(): WorkforceFlows {
    const [voluntary, dismissal, retirement, contractEnd, death, other, notStated] = this
      .leavers as [number, number, number, number, number, number, number];
    return {
      period: { start: this.period.start, end: this.period.end },
      headcountAtStart: this.atStart,
      headcountAtEnd: this.atEnd,
      hires: this.hires,
      rehires: this.rehires,
      leavers: { voluntary, dismissal, retirement, contractEnd, death, other, notStated },
    };
  }
}
