import { assertCalendarDate } from '../../core/assertCalendarDate.js';
import type { CalendarDate } from '../../core/calendarDate.js';
import { ImpactError } from '../../core/ImpactError.js';
import { ratio } from '../../core/ratio.js';
import type { Employee, Nationality } from '../../model/employee.js';
import { NATIONALITY_PARTS, type WorkforceSharePart } from '../../model/workforceShareParts.js';
import type { WorkforceSummary } from '../../model/workforceSummary.js';
import type { BreakdownRow, RowKeys } from '../contract/breakdownRow.js';
import { defineIndicator, type IndicatorOutcome } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { IndicatorScope } from '../contract/indicatorContext.js';
import type { IndicatorResult } from '../contract/indicatorResult.js';
import { foldRecords, type RecordFold } from '../contract/recordFold.js';
import { resultFrom } from '../internal/resultFrom.js';
import { isWorkforceSummary } from './internal/isWorkforceSummary.js';
import { ratioFields } from './internal/ratioFields.js';
import { summaryShare } from './internal/summaryShare.js';
import { isActiveOn } from './isActiveOn.js';

const entry = {
  id: 'workforce.hostCountryNationalShare',
  title: 'Share of the workforce who are host-country nationals',
  unit: 'share',
  formula:
    'Host-country nationals / everyone counted (host-country nationals + expatriates + nationality not stated), on asOf; overall, and among senior management from records; not stated is its own row, never expatriate; a published share is kept (exact with exact counts, else its rounding interval narrowed by the counts)',
  standards: ['GRI 405-1'],
  family: 'workforce',
  functionName: 'hostCountryNationalShare',
  results: 'one',
  dimensions: ['nationality', 'category'],
} as const satisfies IndicatorCatalogEntry;

/**
 * Options of {@link hostCountryNationalShare}.
 *
 * @category Workforce indicators
 */
export interface HostCountryNationalShareOptions {
  /** The day of the count, for records (required with them; a summary has its own). */
  readonly asOf?: CalendarDate | undefined;
  /** Whether contractors' workers count, for records (by default only employees). */
  readonly includeContractors?: boolean | undefined;
}

const NATIONALITIES: readonly Nationality[] = ['hostCountry', 'expatriate', 'notStated'];

/** People by nationality, and how many records state one. */
interface Tally {
  readonly counts: Record<Nationality, number>;
  stated: number;
}

const WHAT_HOST_COUNTRY = 'nationals of the country of the operation';

function fail(detail: string): never {
  throw new ImpactError('INVALID_ARGUMENT', detail);
}

/** A tally with nobody counted yet. */
function emptyTally(): Tally {
  return { counts: { hostCountry: 0, expatriate: 0, notStated: 0 }, stated: 0 };
}

/** Counts one record when it is active on `asOf` and its engagement counts; senior managers apart. */
function countRecord(
  all: Tally,
  senior: Tally,
  employee: Readonly<Employee>,
  rule: { readonly asOf: CalendarDate; readonly includeContractors: boolean },
): void {
  if (employee.engagement === 'contractor' && !rule.includeContractors) return;
  if (!isActiveOn(employee, rule.asOf)) return;
  const stated = employee.nationality;
  if (stated !== undefined && !NATIONALITIES.includes(stated)) {
    fail(
      `employee ${JSON.stringify(String(employee.id)).slice(0, 140)}: nationality is not one of the model`,
    );
  }
  const nationality = stated ?? 'notStated';
  for (const tally of employee.category === 'seniorManagement' ? [all, senior] : [all]) {
    tally.counts[nationality] += 1;
    if (stated !== undefined) tally.stated += 1;
  }
}

/** The rows of a tally, each nationality over the tally's people. */
function rowsOf(tally: Tally, keys: RowKeys = {}): BreakdownRow[] {
  const people = tally.counts.hostCountry + tally.counts.expatriate + tally.counts.notStated;
  return NATIONALITIES.map((nationality) => ({
    keys: { ...keys, nationality },
    ...ratioFields(ratio(tally.counts[nationality], people)),
    count: tally.counts[nationality],
  }));
}

/** The notes on records: not stated, and no senior manager. */
function recordNotes(all: Tally, senior: Tally): string[] {
  const notes: string[] = [];
  const notStated = all.counts.notStated;
  if (notStated > 0 && all.stated > 0) {
    notes.push(
      `${notStated} person(s) have no stated nationality: they stay in the denominator and are not counted as expatriates.`,
    );
  }
  const seniors = senior.counts.hostCountry + senior.counts.expatriate + senior.counts.notStated;
  if (seniors === 0)
    notes.push('No senior manager is counted, so there are no senior management rows.');
  return notes;
}

/** The share among the records active on `asOf`, with senior management apart. */
function fromRecords(
  employees: Iterable<Readonly<Employee>>,
  options: Readonly<HostCountryNationalShareOptions>,
): IndicatorResult {
  const fold = hostCountryNationalShareFold(options);
  return foldRecords(fold, employees);
}

/** The result of the tallies: the share, its rows and notes, or why there is none. */
function resultOf(
  all: Tally,
  senior: Tally,
  asOf: CalendarDate,
  includeContractors: boolean,
): IndicatorResult {
  const people = all.counts.hostCountry + all.counts.expatriate + all.counts.notStated;
  const definitions = {
    asOf,
    basis: 'records',
    population: includeContractors ? 'employeesAndContractors' : 'employees',
    hostCountry: WHAT_HOST_COUNTRY,
    seniorManagement: "employee category 'seniorManagement'",
  };
  if (people > 0 && all.stated === 0) {
    return resultFrom(entry, {
      value: null,
      reason: 'MISSING_DATA',
      definitions,
      sourceIds: [],
      notes: ['No record counted states a nationality.'],
    });
  }
  const seniors = senior.counts.hostCountry + senior.counts.expatriate + senior.counts.notStated;
  const breakdown = [
    ...rowsOf(all),
    ...(seniors > 0 ? rowsOf(senior, { category: 'seniorManagement' }) : []),
  ];
  return resultFrom(entry, {
    ...ratioFields(ratio(all.counts.hostCountry, people)),
    ...(people > 0 ? { breakdown } : {}),
    definitions,
    sourceIds: [],
    notes: people > 0 ? recordNotes(all, senior) : [],
  });
}

/**
 * {@link hostCountryNationalShare} on records, as a fold: one record at a time, in one pass.
 *
 * @remarks
 * The state is the people counted by nationality, and how many state one, overall and among the
 * senior managers: six counts and two, whatever the number of records. Whether any record states
 * a nationality (else `MISSING_DATA`), the senior management rows and the notes are decided in
 * `finish`. `asOf` is checked when the fold is created, before any record; `add` throws for a
 * counted record whose nationality is outside the model.
 *
 * @param options - The day of the count (required) and whether contractors count.
 * @returns A fold whose `finish` gives what {@link hostCountryNationalShare} gives on the records
 * added.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when `asOf` is missing; `INVALID_DATE` when it is
 * not a calendar date.
 *
 * @example
 * ```ts
 * const fold = hostCountryNationalShareFold({ asOf: '2024-12-31' });
 * for (const employee of employees) fold.add(employee);
 * fold.finish().ratio;
 * //=> { numerator: 2, denominator: 3, value: 0.6666666666666666 }
 * ```
 *
 * @internal
 */
export function hostCountryNationalShareFold(
  options: Readonly<HostCountryNationalShareOptions>,
): RecordFold<IndicatorResult> {
  const { asOf } = options;
  if (asOf === undefined) fail('hostCountryNationalShare of records needs asOf');
  assertCalendarDate(asOf, 'asOf');
  const includeContractors = options.includeContractors === true;
  const rule = { asOf, includeContractors };
  const all = emptyTally();
  const senior = emptyTally();
  return {
    add: (employee) => countRecord(all, senior, employee, rule),
    finish: () => resultOf(all, senior, asOf, includeContractors),
  };
}

/** The share from a summary's `byNationality` and published shares. */
function fromSummary(summary: Readonly<WorkforceSummary>): IndicatorResult {
  const [hostCountry, expatriate, notStated] = NATIONALITY_PARTS as [
    WorkforceSharePart,
    WorkforceSharePart,
    WorkforceSharePart,
  ];
  return summaryShare(entry, summary, {
    dimension: 'nationality',
    parts: [
      { part: hostCountry, key: 'hostCountry' },
      { part: expatriate, key: 'expatriate' },
      { part: notStated, key: 'notStated' },
    ],
    missing:
      'The summary does not count host-country nationals (no byNationality.hostCountry count or published share).',
    unknownNote: (n) =>
      `${n} person(s) have no stated nationality: they stay in the denominator and are not counted as expatriates.`,
    definitions: () => ({ hostCountry: WHAT_HOST_COUNTRY }),
  });
}

/**
 * The share of a workforce who are host-country nationals, overall and among senior
 * management.
 *
 * @remarks
 * `host-country nationals / everyone counted`, unit `share`. Nationality is counted apart from
 * origin: a national from the capital is a host-country national, and an expatriate living next
 * to the mine is not one. People whose nationality is not stated stay in the denominator in their
 * own `notStated` row, never among the expatriates, so the value is the share *known* to be
 * nationals.
 * - **From records** (`options.asOf` required): the company's employees active on `asOf` (and
 *   contractors' workers with `includeContractors`), a record without `nationality` being not
 *   stated. Rows keyed `{ nationality }` (`hostCountry`, `expatriate`, `notStated`), then, when
 *   there are senior managers, `{ category: 'seniorManagement', nationality }` over the senior
 *   managers: the senior management share is the row `{ category: 'seniorManagement',
 *   nationality: 'hostCountry' }`. `MISSING_DATA` when no record counted states a nationality.
 * - **From a summary**: `byNationality` and the published shares `shares.hostCountryNationals`,
 *   `expatriates`, `nationalityNotStated`. With exact counts the value is exact ("2,697 Malians
 *   and 95 expatriates": 2,697 / 2,792 = 0.9660); a published share without exact counts gives
 *   `value: null`, `reason: 'BOUNDED'` and its rounding interval narrowed by what the counts
 *   allow ("97 % of over 2,500 employees": [0.965, 0.975), with the phrase), never dropped.
 *
 * Standards: GRI 405-1 b asks for the percentage of employees per employee category in each
 * diversity category, including "other indicators of diversity where relevant" (the wording of
 * G4-LA12, carried into 405-1); nationality is read here as one. GRI 202-2 uses "local" (born in,
 * or with the legal right to reside indefinitely in, the same geographic market as the
 * operation), which the reporter may draw as wide as a country; a national has that right, but so
 * does a foreign permanent resident, so the share of nationals is not GRI's "local" share (use
 * {@link localEmploymentShare} and {@link seniorManagementLocalShare} for that). Host-country
 * nationals are a headline figure of miners abroad; that the ICMM or IFC Performance Standard 2
 * ask for it in those words is not found in their texts, so the mapping is the library's reading.
 *
 * @param input - Employment records, or a workforce summary.
 * @param options - The day of the count and whether contractors count, for records.
 * @returns An indicator result with a share in [0, 1]; `null` with `MISSING_DATA` when nobody's
 * nationality is known (no record states one; a summary without a count or published share of
 * host-country nationals), `ZERO_DENOMINATOR` when nobody is counted, `BOUNDED` as above.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when records are given without `asOf` or are
 * not iterable, a record's nationality is outside the model, or the summary is not valid (its
 * parts exceed the headcount, or a published share disagrees with its counts); `INVALID_DATE`
 * when `asOf` is not a calendar date.
 *
 * @example
 * ```ts
 * import { WorkforceSummarySchema } from 'mining-impact';
 *
 * const counted = WorkforceSummarySchema.parse({ companyId: 'miner', asOf: '2024-12-31', headcount: 2792, byNationality: { hostCountry: 2697, expatriate: 95 }, sourceIds: [] });
 * hostCountryNationalShare(counted).ratio;
 * //=> { numerator: 2697, denominator: 2792, value: 0.9659742120343839 }
 * const published = WorkforceSummarySchema.parse({ companyId: 'miner', asOf: '2024-12-31', headcount: { min: 2501 }, shares: { hostCountryNationals: { value: 0.97, phrase: '97 %' } }, sourceIds: [] });
 * hostCountryNationalShare(published).bounds;
 * //=> { min: 0.965, max: 0.975, phrase: '97 %' }
 * ```
 *
 * @category Workforce indicators
 */
export function hostCountryNationalShare(
  input: Readonly<WorkforceSummary> | Iterable<Readonly<Employee>>,
  options: Readonly<HostCountryNationalShareOptions> = {},
): IndicatorResult {
  return isWorkforceSummary(input) ? fromSummary(input) : fromRecords(input, options);
}

/** Whether a summary says anything about nationality. */
function hasNationality(summary: Readonly<WorkforceSummary> | undefined): boolean {
  const shares = summary?.shares;
  return (
    summary?.byNationality !== undefined ||
    shares?.hostCountryNationals !== undefined ||
    shares?.expatriates !== undefined ||
    shares?.nationalityNotStated !== undefined
  );
}

/** The records on `asOf` when one states a nationality, else the latest published summary. */
function hostCountryNationalShareOf(context: IndicatorScope): IndicatorOutcome {
  if (hasNationality(context.summary)) {
    return [hostCountryNationalShare(context.summary as WorkforceSummary)];
  }
  return {
    status: 'dataAbsent',
    detail:
      'No employee record states a nationality, and no workforce summary on or before the report date counts or publishes host-country nationals.',
  };
}

/**
 * The definition of {@link hostCountryNationalShare}: on a dataset, the employee records on the
 * report's `asOf` when any states a nationality, else the latest published summary that counts or
 * publishes nationality.
 *
 * @internal
 */
/**
 * The records' share when any record states a nationality (active or not, contractors' workers
 * included), else that of the published summary: one pass, with the flag beside the fold.
 */
function recordsOrSummary(scope: IndicatorScope): RecordFold<IndicatorOutcome> {
  const fold = hostCountryNationalShareFold({ asOf: scope.asOf });
  let stated = false;
  return {
    add: (e) => {
      if (e.nationality !== undefined) stated = true;
      fold.add(e);
    },
    finish: () => (stated ? [fold.finish()] : hostCountryNationalShareOf(scope)),
  };
}

export const hostCountryNationalShareIndicator = defineIndicator({
  entry,
  compute: hostCountryNationalShare,
  fromDataset: hostCountryNationalShareOf,
  fromRecords: recordsOrSummary,
});
