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
import type { IndicatorContext } from '../contract/indicatorContext.js';
import type { IndicatorResult } from '../contract/indicatorResult.js';
import { resultFrom } from '../internal/resultFrom.js';
import { uniqueSourceIds } from '../internal/uniqueSourceIds.js';
import { indexSites } from './internal/indexSites.js';
import { localityLookup } from './internal/localityLookup.js';
import { onRecords } from './internal/onSummary.js';
import { ratioFields } from './internal/ratioFields.js';
import { isActiveOn } from './isActiveOn.js';

const entry = {
  id: 'workforce.seniorManagementLocalShare',
  title: 'Proportion of senior management hired from the local community',
  unit: 'share',
  formula:
    'Senior managers (category seniorManagement) who are local to their significant site / senior managers at significant sites, on asOf; per site and in total; sites without senior managers are null and left out of the total; unknown locality is its own row',
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
   * The significant locations of operation, by site id. By default the sites marked
   * `significant: true`, or every site when none is marked.
   */
  readonly significantSiteIds?: readonly string[] | undefined;
}

type Tally = Record<Locality, number>;

const LOCALITIES: readonly Locality[] = ['local', 'nonLocal', 'unknown'];

function fail(detail: string): never {
  throw new ImpactError('INVALID_ARGUMENT', detail);
}

/** The significant sites: those given, else those marked, else every site. */
function significantSites(
  byId: ReadonlyMap<string, Readonly<Site>>,
  ids: readonly string[] | undefined,
): { sites: Readonly<Site>[]; basis: 'given' | 'marked' | 'allSites' } {
  if (ids !== undefined) {
    if (!Array.isArray(ids)) fail('significantSiteIds must be an array of site ids');
    const sites = [...new Set(ids)].map(
      (id) =>
        byId.get(id) ??
        fail(`significant site ${JSON.stringify(String(id)).slice(0, 140)} is not among the sites`),
    );
    return { sites, basis: 'given' };
  }
  const marked = [...byId.values()].filter((site) => site.significant === true);
  return marked.length > 0
    ? { sites: marked, basis: 'marked' }
    : { sites: [...byId.values()], basis: 'allSites' };
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

/** Tallies the senior managers active on `asOf` per significant site; counts the others. */
function tallyManagers(
  employees: Iterable<Readonly<Employee>>,
  asOf: CalendarDate,
  sites: ReadonlyMap<string, Readonly<Site>>,
  locality: (home: unknown, siteLocation: string) => Locality,
): { tallies: Map<string, Tally>; elsewhere: number } {
  if (
    typeof (employees as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] !== 'function'
  ) {
    fail('employees is not iterable');
  }
  const tallies = new Map<string, Tally>(
    [...sites.keys()].map((id) => [id, { local: 0, nonLocal: 0, unknown: 0 }]),
  );
  let elsewhere = 0;
  for (const employee of employees) {
    if (employee.category !== 'seniorManagement' || employee.engagement !== 'employee') continue;
    if (!isActiveOn(employee, asOf)) continue;
    const siteId = employee.siteId;
    const tally = siteId === undefined ? undefined : tallies.get(siteId);
    if (tally === undefined) {
      elsewhere += 1;
      continue;
    }
    const site = sites.get(siteId as string) as Readonly<Site>;
    tally[locality(employee.homeLocationId, site.locationId)] += 1;
  }
  return { tallies, elsewhere };
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

/** The notes: sites taken as significant, empty sites, unknown locality, managers elsewhere. */
function notesOf(
  basis: 'given' | 'marked' | 'allSites',
  empty: readonly string[],
  unknown: number,
  elsewhere: number,
): string[] {
  const notes: string[] = [];
  if (basis === 'allSites') {
    notes.push('No site is marked significant, so every site counts as significant.');
  }
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

/**
 * GRI 202-2: the proportion of senior management at significant locations of operation hired
 * from the local community, per site and in total.
 *
 * @remarks
 * Senior management is employee category `seniorManagement` (the reporter's definition, which it
 * discloses); only the company's employees active on `asOf` count. A senior manager counts at the
 * significant site of their `siteId` and is local when {@link classifyLocality} of their home
 * against the site's location gives `local` under `localityPolicy` (GRI: born in, or with the
 * right to reside indefinitely in, the same geographic market; `homeLocationId` is that origin).
 * - Per site: `local / senior managers at the site`; a site without senior managers is `null`
 *   with `ZERO_DENOMINATOR` and adds nothing to the total.
 * - In total: `Σ local / Σ senior managers` over the significant sites (a weighted share, not an
 *   average of the sites' shares).
 * - Unknown locality (a home or site the gazetteer cannot place under the policy) is its own row,
 *   never non-local; it stays in the denominator, so the value is the share known to be local.
 * - Senior managers at other sites or without a site are not counted; a note says how many.
 *
 * Rows (unit `share`): one per significant site (keys `{ site }`, labelled with the site's name,
 * `count` = senior managers), its locality split (keys `{ site, locality }`, `locality` one of
 * `local`, `nonLocal`, `unknown`) for sites with senior managers, and the total split (keys
 * `{ locality }`).
 *
 * @param employees - The employment records.
 * @param options - The day, the gazetteer, the sites, the locality policy and the significant
 * sites.
 * @returns An indicator result with a share in [0, 1]; `null` with `ZERO_DENOMINATOR` when no
 * significant site has a senior manager.
 * @throws {@link ImpactError} `INVALID_DATE` when `asOf` is not a calendar date;
 * `INVALID_ARGUMENT` when the gazetteer or the policy is not valid, two sites share an id, a
 * significant site id is not among the sites, or `employees` is not iterable.
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
  if (typeof options !== 'object' || options === null) fail('options are required');
  const { asOf, gazetteer, localityPolicy } = options;
  if (!isCalendarDate(asOf)) {
    throw new ImpactError('INVALID_DATE', `asOf ${JSON.stringify(asOf)?.slice(0, 40)}`);
  }
  const locality = localityLookup(gazetteer, localityPolicy);
  const byId = indexSites(options.sites);
  const { sites, basis } = significantSites(byId, options.significantSiteIds);
  const significant = new Map(sites.map((site) => [site.id as string, site]));
  const { tallies, elsewhere } = tallyManagers(employees, asOf, significant, locality);
  const { breakdown, total, empty } = siteRows(sites, tallies);
  return resultFrom(entry, {
    ...ratioFields(ratio(total.local, total.local + total.nonLocal + total.unknown)),
    breakdown,
    definitions: {
      asOf,
      localityPolicy: JSON.parse(JSON.stringify(localityPolicy)),
      seniorManagement: "employee category 'seniorManagement'",
      population: 'employees',
      significantSites: sites.map((site) => site.id),
      significantSiteBasis: basis,
      denominator: 'senior managers at significant sites with any; unknown locality included',
    },
    sourceIds: uniqueSourceIds(sites.map((site) => site.sourceIds)),
    notes: notesOf(basis, empty, total.unknown, elsewhere),
  });
}

/** The records with the report's locality policy, or why the indicator cannot run. */
function seniorManagementOf(context: IndicatorContext): IndicatorOutcome {
  if (context.localityPolicy === undefined) {
    return {
      status: 'dataAbsent',
      detail: 'It needs a definition of "local": the report was built without a locality policy.',
    };
  }
  return [
    seniorManagementLocalShare(context.employees, {
      asOf: context.asOf,
      gazetteer: context.gazetteer,
      sites: context.data.sites,
      localityPolicy: context.localityPolicy,
    }),
  ];
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
  fromDataset: onRecords(seniorManagementOf),
});
