import { azGazetteer } from '../src/data/az/index.js';
import {
  extendGazetteer,
  type Gazetteer,
  type Location,
  type LocationId,
  LocationSchema,
  type Site,
  type SiteId,
} from '../src/index.js';
import { createRandom, type Random, weightedTable } from './random.js';

/** The day the synthetic records were extracted: no hire or termination is later. */
export const EXTRACTED_ON = '2025-12-31';

/** The day the benchmarks count the workforce on. */
export const AS_OF = '2025-06-30';

/** The company every synthetic record belongs to. */
export const COMPANY_ID = 'azergold';

/** The columns of an employee CSV file, in the order of the model. */
export const EMPLOYEE_COLUMNS = [
  'id',
  'companyId',
  'siteId',
  'homeLocationId',
  'gender',
  'birthYear',
  'hireDate',
  'terminationDate',
  'terminationReason',
  'category',
  'contract',
  'engagement',
] as const;

/** An employee record as it would be exported: JSON-ready, optional fields absent. */
export type EmployeeRecord = Partial<
  Record<(typeof EMPLOYEE_COLUMNS)[number], string | number | undefined>
>;

/** A site, for locality: its id and where it is. */
export type SyntheticSite = Readonly<Pick<Site, 'id' | 'locationId'>>;

function site(id: string, locationId: string): SyntheticSite {
  return { id: id as SiteId, locationId: locationId as LocationId };
}

/** The places and sites that synthetic records refer to. */
export interface SyntheticWorld {
  /** The Azerbaijan gazetteer with the synthetic villages added under their districts. */
  readonly gazetteer: Gazetteer;
  /** The synthetic villages, by district. */
  readonly villagesByDistrict: ReadonlyMap<string, readonly string[]>;
  /** The company's sites. */
  readonly sites: readonly SyntheticSite[];
}

/** Villages made up under the districts around the mines: how many, and the share of people living in one. */
const VILLAGES: readonly (readonly [district: string, count: number, villageShare: number])[] = [
  ['AZ-DAS', 40, 0.6],
  ['AZ-GYG', 25, 0.4],
  ['AZ-GOR', 20, 0.5],
  ['AZ-SMX', 15, 0.5],
];

/**
 * Builds the places of the synthetic records: the Azerbaijan gazetteer plus villages under the
 * Ganja-Dashkasan districts (about a third of them remote), and the company's sites.
 *
 * @param seed - The seed of the villages' remoteness.
 * @returns The world.
 */
export function syntheticWorld(seed = 1): SyntheticWorld {
  const random = createRandom(seed);
  const villages: Location[] = [];
  const villagesByDistrict = new Map<string, string[]>();
  for (const [district, count] of VILLAGES) {
    const ids: string[] = [];
    for (let i = 1; i <= count; i++) {
      const id = `v-${district.slice(3).toLowerCase()}-${String(i).padStart(3, '0')}`;
      ids.push(id);
      villages.push(
        LocationSchema.parse({
          id,
          kind: 'village',
          name: `${district.slice(3)} village ${i}`,
          parentId: district,
          ...(random.chance(0.35) ? { remote: true } : {}),
        }),
      );
    }
    villagesByDistrict.set(district, ids);
  }
  return {
    gazetteer: extendGazetteer(azGazetteer, villages),
    villagesByDistrict,
    sites: [
      site('site-cirpa', 'AZ-DAS'),
      site('site-merah', 'AZ-DAS'),
      site('site-tulallar', 'AZ-GYG'),
      site('site-camp-das', 'v-das-007'),
      site('site-head-office', 'AZ-BA'),
    ],
  };
}

/** How many places the gazetteer does not hold the records name: `v-unlisted-1` to `v-unlisted-60`. */
export const UNLISTED_HOMES = 60;

/** The site some records name that is missing from the world's site list. */
export const UNLISTED_SITE = 'site-unlisted';

/** Where people come from: the Ganja-Dashkasan districts first, then Baku, then elsewhere. */
const HOMES = weightedTable<string>([
  ['AZ-DAS', 30],
  ['AZ-GYG', 12],
  ['AZ-GA', 12],
  ['AZ-GOR', 5],
  ['AZ-SMX', 4],
  ['AZ-NA', 1],
  ['AZ-BA', 14],
  ['elsewhere', 14],
  // Only the economic region is known.
  ['az-er-ganja-dashkasan', 2],
  // Only the country is known.
  ['AZ', 1],
  // A place the gazetteer does not hold.
  ['unlisted', 5],
]);

const SITES = weightedTable<string | undefined>([
  ['site-cirpa', 40],
  ['site-merah', 15],
  ['site-tulallar', 18],
  ['site-camp-das', 5],
  ['site-head-office', 12],
  // A site missing from the site list.
  [UNLISTED_SITE, 2],
  [undefined, 8],
]);

const GENDERS = weightedTable([
  ['male', 82],
  ['female', 16],
  ['undisclosed', 1.5],
  ['other', 0.5],
]);

const EMPLOYEE_CATEGORIES = weightedTable([
  ['worker', 64],
  ['specialist', 24],
  ['manager', 9],
  ['seniorManagement', 3],
]);

const CONTRACTOR_CATEGORIES = weightedTable([
  ['worker', 85],
  ['specialist', 15],
]);

/** Hires per year: few in the first years of the company, growing to the current operations. */
const HIRE_YEARS = weightedTable(
  Array.from({ length: 19 }, (_, i): readonly [number, number] => [
    2007 + i,
    Math.min(1 + i * 0.6, 8),
  ]),
);

const PERMANENT_REASONS = weightedTable([
  ['voluntary', 50],
  ['dismissal', 15],
  ['retirement', 19],
  ['death', 1],
  ['other', 15],
]);

const TEMPORARY_REASONS = weightedTable([
  ['contractEnd', 70],
  ['voluntary', 20],
  ['dismissal', 5],
  ['other', 5],
]);

const DAY_MS = 86_400_000;
const EXTRACTED_DAY = Date.UTC(2025, 11, 31) / DAY_MS;

/** The `YYYY-MM-DD` of a day counted from 1970-01-01. */
function dayString(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** An exponentially distributed number of days with the given mean. */
function exponentialDays(random: Random, meanDays: number): number {
  return Math.floor(-Math.log(1 - random.next()) * meanDays);
}

/** An age at hiring: mostly 22-45, some school leavers, some experienced hires. */
function ageAtHire(random: Random): number {
  const sum = random.next() + random.next() + random.next() + random.next();
  return Math.max(18, Math.min(62, Math.round(18 + sum * 8.5)));
}

function home(random: Random, world: SyntheticWorld, districts: readonly string[]): string {
  const where = random.weighted(HOMES);
  if (where === 'elsewhere') return random.pick(districts);
  if (where === 'unlisted') return `v-unlisted-${random.int(1, UNLISTED_HOMES)}`;
  const villages = world.villagesByDistrict.get(where);
  const share = VILLAGES.find(([district]) => district === where)?.[2] ?? 0;
  if (villages !== undefined && random.chance(share)) {
    // A few large villages and many small ones.
    const index = Math.floor(villages.length * random.next() ** 2);
    return villages[index] as string;
  }
  return where;
}

/** The ways a synthetic record is made invalid, each visible in NDJSON and in CSV. */
const DEFECTS: readonly ((record: EmployeeRecord) => void)[] = [
  (r) => {
    r.hireDate = '2023-02-29';
  },
  (r) => {
    r.gender = 'M';
  },
  (r) => {
    r.terminationDate = '2006-01-01';
    r.terminationReason = 'voluntary';
  },
  (r) => {
    r.birthYear = 1850;
  },
  (r) => {
    r.homeLocationId = undefined;
  },
  (r) => {
    r.category = 'Worker';
  },
];

/** Options of {@link syntheticEmployees}. */
export interface SyntheticEmployeesOptions {
  /** The seed: the same seed and count give the same records. */
  readonly seed: number;
  /** How many records. */
  readonly count: number;
  /** The share of records made invalid (a bad date, an unknown value, …); default 0. */
  readonly invalidShare?: number;
}

/**
 * Generates employment records of a mining company in Azerbaijan with realistic distributions:
 * most people from the Ganja-Dashkasan districts (many from their villages), some from Baku,
 * some from elsewhere in the country, some from places that are unknown or known only at the
 * region or country level; hires over 2007-2025 growing with the operations; terminations
 * (most temporary contracts end) with reasons; about a fifth contractors' workers.
 *
 * @param world - The places and sites (see {@link syntheticWorld}).
 * @param options - The seed, the count and the share of invalid records.
 * @returns The records, one at a time (optional fields absent, as in JSON).
 */
export function* syntheticEmployees(
  world: SyntheticWorld,
  options: SyntheticEmployeesOptions,
): Generator<EmployeeRecord> {
  const random = createRandom(options.seed);
  const invalidShare = options.invalidShare ?? 0;
  const districts = [...world.gazetteer.byId.values()]
    .filter((location) => location.kind === 'district')
    .map((location) => location.id);
  for (let i = 0; i < options.count; i++) {
    const contractor = random.chance(0.22);
    const temporary = random.chance(contractor ? 0.8 : 0.15);
    const hireYear = random.weighted(HIRE_YEARS);
    const hireDay = Math.min(Date.UTC(hireYear, 0, 1) / DAY_MS + random.int(0, 364), EXTRACTED_DAY);
    const age = ageAtHire(random);
    let terminationDay: number | undefined;
    if (random.chance(temporary ? 0.75 : 0.3)) {
      const day = hireDay + exponentialDays(random, temporary ? 300 : 1400);
      if (day <= EXTRACTED_DAY) terminationDay = day;
    }
    const siteId = random.weighted(SITES);
    const record: EmployeeRecord = {
      id: `emp-${String(i + 1).padStart(8, '0')}`,
      companyId: COMPANY_ID,
      siteId,
      homeLocationId: home(random, world, districts),
      gender: random.weighted(GENDERS),
      birthYear: random.chance(0.92) ? hireYear - age : undefined,
      hireDate: dayString(hireDay),
      terminationDate: terminationDay === undefined ? undefined : dayString(terminationDay),
      terminationReason:
        terminationDay === undefined || random.chance(0.1)
          ? undefined
          : random.weighted(temporary ? TEMPORARY_REASONS : PERMANENT_REASONS),
      category: random.weighted(contractor ? CONTRACTOR_CATEGORIES : EMPLOYEE_CATEGORIES),
      contract: temporary ? 'temporary' : 'permanent',
      engagement: contractor ? 'contractor' : 'employee',
    };
    if (invalidShare > 0 && random.chance(invalidShare)) random.pick(DEFECTS)(record);
    yield compact(record);
  }
}

/** The record without its absent fields, keys in the model's order (one shape per set of fields). */
function compact(record: EmployeeRecord): EmployeeRecord {
  const out: EmployeeRecord = {};
  for (const column of EMPLOYEE_COLUMNS) {
    const value = record[column];
    if (value !== undefined) out[column] = value;
  }
  return out;
}

/** The CSV header line of employee files. */
export const CSV_HEADER = EMPLOYEE_COLUMNS.join(',');

/**
 * A record as a CSV line (no quoting is needed: ids, dates and codes hold no comma or quote).
 *
 * @param record - The record.
 * @returns The line, without its line break.
 */
export function csvLine(record: EmployeeRecord): string {
  let line = '';
  for (let i = 0; i < EMPLOYEE_COLUMNS.length; i++) {
    const value = record[EMPLOYEE_COLUMNS[i] as (typeof EMPLOYEE_COLUMNS)[number]];
    if (i > 0) line += ',';
    if (value !== undefined) line += String(value);
  }
  return line;
}

const PROGRAM_CATEGORIES = weightedTable([
  ['education', 25],
  ['infrastructure', 20],
  ['sportsAndHealth', 15],
  ['agriculture', 12],
  ['environment', 10],
  ['entrepreneurship', 8],
  ['culturalHeritage', 5],
  ['publicAwareness', 3],
  ['other', 2],
]);

/** The SDGs a category of program usually names. */
const CATEGORY_SDGS: Readonly<Record<string, readonly number[]>> = {
  education: [4],
  infrastructure: [6, 9, 11],
  sportsAndHealth: [3],
  agriculture: [2, 8],
  environment: [13, 15],
  entrepreneurship: [8],
  culturalHeritage: [11],
  publicAwareness: [16],
  other: [17],
};

/** A social program as it would be exported: JSON-ready. */
export type ProgramRecord = Record<string, unknown>;

/**
 * Generates social programs of the company: most in the districts and villages around the mines,
 * some national (Baku), started over 2012-2025, with disbursements and expenditures in AZN each
 * year they run (some committed only), a few with a budget.
 *
 * @param world - The places (see {@link syntheticWorld}).
 * @param options - The seed and the count.
 * @returns The programs, one at a time.
 */
export function* syntheticPrograms(
  world: SyntheticWorld,
  options: { readonly seed: number; readonly count: number },
): Generator<ProgramRecord> {
  const random = createRandom(options.seed);
  const near = ['AZ-DAS', 'AZ-GYG', 'AZ-GOR', 'AZ-SMX', 'AZ-GA'];
  for (let i = 0; i < options.count; i++) {
    const category = random.weighted(PROGRAM_CATEGORIES);
    const startYear = random.int(2012, 2025);
    const start = Date.UTC(startYear, 0, 1) / DAY_MS + random.int(0, 364);
    const years = random.int(1, 4);
    const endDay = start + years * 365 - 1;
    const open = endDay > EXTRACTED_DAY;
    const district = random.chance(0.85) ? random.pick(near) : 'AZ-BA';
    const villages = world.villagesByDistrict.get(district) ?? [];
    const locations =
      villages.length > 0 && random.chance(0.5)
        ? [
            { locationId: random.pick(villages), percentage: 60 },
            { locationId: district, percentage: 40 },
          ]
        : [{ locationId: district }];
    const spend: Record<string, unknown>[] = [];
    for (let year = 0; year < years; year++) {
      const day = start + year * 365 + random.int(0, 300);
      if (day > EXTRACTED_DAY) break;
      spend.push({
        date: dayString(day),
        value: { amountMinor: random.int(5_000, 500_000) * 100, currency: 'AZN' },
        kind: random.chance(0.15)
          ? 'commitment'
          : random.chance(0.5)
            ? 'disbursement'
            : 'expenditure',
      });
    }
    yield {
      id: `prog-${String(i + 1).padStart(6, '0')}`,
      title: `${category} program ${i + 1}`,
      category,
      sdgs: [...(CATEGORY_SDGS[category] ?? [17])],
      status: open ? 'implementation' : 'closed',
      period: open
        ? { start: dayString(start) }
        : { start: dayString(start), end: dayString(endDay) },
      locations,
      participants: [{ organizationId: COMPANY_ID, role: 'funding' }],
      obligation: random.chance(0.2) ? 'mandatory' : 'voluntary',
      form: random.chance(0.8) ? 'cash' : 'inKind',
      spend,
      ...(random.chance(0.3)
        ? { budget: { amountMinor: random.int(100_000, 5_000_000) * 100, currency: 'AZN' } }
        : {}),
      sourceIds: ['src-synthetic'],
    };
  }
}
