import type { Gazetteer } from '../src/index.js';
import type { EmployeeRecord, SyntheticSite } from './syntheticWorkforce.js';

/** The counts of a workforce summary that the hand-written loop computes. */
export interface SummaryCounts {
  /** People counted. */
  headcount: number;
  /** By gender: female, male, other, undisclosed. */
  byGender: Record<string, number>;
  /** By category: worker, specialist, manager, seniorManagement. */
  byCategory: Record<string, number>;
  /** By age band: `<30`, `30-50`, `>50`, unknown. */
  byAgeBand: Record<string, number>;
  /** By engagement (with contractors only). */
  byEngagement?: Record<string, number>;
  /** By district of origin (district or first-level city), keys sorted. */
  byOrigin: Record<string, number>;
  /** By economic region of origin, keys sorted. */
  byEconomicRegion: Record<string, number>;
  /** Home outside the capital. */
  fromRegions: number;
  /** Home in the capital. */
  fromCapital: number;
  /** Home unknown, or containing the capital. */
  originUnknown: number;
  /** Home is or lies under a remote village. */
  fromRemoteVillages: number;
  /** Same district as the site's location. */
  local: number;
  /** Another district than the site's. */
  nonLocal: number;
  /** No site, site not listed, or a district unknown. */
  localityUnknown: number;
}

/** The chain of a location and its ancestors, by `parentId`, or `[]` when unknown. */
function chainOf(
  gazetteer: Gazetteer,
  id: string,
): { id: string; kind: string; remote?: boolean | undefined }[] {
  const chain = [];
  let location = gazetteer.byId.get(id);
  while (location !== undefined && chain.length < 16) {
    chain.push(location);
    location = location.parentId === undefined ? undefined : gazetteer.byId.get(location.parentId);
  }
  return chain;
}

function districtIn(chain: readonly { id: string; kind: string }[]): string | undefined {
  for (let i = 0; i < chain.length; i++) {
    const location = chain[i] as { id: string; kind: string };
    if (location.kind === 'economicRegion' || location.kind === 'country') return undefined;
    if (location.kind === 'district') return location.id;
    if (location.kind === 'city') {
      const parent = chain[i + 1];
      if (parent === undefined || parent.kind === 'economicRegion' || parent.kind === 'country')
        return location.id;
    }
  }
  return undefined;
}

function sortedRecord(counts: ReadonlyMap<string, number>): Record<string, number> {
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** A hand-written counter: records in, the counts of a workforce summary out. */
export interface HandWrittenCounter {
  /** Counts one (valid) record. */
  readonly add: (record: EmployeeRecord) => void;
  /** The counts so far. */
  readonly result: () => SummaryCounts;
}

/**
 * The floor of a workforce accumulator, written by hand for the synthetic records, with the same
 * counts as `summarizeWorkforce` (`sameDistrict` locality, the gazetteer's capital).
 *
 * @remarks
 * Each record costs its field reads, string comparisons of its dates, plain counters and the
 * count of the person under their home and site (one map lookup for the site's slot, one for the
 * home's row). Each distinct home is then worked out once (district, region, capital, remote,
 * locality to each site) by walking its parents.
 *
 * @param gazetteer - The gazetteer of the homes and sites.
 * @param sites - The sites, for locality.
 * @param asOf - The day of the count.
 * @param includeContractors - Whether contractors' workers count.
 * @returns The counter.
 */
export function handWrittenCounter(
  gazetteer: Gazetteer,
  sites: readonly SyntheticSite[],
  asOf: string,
  includeContractors: boolean,
): HandWrittenCounter {
  // Slot of each listed site; slot `sites.length` holds people without a listed site.
  const slots = new Map<string, number>();
  for (let i = 0; i < sites.length; i++) slots.set((sites[i] as SyntheticSite).id, i);
  const unlisted = sites.length;
  const asOfYear = Number(asOf.slice(0, 4));
  const c = {
    female: 0,
    male: 0,
    other: 0,
    undisclosed: 0,
    worker: 0,
    specialist: 0,
    manager: 0,
    seniorManagement: 0,
    under30: 0,
    from30to50: 0,
    over50: 0,
    ageUnknown: 0,
    employees: 0,
    contractors: 0,
  };
  const byHome = new Map<string, number[]>();
  let headcount = 0;
  const add = (r: EmployeeRecord): void => {
    const contractor = r.engagement === 'contractor';
    if (contractor && !includeContractors) return;
    if ((r.hireDate as string) > asOf) return;
    const end = r.terminationDate as string | undefined;
    if (end !== undefined && end <= asOf) return;
    headcount++;
    switch (r.gender) {
      case 'female':
        c.female++;
        break;
      case 'male':
        c.male++;
        break;
      case 'other':
        c.other++;
        break;
      default:
        c.undisclosed++;
    }
    switch (r.category) {
      case 'worker':
        c.worker++;
        break;
      case 'specialist':
        c.specialist++;
        break;
      case 'manager':
        c.manager++;
        break;
      default:
        c.seniorManagement++;
    }
    if (contractor) c.contractors++;
    else c.employees++;
    const birthYear = r.birthYear as number | undefined;
    if (birthYear === undefined) c.ageUnknown++;
    else {
      const age = asOfYear - birthYear;
      if (age < 30) c.under30++;
      else if (age <= 50) c.from30to50++;
      else c.over50++;
    }
    const siteId = r.siteId as string | undefined;
    const slot = siteId === undefined ? unlisted : (slots.get(siteId) ?? unlisted);
    const homeId = r.homeLocationId as string;
    let row = byHome.get(homeId);
    if (row === undefined) {
      row = new Array<number>(sites.length + 1).fill(0);
      byHome.set(homeId, row);
    }
    row[slot] = (row[slot] as number) + 1;
  };
  const result = (): SummaryCounts => ({
    headcount,
    byGender: { female: c.female, male: c.male, other: c.other, undisclosed: c.undisclosed },
    byCategory: {
      worker: c.worker,
      specialist: c.specialist,
      manager: c.manager,
      seniorManagement: c.seniorManagement,
    },
    byAgeBand: { '<30': c.under30, '30-50': c.from30to50, '>50': c.over50, unknown: c.ageUnknown },
    ...(includeContractors
      ? { byEngagement: { employee: c.employees, contractor: c.contractors } }
      : {}),
    ...originCounts(byHome, gazetteer, sites),
  });
  return { add, result };
}

/**
 * The floor of `summarizeWorkforce`: one pass of {@link handWrittenCounter} over the records.
 *
 * @param records - The records (all valid).
 * @param gazetteer - The gazetteer of the homes and sites.
 * @param sites - The sites, for locality.
 * @param asOf - The day of the count.
 * @param includeContractors - Whether contractors' workers count.
 * @returns The counts.
 */
export function handWrittenSummary(
  records: readonly EmployeeRecord[],
  gazetteer: Gazetteer,
  sites: readonly SyntheticSite[],
  asOf: string,
  includeContractors: boolean,
): SummaryCounts {
  const counter = handWrittenCounter(gazetteer, sites, asOf, includeContractors);
  for (let i = 0; i < records.length; i++) counter.add(records[i] as EmployeeRecord);
  return counter.result();
}

/** The origin and locality counts of the people counted by home and site slot. */
function originCounts(
  byHome: ReadonlyMap<string, readonly number[]>,
  gazetteer: Gazetteer,
  sites: readonly SyntheticSite[],
): Omit<SummaryCounts, 'headcount' | 'byGender' | 'byCategory' | 'byAgeBand' | 'byEngagement'> {
  let capitalId: string | undefined;
  for (const location of gazetteer.byId.values()) {
    if (location.kind === 'country' && location.capitalId !== undefined) {
      capitalId = location.capitalId;
      break;
    }
  }
  const aboveCapital = new Set(
    capitalId === undefined ? [] : chainOf(gazetteer, capitalId).map((l) => l.id),
  );
  const siteDistricts = sites.map((site) => districtIn(chainOf(gazetteer, site.locationId)));
  const byDistrict = new Map<string, number>();
  const byRegion = new Map<string, number>();
  const out = {
    fromRegions: 0,
    fromCapital: 0,
    originUnknown: 0,
    fromRemoteVillages: 0,
    local: 0,
    nonLocal: 0,
    localityUnknown: 0,
  };
  for (const [homeId, row] of byHome) {
    const chain = chainOf(gazetteer, homeId);
    const district = districtIn(chain);
    const region = chain.find((location) => location.kind === 'economicRegion')?.id;
    const remote = chain.some((location) => location.remote === true);
    let n = 0;
    for (let slot = 0; slot < row.length; slot++) {
      const people = row[slot] as number;
      n += people;
      const siteDistrict = siteDistricts[slot];
      if (siteDistrict === undefined || district === undefined) out.localityUnknown += people;
      else if (district === siteDistrict) out.local += people;
      else out.nonLocal += people;
    }
    if (district !== undefined) byDistrict.set(district, (byDistrict.get(district) ?? 0) + n);
    if (region !== undefined) byRegion.set(region, (byRegion.get(region) ?? 0) + n);
    if (chain.length === 0) out.originUnknown += n;
    else if (chain.some((location) => location.id === capitalId)) out.fromCapital += n;
    else if (aboveCapital.has(homeId)) out.originUnknown += n;
    else out.fromRegions += n;
    if (remote) out.fromRemoteVillages += n;
  }
  return { byOrigin: sortedRecord(byDistrict), byEconomicRegion: sortedRecord(byRegion), ...out };
}
