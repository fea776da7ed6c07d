import type { CalendarDate } from '../../../core/calendarDate.js';
import { isCalendarDate } from '../../../core/calendarDate.js';
import { ImpactError } from '../../../core/ImpactError.js';
import { ID_PATTERN, type LocationId } from '../../../core/ids.js';
import type { LocalityPolicy } from '../../../model/localityPolicy.js';
import { ancestors } from '../../../places/ancestors.js';
import { assertGazetteer } from '../../../places/assertGazetteer.js';
import { classifyLocality } from '../../../places/classifyLocality.js';
import { districtOf } from '../../../places/districtOf.js';
import { economicRegionOf } from '../../../places/economicRegionOf.js';
import type { Gazetteer } from '../../../places/gazetteer.js';
import type { Locality } from '../../../places/locality.js';
import type { WorkforceAccumulatorOptions } from '../workforceAccumulatorOptions.js';
import { closedPeriod } from './flowCounter.js';
import { indexSites } from './indexSites.js';
import { localityLookup } from './localityLookup.js';

/**
 * What a home location says about a person's origin.
 *
 * @internal
 */
export interface HomeOrigin {
  /** The district or first-level city, when the gazetteer places the home in one. */
  readonly districtId: string | undefined;
  /** The economic region, when the gazetteer places the home in one. */
  readonly regionId: string | undefined;
  /** Relative to the capital: `local` is outside it ("from the regions"), `nonLocal` in it. */
  readonly capital: Locality;
  /** Whether the home is, or lies under, a location marked `remote`. */
  readonly remote: boolean;
}

/**
 * The checked options of a workforce summary, with the per-location caches shared by every
 * accumulator built from them.
 *
 * @internal
 */
export interface SummaryContext {
  /** The day of the count. */
  readonly asOf: string;
  /** The first year of age bands: born after `asOf`'s year − 30 is under 30. */
  readonly asOfYear: number;
  /** The gazetteer. */
  readonly gazetteer: Gazetteer;
  /** A copy of the locality policy, when given. */
  readonly policy: LocalityPolicy | undefined;
  /** A copy of the capital ids (empty: the gazetteer's capital). */
  readonly capitalIds: readonly string[];
  /** The company named in the options. */
  readonly companyId: string | undefined;
  /** Whether contractors' workers are counted. */
  readonly includeContractors: boolean;
  /** The period of the flow counts, when given. */
  readonly period: { readonly start: CalendarDate; readonly end: CalendarDate } | undefined;
  /** Site id → location id. */
  readonly siteLocations: ReadonlyMap<string, string>;
  /** The options other than the gazetteer, as a string, to tell whether two contexts agree. */
  readonly signature: string;
  /** The origin of a home location (cached). */
  readonly origin: (homeLocationId: unknown) => HomeOrigin;
  /** The locality of a home to a site location under the policy (cached); absent without one. */
  readonly locality: ((homeLocationId: unknown, siteLocationId: string) => Locality) | undefined;
}

function fail(detail: string): never {
  throw new ImpactError('INVALID_ARGUMENT', detail);
}

function copyPolicy(policy: LocalityPolicy): LocalityPolicy {
  switch (policy.kind) {
    case 'listedLocations':
      return { kind: policy.kind, locationIds: [...policy.locationIds] };
    case 'outsideCapital':
      return { kind: policy.kind, capitalIds: [...policy.capitalIds] };
    default:
      return { ...policy };
  }
}

/**
 * Checks the options of a workforce summary and prepares the cached lookups.
 *
 * @param options - The options.
 * @returns The context.
 * @throws {@link ImpactError} `INVALID_DATE` when `asOf` or an end of the period is not a
 * calendar date; `INVALID_PERIOD` when the period ends before it starts; `INVALID_ARGUMENT` for a
 * gazetteer, policy, site list, capital list or company id that is not valid, or a period
 * without an end.
 * @internal
 */
export function createSummaryContext(
  options: Readonly<WorkforceAccumulatorOptions>,
): SummaryContext {
  if (typeof options !== 'object' || options === null) fail('options are required');
  const { asOf, gazetteer } = options;
  if (!isCalendarDate(asOf)) {
    throw new ImpactError('INVALID_DATE', `asOf ${JSON.stringify(asOf)?.slice(0, 40)}`);
  }
  const capitalIds = options.capitalIds ?? [];
  if (!Array.isArray(capitalIds) || capitalIds.some((id) => typeof id !== 'string')) {
    fail('capitalIds must be an array of location ids');
  }
  const companyId = options.companyId;
  if (companyId !== undefined && (typeof companyId !== 'string' || !ID_PATTERN.test(companyId))) {
    fail('companyId is not a valid id');
  }
  const includeContractors = options.includeContractors === true;
  const period = options.period === undefined ? undefined : closedPeriod(options.period);
  const policy = options.localityPolicy;
  // Checks the gazetteer (and the policy, when given) before any record is read.
  assertGazetteer(gazetteer);
  const locality = policy === undefined ? undefined : localityLookup(gazetteer, policy);
  const siteLocations = new Map<string, string>();
  for (const [id, site] of indexSites(options.sites ?? [])) siteLocations.set(id, site.locationId);
  const policyCopy = policy === undefined ? undefined : copyPolicy(policy);
  const capital: LocalityPolicy = {
    kind: 'outsideCapital',
    capitalIds: [...capitalIds] as LocationId[],
  };
  const origins = new Map<unknown, HomeOrigin>();
  const origin = (home: unknown): HomeOrigin => {
    let found = origins.get(home);
    if (found === undefined) {
      const id = home as string;
      const location = typeof home === 'string' ? gazetteer.byId.get(home) : undefined;
      found = {
        districtId: districtOf(gazetteer, id)?.id,
        regionId: economicRegionOf(gazetteer, id)?.id,
        // "Outside the capital" does not depend on the site: the home is compared with itself.
        capital: classifyLocality({ home: id, site: id }, { gazetteer, policy: capital }),
        remote:
          location !== undefined &&
          (location.remote === true ||
            ancestors(gazetteer, location.id).some((a) => a.remote === true)),
      };
      origins.set(home, found);
    }
    return found;
  };
  const signature = JSON.stringify([
    asOf,
    policyCopy ?? null,
    [...capitalIds].sort(),
    companyId ?? null,
    includeContractors,
    [...siteLocations].sort(([a], [b]) => (a < b ? -1 : 1)),
    period ?? null,
  ]);
  return {
    asOf,
    asOfYear: Number(asOf.slice(0, 4)),
    gazetteer,
    policy: policyCopy,
    capitalIds: [...capitalIds],
    companyId,
    includeContractors,
    period,
    siteLocations,
    signature,
    origin,
    locality,
  };
}
