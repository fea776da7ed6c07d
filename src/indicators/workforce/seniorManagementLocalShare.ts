import { appendAll } from '../../core/appendAll.js';
import { type CalendarDate, isCalendarDate } from '../../core/calendarDate.js';
import { ImpactError } from '../../core/ImpactError.js';
import { ratio } from '../../core/ratio.js';
import type { Employee } from '../../model/employee.js';
import type { LocalityPolicy } from '../../model/localityPolicy.js';
import type { Site } from '../../model/site.js';
import type { Gazetteer } from '../../places/gazetteer.js';
import type { Locality } from '../../places/locality.js';
import type { BreakdownRow } from '../contract/breakdownRow.js';
import { defineIndicator, type IndicatorOutcome } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { IndicatorScope } from '../contract/indicatorContext.js';
import type { DefinitionValue, IndicatorResult } from '../contract/indicatorResult.js';
import { foldRecords, mapFold, type RecordFold } from '../contract/recordFold.js';
import { resultFrom } from '../internal/resultFrom.js';
import { uniqueSourceIds } from '../internal/uniqueSourceIds.js';
import { indexSites } from './internal/indexSites.js';
import { localityLookup } from './internal/localityLookup.js';
import { withoutRecords } from './internal/onSummary.js';
import { ratioFields } from './internal/ratioFields.js';
import { isActiveOn } from './isActiveOn.js';

const entry = {
  id: 'workforce.seniorManagementLocalShare',
  title: 'Proportion of senior management hired from the local community',
  unit: 'share',
  formula:
    'Senior managers (category seniorManagement, full-time by default: part-time left out, records without working time counted) who are local to their significant site / senior managers at significant sites, on asOf; per site and in total; significant sites: those given, else those marked, else every site that is not an office; sites without senior managers are null and left out of the total; unknown locality is its own row',
  standards: ['GRI 202-2'],
  family: 'workforce',
  functionName: 'seniorManagementLocalShare',
  results: 'one',
  dimensions: ['site', 'locality'],
} as const satisfies IndicatorCatalogEntry;

/**
 * Options of {@link seniorManagementLocalShare}.
 *
 * @category Workforce indicators
 */
export interface SeniorManagementLocalShareOptions {
  /** The day of the count: senior managers active on it. */
  readonly asOf: CalendarDate;
  /** The gazetteer that holds the home locations and the sites' locations. */
  readonly gazetteer: Gazetteer;
  /** The company's sites; a senior manager's `siteId` is looked up here. */
  readonly sites: Iterable<Readonly<Site>>;
  /** The definition of "local" (GRI 202-2 asks the reporter to disclose it). */
  readonly localityPolicy: LocalityPolicy;
  /**
   * The significant locations of operation, by site id (GRI 202-2 d). By default the sites marked
   * `significant: true`; when none is marked, every site that is not an office (`kind: 'office'`),
   * and the result says so.
   */
  readonly significantSiteIds?: readonly string[] | undefined;
  /**
   * Which senior managers count by working time: `'fullTimeOnly'` (the default: GRI 202-2,
   * compilation requirement 2.2, calculates the percentage with data on full-time employees)
   * leaves out those recorded `workingTime: 'partTime'`; `'all'` counts every senior manager. Records without
   * `workingTime` count in both, and a note says how many.
   */
  readonly workingTime?: SeniorManagementWorkingTime | undefined;
  /**
   * The reporter's definition of "senior management" (GRI 202-2 b), echoed in the result's
   * definitions. The people counted are always those of employee category `seniorManagement`;
   * default: `"employee category 'seniorManagement'"`.
   */
  readonly seniorManagementDefinition?: string | undefined;
}

/**
 * Which senior managers {@link seniorManagementLocalShare} counts by working time:
 * `'fullTimeOnly'` (GRI 202-2: data on full-time employees) or `'all'`.
 *
 * @category Workforce indicators
 */
export type SeniorManagementWorkingTime = 'fullTimeOnly' | 'all';

/** How the significant sites were chosen: given, marked, or (none marked) the non-office sites. */
type SiteBasis = 'given' | 'marked' | 'nonOfficeSites';

/** What the significant sites are, in words, by basis (GRI 202-2 d). */
const SITE_BASIS_TEXT: Readonly<Record<SiteBasis, string>> = {
  given: 'the sites given as significant locations of operation',
  marked: 'the sites the reporter marks as significant locations of operation',
  nonOfficeSites:
    'no site is marked significant: every site that is not an office (mines, plants, camps and other operations)',
};

type Tally = Record<Locality, number>;

const LOCALITIES: readonly Locality[] = ['local', 'nonLocal', 'unknown'];

function fail(detail: string): never {
  throw new ImpactError('INVALID_ARGUMENT', detail);
}

/** The sites taken as significant, how they were chosen, and (when by kind) the offices left out. */
type SignificantSites =
  | { readonly sites: readonly Readonly<Site>[]; readonly basis: 'given' | 'marked' }
  | {
      readonly sites: readonly Readonly<Site>[];
      readonly basis: 'nonOfficeSites';
      readonly offices: readonly string[];
    };

/** The significant sites: those given, else those marked, else every site that is not an office. */
function significantSites(
  byId: ReadonlyMap<string, Readonly<Site>>,
  ids: readonly string[] | undefined,
): SignificantSites {
  if (ids !== undefined) {
    if (!Array.isArray(ids)) fail('significantSiteIds must be an array of site ids');
    const sites = [...new Set(ids)].map(
      (id) =>
        byId.get(id) ??
        fail(`significant site ${JSON.stringify(String(id)).slice(0, 140)} is not among the sites`),
    );
    return { sites, basis: 'given' };
  }
  const all = [...byId.values()];
  const marked = all.filter((site) => site.significant === true);
  if (marked.length > 0) return { sites: marked, basis: 'marked' };
  return {
    sites: all.filter((site) => site.kind !== 'office'),
    basis: 'nonOfficeSites',
    offices: all.filter((site) => site.kind === 'office').map((site) => site.id),
  };
}

/** The locality split of a tally, each part over the tally's people; `site` keys a site's split. */
function localityRows(tally: Tally, site?: string): BreakdownRow[] {
  const total = tally.local + tally.nonLocal + tally.unknown;
  return LOCALITIES.map((locality) => ({
    keys: site === undefined ? { locality } : { site, locality },
    ...ratioFields(ratio(tally[locality], total)),
    count: tally[locality],
  }));
}

/** The senior managers at significant sites left out (part-time) or counted without working time. */
interface WorkingTimeCounts {
  partTimeLeftOut: number;
  notStated: number;
}

/** The senior managers counted so far: per significant site, elsewhere, and by working time. */
interface ManagerTallies {
  readonly tallies: Map<string, Tally>;
  elsewhere: number;
  readonly time: WorkingTimeCounts;
}

/** How records are counted: the day, the significant sites, the working-time rule, "local". */
interface ManagerRule {
  readonly asOf: CalendarDate;
  readonly sites: ReadonlyMap<string, Readonly<Site>>;
  readonly fullTimeOnly: boolean;
  readonly locality: (home: unknown, siteLocation: string) => Locality;
}

/** Counts one record when it is a senior manager active on `asOf`: at their site, or elsewhere. */
function countManager(
  counted: ManagerTallies,
  employee: Readonly<Employee>,
  rule: ManagerRule,
): void {
  if (employee.category !== 'seniorManagement' || employee.engagement !== 'employee') return;
  if (!isActiveOn(employee, rule.asOf)) return;
  const siteId = employee.siteId;
  const tally = siteId === undefined ? undefined : counted.tallies.get(siteId);
  if (tally === undefined) {
    counted.elsewhere += 1;
    return;
  }
  if (rule.fullTimeOnly && employee.workingTime === 'partTime') {
    counted.time.partTimeLeftOut += 1;
    return;
  }
  if (employee.workingTime === undefined) counted.time.notStated += 1;
  const site = rule.sites.get(siteId as string) as Readonly<Site>;
  tally[rule.locality(employee.homeLocationId, site.locationId)] += 1;
}

/** The rows per site (and its split), the total split, the total tally and the empty sites. */
function siteRows(
  sites: readonly Readonly<Site>[],
  tallies: ReadonlyMap<string, Tally>,
): { breakdown: BreakdownRow[]; total: Tally; empty: string[] } {
  const total: Tally = { local: 0, nonLocal: 0, unknown: 0 };
  const breakdown: BreakdownRow[] = [];
  const empty: string[] = [];
  for (const site of sites) {
    const tally = tallies.get(site.id) as Tally;
    const people = tally.local + tally.nonLocal + tally.unknown;
    breakdown.push({
      keys: { site: site.id },
      label: site.name,
      ...ratioFields(ratio(tally.local, people)),
      count: people,
    });
    if (people === 0) {
      empty.push(site.id);
      continue;
    }
    appendAll(breakdown, localityRows(tally, site.id));
    for (const key of LOCALITIES) total[key] += tally[key];
  }
  if (total.local + total.nonLocal + total.unknown > 0) appendAll(breakdown, localityRows(total));
  return { breakdown, total, empty };
}

/** The note on the sites taken as significant when none is marked (GRI 202-2 d). */
function siteBasisNote(sites: readonly Readonly<Site>[], offices: readonly string[]): string {
  const taken = sites.length === 0 ? 'none' : sites.map((site) => site.id).join(', ');
  const left = offices.length === 0 ? '' : `; offices left out: ${offices.join(', ')}`;
  return `No site is marked significant, so the sites that are not offices are taken as the significant locations of operation: ${taken}${left}.`;
}

/** The notes on working time: part-time senior managers left out, records without it counted. */
function workingTimeNotes(fullTimeOnly: boolean, time: WorkingTimeCounts): string[] {
  const notes: string[] = [];
  if (time.partTimeLeftOut > 0) {
    notes.push(
      `${time.partTimeLeftOut} part-time senior manager(s) at significant sites are left out: the share is of full-time senior managers (GRI 202-2).`,
    );
  }
  if (time.notStated > 0) {
    notes.push(
      fullTimeOnly
        ? `${time.notStated} senior manager(s) at significant sites have no working time recorded and are counted as full-time: their records do not say they work part-time.`
        : `${time.notStated} senior manager(s) at significant sites have no working time recorded; every senior manager counts, full-time or not.`,
    );
  }
  return notes;
}

/** The notes: sites taken as significant, working time, empty sites, unknown locality, elsewhere. */
function notesOf(
  significant: SignificantSites,
  time: { fullTimeOnly: boolean; counts: WorkingTimeCounts },
  empty: readonly string[],
  unknown: number,
  elsewhere: number,
): string[] {
  const notes: string[] = [];
  if (significant.basis === 'nonOfficeSites') {
    notes.push(siteBasisNote(significant.sites, significant.offices));
  }
  appendAll(notes, workingTimeNotes(time.fullTimeOnly, time.counts));
  if (empty.length > 0) {
    notes.push(`Sites without senior managers (null, left out of the total): ${empty.join(', ')}.`);
  }
  if (unknown > 0) {
    notes.push(
      `${unknown} senior manager(s) have unknown locality: they stay in the denominator and are not counted as non-local.`,
    );
  }
  if (elsewhere > 0) {
    notes.push(
      `${elsewhere} senior manager(s) work at no significant site (or have no site recorded) and are not counted.`,
    );
  }
  return notes;
}

/** The working-time option, checked; `'fullTimeOnly'` by default. */
function workingTimeOf(value: unknown): SeniorManagementWorkingTime {
  if (value === undefined) return 'fullTimeOnly';
  if (value !== 'fullTimeOnly' && value !== 'all') {
    fail(`workingTime must be 'fullTimeOnly' or 'all', not ${JSON.stringify(value)?.slice(0, 40)}`);
  }
  return value;
}

/** The reporter's definition of senior management, checked, or the library's default. */
function seniorManagementText(value: unknown): string {
  if (value === undefined) return "employee category 'seniorManagement'";
  if (typeof value !== 'string' || value.trim() === '') {
    fail('seniorManagementDefinition must be a non-empty string');
  }
  return value;
}

/**
 * GRI 202-2: the proportion of senior management at significant locations of operation hired
 * from the local community, per site and in total.
 *
 * @remarks
 * Senior management is employee category `seniorManagement` (GRI 202-2 b: the reporter discloses
 * its definition, echoed from `seniorManagementDefinition`); only the company's employees active
 * on `asOf` count. By default only full-time senior managers count (`workingTime:
 * 'fullTimeOnly'`; GRI 202-2 recommends, as GRI G3.1 EC7 2.2 did, using data on full-time
 * employees): those recorded `partTime` are left out with a note; those without a recorded
 * `workingTime` are counted as full-time, and a note says how many. `workingTime: 'all'` counts
 * every senior manager.
 *
 * A senior manager counts at the significant site of their `siteId` and is local when
 * {@link classifyLocality} of their home against the site's location gives `local` under
 * `localityPolicy` (GRI 202-2 c, and its guidance: born in, or with the right to reside
 * indefinitely in, the same geographic market; `homeLocationId` is that origin). The significant
 * locations of operation (GRI 202-2 d) are the sites given in `significantSiteIds`, else those
 * marked `significant`, else (none marked) every site that is not an office, with a note naming
 * the sites taken and the offices left out.
 * - Per site: `local / senior managers at the site`; a site without senior managers is `null`
 *   with `ZERO_DENOMINATOR` and adds nothing to the total.
 * - In total: `Σ local / Σ senior managers` over the significant sites (a weighted share, not an
 *   average of the sites' shares).
 * - Unknown locality (a home or site the gazetteer cannot place under the policy) is its own row,
 *   never non-local; it stays in the denominator, so the value is the share known to be local.
 * - Senior managers at other sites or without a site are not counted; a note says how many.
 *
 * `definitions` echo GRI 202-2 b-d: `seniorManagement` (the definition used), `localityPolicy`
 * (the definition of local), `significantSites` with `significantSiteBasis` (`given`, `marked`
 * or `nonOfficeSites`) and `significantLocations` (the rule in words), and the working-time rule
 * (`workingTime`, `workingTimeNotStated`).
 *
 * Rows (unit `share`): one per significant site (keys `{ site }`, labelled with the site's name,
 * `count` = senior managers), its locality split (keys `{ site, locality }`, `locality` one of
 * `local`, `nonLocal`, `unknown`) for sites with senior managers, and the total split (keys
 * `{ locality }`).
 *
 * @param employees - The employment records.
 * @param options - The day, the gazetteer, the sites, the locality policy, the significant
 * sites, the working-time rule and the definition of senior management.
 * @returns An indicator result with a share in [0, 1]; `null` with `ZERO_DENOMINATOR` when no
 * significant site has a senior manager.
 * @throws {@link ImpactError} `INVALID_DATE` when `asOf` is not a calendar date;
 * `INVALID_ARGUMENT` when the gazetteer or the policy is not valid, two sites share an id, a
 * significant site id is not among the sites, `workingTime` is not `'fullTimeOnly'` or `'all'`,
 * `seniorManagementDefinition` is not a non-empty string, or `employees` is not iterable.
 *
 * @example
 * ```ts
 * const result = seniorManagementLocalShare(employees, {
 *   asOf: '2025-06-30',
 *   gazetteer,
 *   sites,
 *   localityPolicy: { kind: 'sameDistrict' },
 * });
 * result.ratio;
 * //=> { numerator: 1, denominator: 3, value: 0.3333333333333333 }
 * ```
 *
 * @category Workforce indicators
 */
export function seniorManagementLocalShare(
  employees: Iterable<Readonly<Employee>>,
  options: Readonly<SeniorManagementLocalShareOptions>,
): IndicatorResult {
  const fold = seniorManagementLocalShareFold(options);
  return foldRecords(fold, employees);
}

/** The options that shape the result: the day, the policy, the sites and the rules in words. */
interface ShareSetting {
  readonly asOf: CalendarDate;
  /** A copy of the locality policy, taken when the fold is created. */
  readonly localityPolicy: DefinitionValue;
  readonly seniorManagement: string;
  readonly workingTime: SeniorManagementWorkingTime;
  readonly chosen: SignificantSites;
}

/** The result of the counts: the share per site and in total, its definitions and notes. */
function resultOf(setting: ShareSetting, counted: ManagerTallies): IndicatorResult {
  const { asOf, localityPolicy, seniorManagement, workingTime, chosen } = setting;
  const fullTimeOnly = workingTime === 'fullTimeOnly';
  const { breakdown, total, empty } = siteRows(chosen.sites, counted.tallies);
  return resultFrom(entry, {
    ...ratioFields(ratio(total.local, total.local + total.nonLocal + total.unknown)),
    breakdown,
    definitions: {
      asOf,
      localityPolicy,
      seniorManagement,
      population: fullTimeOnly ? 'full-time employees' : 'employees, full-time and part-time',
      workingTime,
      workingTimeNotStated: 'counted (as full-time when only full-time employees count)',
      significantSites: chosen.sites.map((site) => site.id),
      significantSiteBasis: chosen.basis,
      significantLocations: SITE_BASIS_TEXT[chosen.basis],
      denominator: 'senior managers at significant sites with any; unknown locality included',
    },
    sourceIds: uniqueSourceIds(chosen.sites.map((site) => site.sourceIds)),
    notes: notesOf(
      chosen,
      { fullTimeOnly, counts: counted.time },
      empty,
      total.unknown,
      counted.elsewhere,
    ),
  });
}

/**
 * {@link seniorManagementLocalShare} as a fold: one record at a time, in one pass.
 *
 * @remarks
 * The state is, per significant site, its senior managers by locality (`local`, `nonLocal`,
 * `unknown`), with the senior managers elsewhere, the part-time ones left out and those without
 * working time, so its size depends on the sites, never on the number of records (the locality
 * of each distinct home and site location is kept once, as the gazetteer places it). The sites'
 * rows, the total and the notes are made in `finish`. Every option is checked, and the
 * significant sites chosen, when the fold is created, before any record.
 *
 * @param options - The day, the gazetteer, the sites, the locality policy, the significant
 * sites, the working-time rule and the definition of senior management.
 * @returns A fold whose `finish` gives what {@link seniorManagementLocalShare} gives on the
 * records added.
 * @throws {@link ImpactError} as {@link seniorManagementLocalShare} does for its options.
 *
 * @example
 * ```ts
 * const fold = seniorManagementLocalShareFold({ asOf: '2025-06-30', gazetteer, sites, localityPolicy: { kind: 'sameDistrict' } });
 * for (const employee of employees) fold.add(employee);
 * fold.finish().ratio;
 * //=> { numerator: 1, denominator: 3, value: 0.3333333333333333 }
 * ```
 *
 * @internal
 */
export function seniorManagementLocalShareFold(
  options: Readonly<SeniorManagementLocalShareOptions>,
): RecordFold<IndicatorResult> {
  if (typeof options !== 'object' || options === null) fail('options are required');
  const { asOf, gazetteer, localityPolicy } = options;
  if (!isCalendarDate(asOf)) {
    throw new ImpactError('INVALID_DATE', `asOf ${JSON.stringify(asOf)?.slice(0, 40)}`);
  }
  const workingTime = workingTimeOf(options.workingTime);
  const seniorManagement = seniorManagementText(options.seniorManagementDefinition);
  const locality = localityLookup(gazetteer, localityPolicy);
  const chosen = significantSites(indexSites(options.sites), options.significantSiteIds);
  const sites = new Map(chosen.sites.map((site) => [site.id as string, site]));
  const rule: ManagerRule = { asOf, sites, fullTimeOnly: workingTime === 'fullTimeOnly', locality };
  const counted: ManagerTallies = {
    tallies: new Map([...sites.keys()].map((id) => [id, { local: 0, nonLocal: 0, unknown: 0 }])),
    elsewhere: 0,
    time: { partTimeLeftOut: 0, notStated: 0 },
  };
  const setting: ShareSetting = {
    asOf,
    localityPolicy: JSON.parse(JSON.stringify(localityPolicy)),
    seniorManagement,
    workingTime,
    chosen,
  };
  return {
    add: (employee) => countManager(counted, employee, rule),
    finish: () => resultOf(setting, counted),
  };
}

/** The records with the report's locality policy, or why the indicator cannot run. */
function seniorManagementOf(scope: IndicatorScope): RecordFold<IndicatorOutcome> {
  const localityPolicy = scope.localityPolicy;
  if (localityPolicy === undefined) {
    return {
      add: () => undefined,
      finish: () => ({
        status: 'dataAbsent',
        detail: 'It needs a definition of "local": the report was built without a locality policy.',
      }),
    };
  }
  const fold = seniorManagementLocalShareFold({
    asOf: scope.asOf,
    gazetteer: scope.gazetteer,
    sites: scope.data.sites,
    localityPolicy,
  });
  return mapFold(fold, (result) => [result]);
}

/**
 * The definition of {@link seniorManagementLocalShare}: on a dataset, the employee records on the
 * report's `asOf`, at the dataset's sites, under the report's locality policy (without one, the
 * data it needs is absent).
 *
 * @internal
 */
export const seniorManagementLocalShareIndicator = defineIndicator({
  entry,
  compute: seniorManagementLocalShare,
  fromDataset: withoutRecords,
  fromRecords: seniorManagementOf,
});
