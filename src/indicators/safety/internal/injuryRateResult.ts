import { assertPeriod } from '../../../core/assertPeriod.js';
import { ImpactError } from '../../../core/ImpactError.js';
import { type SafetyRecord, SafetyRecordSchema } from '../../../model/safetyRecord.js';
import { periodDefinition } from '../../community/internal/periodDefinition.js';
import type { BreakdownRow } from '../../contract/breakdownRow.js';
import type { IndicatorCatalogEntry } from '../../contract/indicatorCatalogEntry.js';
import type { IndicatorResult } from '../../contract/indicatorResult.js';
import { parseEach } from '../../internal/parseEach.js';
import { resultFrom } from '../../internal/resultFrom.js';
import { uniqueSourceIds } from '../../internal/uniqueSourceIds.js';
import type { SafetyRateOptions } from '../safetyRateOptions.js';
import { type RateValue, ratePer } from './ratePer.js';
import {
  addRecord,
  EMPTY_SAFETY_TALLY,
  type SafetyCountField,
  type SafetyTally,
} from './safetyTally.js';
import { withinPeriod } from './withinPeriod.js';

/**
 * How one injury rate is computed: the counts it adds up and its default basis.
 *
 * @internal
 */
export interface InjuryRateSpec {
  /** The counts of a record that make the rate's numerator. */
  readonly fields: readonly SafetyCountField[];
  /** The basis when the options give none. */
  readonly defaultBasis: number;
  /** Whether the basis is fixed by the standard (SASB: 200,000 hours). */
  readonly fixedBasis?: boolean | undefined;
}

/** The rate of a tally; `MISSING_DATA` when a record lacks a count or the hours, or none counts. */
function rateOf(tally: SafetyTally, basis: number): RateValue {
  if (tally.records === 0 || tally.incomplete.length > 0) {
    return { value: null, reason: 'MISSING_DATA' };
  }
  return ratePer(tally.cases, tally.hours, basis);
}

/** One breakdown row of a tally. */
function rowOf(
  keys: Readonly<Record<string, string>>,
  tally: SafetyTally,
  basis: number,
): BreakdownRow {
  const rate = rateOf(tally, basis);
  const exact = tally.cases.max === tally.cases.min && tally.incomplete.length === 0;
  return { keys, ...rate, ...(exact && tally.records > 0 ? { count: tally.cases.min } : {}) };
}

/** The basis of a rate, checked. */
function basisOf(spec: InjuryRateSpec, options: Readonly<SafetyRateOptions>): number {
  const basis = spec.fixedBasis === true ? spec.defaultBasis : (options.basis ?? spec.defaultBasis);
  if (basis !== 200_000 && basis !== 1_000_000) {
    throw new ImpactError('INVALID_ARGUMENT', `basis must be 200000 or 1000000, not ${basis}`);
  }
  return basis;
}

/** Adds every record to the total and to its group's and its site's tallies. */
function tallies(records: readonly Readonly<SafetyRecord>[], spec: InjuryRateSpec) {
  let total = EMPTY_SAFETY_TALLY;
  const groups = new Map<string, SafetyTally>();
  const sites = new Map<string, SafetyTally>();
  for (const record of records) {
    total = addRecord(total, record, spec.fields);
    groups.set(
      record.workers,
      addRecord(groups.get(record.workers) ?? EMPTY_SAFETY_TALLY, record, spec.fields),
    );
    if (record.siteId !== undefined)
      sites.set(
        record.siteId,
        addRecord(sites.get(record.siteId) ?? EMPTY_SAFETY_TALLY, record, spec.fields),
      );
  }
  return { total, groups, sites };
}

/** The notes of a rate: incomplete records, approximate figures, records outside the period. */
function notesOf(total: SafetyTally, outside: number): string[] {
  const notes: string[] = [];
  if (total.incomplete.length > 0)
    notes.push(`Not reported (a count or the hours worked): ${total.incomplete.join(', ')}.`);
  for (const phrase of [...total.cases.approximate, ...total.hours.approximate])
    notes.push(`approximate: a figure was published as "${phrase}" (taken as the value).`);
  if (outside > 0) notes.push(`${outside} record(s) outside the period left out.`);
  return notes;
}

/**
 * Computes an injury rate on safety records: every worker together as the value, rows by group
 * of workers and by site.
 *
 * @internal
 */
export function injuryRateResult(
  entry: Readonly<IndicatorCatalogEntry>,
  records: Iterable<Readonly<SafetyRecord>>,
  options: Readonly<SafetyRateOptions>,
  spec: InjuryRateSpec,
): IndicatorResult {
  if (options.period !== undefined) assertPeriod(options.period, 'period');
  const basis = basisOf(spec, options);
  const all = parseEach(SafetyRecordSchema, records, 'records');
  const inScope = all.filter((record) => withinPeriod(record.period, options.period));
  const { total, groups, sites } = tallies(inScope, spec);
  const breakdown = [
    ...['employees', 'nonEmployees'].flatMap((workers) => {
      const tally = groups.get(workers);
      return tally === undefined ? [] : [rowOf({ workers }, tally, basis)];
    }),
    ...[...sites.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([site, tally]) => rowOf({ site }, tally, basis)),
  ];
  return resultFrom(entry, {
    ...rateOf(total, basis),
    breakdown,
    definitions: {
      basis,
      counted: [...spec.fields],
      period: options.period === undefined ? null : periodDefinition(options.period),
      workers: 'employees and workers who are not employees, together; rows by group',
    },
    sourceIds: uniqueSourceIds(inScope.map((record) => record.sourceIds)),
    notes: notesOf(total, all.length - inScope.length),
  });
}
