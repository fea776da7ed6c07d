import type { SafetyRecord } from '../../../model/safetyRecord.js';
import { addCount, type CountTally, EMPTY_TALLY } from './countTally.js';

/**
 * The counts of a safety record the rates read.
 *
 * @internal
 */
export type SafetyCountField =
  | 'fatalities'
  | 'highConsequenceInjuries'
  | 'recordableInjuries'
  | 'lostTimeInjuries'
  | 'nearMisses'
  | 'occupationalIllnesses';

/**
 * The sums behind one rate: the counted cases, the hours worked, and the records that lack a
 * count or the hours.
 *
 * @internal
 */
export interface SafetyTally {
  /** The cases counted. */
  readonly cases: CountTally;
  /** The hours worked. */
  readonly hours: CountTally;
  /** The records added. */
  readonly records: number;
  /** The records without one of the counts or without the hours, by label. */
  readonly incomplete: readonly string[];
}

/** The tally of no record. */
export const EMPTY_SAFETY_TALLY: SafetyTally = {
  cases: EMPTY_TALLY,
  hours: EMPTY_TALLY,
  records: 0,
  incomplete: [],
};

/** A label naming a record in notes: the group, the site and the period. */
export function recordLabel(record: Readonly<SafetyRecord>): string {
  const where = record.siteId === undefined ? 'company-wide' : record.siteId;
  return `${record.workers} ${where} ${record.period.start}..${record.period.end ?? ''}`;
}

/**
 * Adds a record to a tally: its counts of `fields` and its hours, or its label among the
 * incomplete records when one of them is not reported.
 *
 * @internal
 */
export function addRecord(
  tally: SafetyTally,
  record: Readonly<SafetyRecord>,
  fields: readonly SafetyCountField[],
): SafetyTally {
  const hours = record.hoursWorked;
  const counts = fields.map((field) => record[field]);
  if (hours === undefined || counts.some((count) => count === undefined)) {
    return {
      ...tally,
      records: tally.records + 1,
      incomplete: [...tally.incomplete, recordLabel(record)],
    };
  }
  let cases = tally.cases;
  for (const count of counts) if (count !== undefined) cases = addCount(cases, count);
  return {
    cases,
    hours: addCount(tally.hours, hours),
    records: tally.records + 1,
    incomplete: tally.incomplete,
  };
}
