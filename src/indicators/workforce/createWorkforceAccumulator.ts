import { ImpactError } from '../../core/ImpactError.js';
import type { CompanyId, LocationId } from '../../core/ids.js';
import type { Employee } from '../../model/employee.js';
import type { WorkforceSummary } from '../../model/workforceSummary.js';
import { FlowCounter } from './internal/flowCounter.js';
import { createSummaryContext, type SummaryContext } from './internal/summaryContext.js';
import type { WorkforceAccumulator } from './workforceAccumulator.js';
import type { WorkforceAccumulatorOptions } from './workforceAccumulatorOptions.js';
import {
  parseWorkforceSnapshot,
  type WorkforceAccumulatorSnapshot,
} from './workforceAccumulatorSnapshot.js';
import type { WorkforceFlows } from './workforceFlows.js';

/** A mutable counter, so that a hot-loop increment is one map lookup. */
interface Cell {
  n: number;
}

/** Home location → people, for one site (or for people without a site). */
type HomeCounts = Map<unknown, Cell>;

function genderIndex(gender: unknown): number {
  switch (gender) {
    case 'female':
      return 0;
    case 'male':
      return 1;
    case 'other':
      return 2;
    case 'undisclosed':
      return 3;
    default:
      return -1;
  }
}

function categoryIndex(category: unknown): number {
  switch (category) {
    case 'worker':
      return 0;
    case 'specialist':
      return 1;
    case 'manager':
      return 2;
    case 'seniorManagement':
      return 3;
    default:
      return -1;
  }
}

/** Host-country national 0, expatriate 1, stated as not stated 2, no nationality 3; else −1. */
function nationalityIndex(nationality: unknown): number {
  switch (nationality) {
    case 'hostCountry':
      return 0;
    case 'expatriate':
      return 1;
    case 'notStated':
      return 2;
    case undefined:
      return 3;
    default:
      return -1;
  }
}

function invalid(employee: Readonly<Employee>, what: string): never {
  const id = JSON.stringify(String(employee.id)).slice(0, 140);
  throw new ImpactError('INVALID_ARGUMENT', `employee ${id}: ${what}`);
}

/** Adds `from` into `into`, creating cells as needed (never sharing a cell). */
function addCounts(into: HomeCounts, from: HomeCounts): void {
  for (const [home, cell] of from) {
    const target = into.get(home);
    if (target === undefined) into.set(home, { n: cell.n });
    else target.n += cell.n;
  }
}

/** A map (keys distinct) as an object with sorted keys, own properties only: no key reaches a prototype. */
function sortedRecord(counts: ReadonlyMap<string, number>): Record<LocationId, number> {
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : 1))) as Record<
    LocationId,
    number
  >;
}

function increment(counts: Map<string, number>, key: string | undefined, n: number): void {
  if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + n);
}

/** The number of the next accumulator created in this realm. */
let nextPart = 0;
/** A random token of this realm (thread or page), so that part ids differ across realms. */
let realmToken: string | undefined;

/**
 * A new part id: unique across threads, processes and machines, so that a snapshot merged back
 * is recognised (`crypto.randomUUID` of the platform; without it, time and a random number).
 */
function newPartId(): string {
  // Typed here: the platform's crypto is a Web API global, not in every lib the types use.
  const platform = globalThis as { readonly crypto?: { readonly randomUUID?: () => string } };
  realmToken ??=
    platform.crypto?.randomUUID?.() ??
    `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  nextPart += 1;
  return `${realmToken}:${nextPart}`;
}

/** The homes and counts of a snapshot (a record's home id is a string, as the model requires). */
function homeEntries(homes: HomeCounts): [string, number][] {
  return [...homes].map(([home, cell]) => [String(home), cell.n]);
}

/** Whether a value is (or claims to be) a snapshot rather than an accumulator. */
function isSnapshotLike(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, 'format');
}

class Accumulator implements WorkforceAccumulator {
  readonly #ctx: SummaryContext;
  /** The accumulators whose records this one holds: itself, or every one merged into it. */
  readonly #parts: ReadonlySet<string>;
  #companyId: string | undefined;
  #headcount = 0;
  readonly #genders = [0, 0, 0, 0];
  readonly #categories = [0, 0, 0, 0];
  readonly #engagements = [0, 0];
  /** `<30`, `30-50`, `>50`, unknown. */
  readonly #ageBands = [0, 0, 0, 0];
  /** Host-country nationals, expatriates, stated as not stated, without a nationality. */
  readonly #nationalities = [0, 0, 0, 0];
  /** People without a site, or everyone when there is no locality policy. */
  readonly #noSite: HomeCounts = new Map();
  /** Site id → people at that site, by home. */
  readonly #bySite = new Map<unknown, HomeCounts>();
  /** The flows over the period, when the options give one. */
  readonly #flows: FlowCounter | undefined;

  constructor(ctx: SummaryContext, parts?: ReadonlySet<string>) {
    this.#ctx = ctx;
    this.#parts = parts ?? new Set([newPartId()]);
    this.#companyId = ctx.companyId;
    this.#flows = ctx.period === undefined ? undefined : new FlowCounter(ctx.period);
  }

  add(employee: Readonly<Employee>): void {
    if (typeof employee !== 'object' || employee === null) {
      throw new ImpactError('INVALID_ARGUMENT', 'an employment record must be an object');
    }
    const ctx = this.#ctx;
    if (employee.companyId !== this.#companyId || this.#companyId === undefined) {
      this.#setCompany(employee);
    }
    const engagement = employee.engagement;
    if (engagement !== 'employee') {
      if (engagement !== 'contractor')
        invalid(employee, 'engagement is not employee or contractor');
      if (!ctx.includeContractors) return;
    }
    const hireDate = employee.hireDate;
    if (typeof hireDate !== 'string') invalid(employee, 'no hire date');
    const flowProblem = this.#flows?.add(employee);
    if (flowProblem !== undefined) invalid(employee, flowProblem);
    if (hireDate > ctx.asOf) return;
    const terminationDate = employee.terminationDate;
    if (terminationDate !== undefined && terminationDate <= ctx.asOf) return;
    const gender = genderIndex(employee.gender);
    if (gender < 0) invalid(employee, 'gender is not one of the model');
    const category = categoryIndex(employee.category);
    if (category < 0) invalid(employee, 'category is not one of the model');
    const nationality = nationalityIndex(employee.nationality);
    if (nationality < 0) invalid(employee, 'nationality is not one of the model');
    this.#headcount += 1;
    (this.#nationalities[nationality] as number) += 1;
    (this.#genders[gender] as number) += 1;
    (this.#categories[category] as number) += 1;
    (this.#engagements[engagement === 'employee' ? 0 : 1] as number) += 1;
    // The band of ageBand(): the age reached in the year of asOf.
    const birthYear = employee.birthYear;
    let band = 3;
    if (Number.isInteger(birthYear)) {
      const age = ctx.asOfYear - (birthYear as number);
      band = age < 30 ? 0 : age <= 50 ? 1 : 2;
    }
    (this.#ageBands[band] as number) += 1;
    const siteId = employee.siteId;
    let homes = this.#noSite;
    if (siteId !== undefined && ctx.policy !== undefined) {
      const found = this.#bySite.get(siteId);
      if (found === undefined) {
        homes = new Map();
        this.#bySite.set(siteId, homes);
      } else {
        homes = found;
      }
    }
    const home = employee.homeLocationId;
    const cell = homes.get(home);
    if (cell === undefined) homes.set(home, { n: 1 });
    else cell.n += 1;
  }

  merge(input: WorkforceAccumulator | WorkforceAccumulatorSnapshot): WorkforceAccumulator {
    const other = isSnapshotLike(input)
      ? this.#restore(parseWorkforceSnapshot(input))
      : (input as WorkforceAccumulator);
    // A brand check, not instanceof: a Proxy of an accumulator or an object made from its
    // prototype passes instanceof but has none of its private fields.
    if (typeof other !== 'object' || other === null || !(#ctx in other)) {
      throw new ImpactError(
        'INVALID_ARGUMENT',
        'only accumulators of createWorkforceAccumulator merge',
      );
    }
    for (const part of other.#parts) {
      if (this.#parts.has(part))
        throw new ImpactError(
          'INVALID_ARGUMENT',
          'the accumulators share records (the same one, or one merged from the other); merging would count them twice',
        );
    }
    const ctx = this.#ctx;
    if (
      other.#ctx !== ctx &&
      (other.#ctx.gazetteer !== ctx.gazetteer || other.#ctx.signature !== ctx.signature)
    ) {
      throw new ImpactError(
        'INVALID_ARGUMENT',
        'accumulators made with different options or gazetteers cannot be merged',
      );
    }
    const merged = new Accumulator(ctx, new Set([...this.#parts, ...other.#parts]));
    merged.#absorb(this);
    merged.#absorb(other);
    return merged;
  }

  toSnapshot(): WorkforceAccumulatorSnapshot {
    return {
      format: 'mining-impact/workforce-accumulator',
      version: 2,
      signature: this.#ctx.signature,
      parts: [...this.#parts],
      companyId: this.#companyId ?? null,
      headcount: this.#headcount,
      genders: [...this.#genders],
      categories: [...this.#categories],
      engagements: [...this.#engagements],
      ageBands: [...this.#ageBands],
      nationalities: [...this.#nationalities],
      noSite: homeEntries(this.#noSite),
      bySite: [...this.#bySite].map(([site, homes]) => [String(site), homeEntries(homes)]),
      flows: this.#flows?.data() ?? null,
    };
  }

  flows(): WorkforceFlows | undefined {
    return this.#flows?.flows();
  }

  /** An accumulator of this one's options holding a snapshot's counts. */
  #restore(snapshot: Readonly<WorkforceAccumulatorSnapshot>): Accumulator {
    if (snapshot.signature !== this.#ctx.signature)
      throw new ImpactError(
        'INVALID_ARGUMENT',
        'the snapshot was made with other options (asOf, policy, capital, company, contractors, sites or period) and cannot be merged',
      );
    const restored = new Accumulator(this.#ctx, new Set(snapshot.parts));
    restored.#companyId = snapshot.companyId ?? this.#ctx.companyId;
    restored.#headcount = snapshot.headcount;
    const arrays = [
      [restored.#genders, snapshot.genders],
      [restored.#categories, snapshot.categories],
      [restored.#engagements, snapshot.engagements],
      [restored.#ageBands, snapshot.ageBands],
      [restored.#nationalities, snapshot.nationalities],
    ] as const;
    for (const [into, from] of arrays) for (const [i, n] of from.entries()) into[i] = n;
    for (const [home, n] of snapshot.noSite) restored.#noSite.set(home, { n });
    for (const [site, homes] of snapshot.bySite)
      restored.#bySite.set(site, new Map(homes.map(([home, n]) => [home, { n }])));
    if ((snapshot.flows === null) !== (restored.#flows === undefined))
      throw new ImpactError(
        'INVALID_ARGUMENT',
        'the snapshot and the accumulator disagree on flow counts: one has a period, the other none',
      );
    if (snapshot.flows !== null) restored.#flows?.absorb(snapshot.flows);
    return restored;
  }

  result(): WorkforceSummary {
    const ctx = this.#ctx;
    const companyId = this.#companyId;
    if (companyId === undefined) {
      throw new ImpactError(
        'INVALID_ARGUMENT',
        'a summary without records needs options.companyId',
      );
    }
    const byDistrict = new Map<string, number>();
    const byRegion = new Map<string, number>();
    // Capital: fromRegions (local), fromCapital (nonLocal), unknown; locality under the policy.
    const capital = { local: 0, nonLocal: 0, unknown: 0 };
    const locality = { local: 0, nonLocal: 0, unknown: 0 };
    let remote = 0;
    const visit = (homes: HomeCounts, siteLocationId: string | undefined): void => {
      for (const [home, { n }] of homes) {
        const origin = ctx.origin(home);
        increment(byDistrict, origin.districtId, n);
        increment(byRegion, origin.regionId, n);
        capital[origin.capital] += n;
        if (origin.remote) remote += n;
        if (ctx.locality !== undefined) {
          locality[siteLocationId === undefined ? 'unknown' : ctx.locality(home, siteLocationId)] +=
            n;
        }
      }
    };
    visit(this.#noSite, undefined);
    for (const [siteId, homes] of this.#bySite) {
      visit(homes, ctx.siteLocations.get(siteId as string));
    }
    const [female, male, other, undisclosed] = this.#genders as [number, number, number, number];
    const [worker, specialist, manager, seniorManagement] = this.#categories as [
      number,
      number,
      number,
      number,
    ];
    const [under30, from30to50, over50, ageUnknown] = this.#ageBands as [
      number,
      number,
      number,
      number,
    ];
    return {
      companyId: companyId as CompanyId,
      asOf: ctx.asOf,
      headcount: this.#headcount,
      scope: ctx.includeContractors ? 'employeesAndContractors' : 'employees',
      ...(ctx.policy === undefined
        ? {}
        : {
            local: locality.local,
            nonLocal: locality.nonLocal,
            localityUnknown: locality.unknown,
          }),
      fromRegions: capital.local,
      fromCapital: capital.nonLocal,
      originUnknown: capital.unknown,
      fromRemoteVillages: remote,
      byOrigin: sortedRecord(byDistrict),
      byEconomicRegion: sortedRecord(byRegion),
      byGender: { female, male, other, undisclosed },
      byCategory: { worker, specialist, manager, seniorManagement },
      ...(ctx.includeContractors
        ? {
            byEngagement: {
              employee: this.#engagements[0] as number,
              contractor: this.#engagements[1] as number,
            },
          }
        : {}),
      byAgeBand: { '<30': under30, '30-50': from30to50, '>50': over50, unknown: ageUnknown },
      ...this.#byNationality(),
      ...(ctx.policy === undefined ? {} : { localityPolicy: structuredCopy(ctx.policy) }),
      sourceIds: [],
    };
  }

  /** `byNationality`, when a record counted states a nationality (not stated counts absent ones). */
  #byNationality(): Pick<WorkforceSummary, 'byNationality'> {
    const [hostCountry, expatriate, notStated, absent] = this.#nationalities as [
      number,
      number,
      number,
      number,
    ];
    if (hostCountry + expatriate + notStated === 0) return {};
    return { byNationality: { hostCountry, expatriate, notStated: notStated + absent } };
  }

  /** Records the company of a record, or throws when it differs from the one already known. */
  #setCompany(employee: Readonly<Employee>): void {
    if (this.#companyId !== undefined) {
      invalid(
        employee,
        `it belongs to company ${JSON.stringify(String(employee.companyId)).slice(0, 140)}, not ${this.#companyId}`,
      );
    }
    if (typeof employee.companyId !== 'string') invalid(employee, 'no company id');
    this.#companyId = employee.companyId;
  }

  /** Adds the counts of `from` into this accumulator (which must be fresh or private). */
  #absorb(from: Accumulator): void {
    if (from.#companyId !== undefined && from.#companyId !== this.#companyId) {
      if (this.#companyId !== undefined) {
        throw new ImpactError(
          'INVALID_ARGUMENT',
          `accumulators of companies ${this.#companyId} and ${from.#companyId} cannot be merged`,
        );
      }
      this.#companyId = from.#companyId;
    }
    this.#headcount += from.#headcount;
    for (let i = 0; i < 4; i += 1) {
      (this.#genders[i] as number) += from.#genders[i] as number;
      (this.#categories[i] as number) += from.#categories[i] as number;
      (this.#ageBands[i] as number) += from.#ageBands[i] as number;
      (this.#nationalities[i] as number) += from.#nationalities[i] as number;
    }
    (this.#engagements[0] as number) += from.#engagements[0] as number;
    (this.#engagements[1] as number) += from.#engagements[1] as number;
    if (from.#flows !== undefined) this.#flows?.absorb(from.#flows.data());
    addCounts(this.#noSite, from.#noSite);
    for (const [siteId, homes] of from.#bySite) {
      let target = this.#bySite.get(siteId);
      if (target === undefined) {
        target = new Map();
        this.#bySite.set(siteId, target);
      }
      addCounts(target, homes);
    }
  }
}

/** A copy of the policy for the summary, so that changing one never changes the other. */
function structuredCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * Creates an accumulator that builds a {@link WorkforceSummary} one employment record at a time.
 *
 * @remarks
 * Counts the people active on `asOf` (hired on or before it, not terminated on or before it):
 * the company's employees, and contractors' workers too when `includeContractors`. The summary
 * holds, all exact:
 * - `headcount`; `byGender`, `byCategory`, `byAgeBand` (GRI bands of {@link ageBand}, `unknown`
 *   without a birth year) with every key, zeros included; `byEngagement` when contractors count;
 * - `byOrigin` (district or first-level city of the home, by {@link districtOf}) and
 *   `byEconomicRegion` ({@link economicRegionOf}): only homes the gazetteer places at that level;
 *   the rest of the headcount is the unknown bucket;
 * - `fromCapital`, `fromRegions` and `originUnknown`, a partition of the headcount: home in or
 *   under the capital (`capitalIds`, or the gazetteer's capital from {@link capitalOf}); outside
 *   it; or undecided (home not in the gazetteer, a home that contains the capital such as the
 *   country, or no capital known);
 * - `fromRemoteVillages`: homes that are, or lie under, a location marked `remote`;
 * - `byNationality` (host-country nationals, expatriates, not stated), counted apart from
 *   origin, when at least one record counted states a nationality (a record without one is not
 *   stated);
 * - with a `localityPolicy`: `local`, `nonLocal` and `localityUnknown` (a partition of the
 *   headcount) by {@link classifyLocality} of the home against the location of the person's
 *   site (`siteId` looked up in `sites`); no site, or a site not listed, is `unknown`, never
 *   non-local. The policy is echoed in `localityPolicy`.
 *
 * With a `period`, it also counts the flows over that period (see {@link WorkforceFlows}):
 * first-time hires and re-hires within it (GRI 401-1 a counts the first), leavers within it by
 * termination reason (GRI 401-1 b turnover is voluntary, dismissal, retirement and death in
 * service; contract ends apart), and the headcounts on its first and last days, so that the new
 * hire rate, the turnover rate and the net change can be computed from a stream; `flows()` gives
 * them and `merge` adds them up. A record counted in the flows needs a termination reason of the
 * model, when it left within the period.
 *
 * Each record costs a few string comparisons and two map lookups: locations are resolved once
 * per distinct home (and per home × site for locality), when `result()` is called, and cached
 * for later calls. `merge` returns a new accumulator: neither side is changed.
 *
 * @param options - The day, the gazetteer, the sites, the locality policy, the capital, the
 * company, whether contractors count, and the period of the flows.
 * @returns An empty accumulator.
 * @throws {@link ImpactError} `INVALID_DATE` when `asOf` or an end of the period is not a
 * calendar date; `INVALID_PERIOD` when the period ends before it starts; `INVALID_ARGUMENT` when
 * the gazetteer, the policy, the sites (two with one id), the capital ids or the company id are
 * not valid, or the period has no end.
 *
 * @example
 * ```ts
 * const accumulator = createWorkforceAccumulator({ asOf: '2025-06-30', gazetteer: azGazetteer });
 * for (const employee of employees) accumulator.add(employee);
 * accumulator.result().fromRegions;
 * //=> 8
 * ```
 *
 * @category Workforce indicators
 */
export function createWorkforceAccumulator(
  options: Readonly<WorkforceAccumulatorOptions>,
): WorkforceAccumulator {
  return new Accumulator(createSummaryContext(options));
}
