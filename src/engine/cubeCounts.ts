import {
  IdSchema,
  ImpactError,
  type WorkforceAccumulatorOptions,
  type WorkforceAccumulatorSnapshot,
} from '../index.js';
import { CubeHash } from './cubeHash.js';
import { CUBE_COUNTS, CUBE_KEYS, type CubeRecord, cubeRowError } from './readCubeRow.js';

/**
 * The values the cube's keys take, in the order of the accumulator's arrays (see
 * WorkforceAccumulatorSnapshot): genders, categories, age bands, nationalities (`null`, none
 * recorded, is the fourth) and leaver reasons (the model's termination reasons, then not stated).
 *
 * @internal
 */
export const CUBE_VALUES = {
  gender: ['female', 'male', 'other', 'undisclosed'],
  category: ['worker', 'specialist', 'manager', 'seniorManagement'],
  ageBand: ['<30', '30-50', '>50', 'unknown'],
  nationality: ['hostCountry', 'expatriate', 'notStated'],
  leaverReason: [
    'voluntary',
    'dismissal',
    'retirement',
    'contractEnd',
    'death',
    'other',
    'notStated',
  ],
} as const;
const GENDERS: readonly string[] = CUBE_VALUES.gender;
const CATEGORIES: readonly string[] = CUBE_VALUES.category;
const AGE_BANDS: readonly string[] = CUBE_VALUES.ageBand;
const NATIONALITIES: readonly string[] = CUBE_VALUES.nationality;
const LEAVER_REASONS: readonly string[] = CUBE_VALUES.leaverReason;
/** The keys that only active records have. */
const ACTIVE_KEYS = [
  'site_id',
  'home_location_id',
  'gender',
  'category',
  'nationality',
  'age_band',
] as const;

/** The index of a row's key in a list of values; throws when it is not one of them. */
function indexIn(
  values: readonly string[],
  row: CubeRecord,
  key: keyof CubeRecord,
  at: number,
): number {
  const index = values.indexOf(row[key] as string);
  if (index < 0) {
    throw cubeRowError(
      at,
      key,
      `${JSON.stringify(row[key])?.slice(0, 60)} is not one of ${values.join(', ')}`,
    );
  }
  return index;
}

/** Checks an id key (text of the id pattern) and returns it. */
function idOf(row: CubeRecord, key: keyof CubeRecord, at: number): string {
  const id = row[key];
  if (!IdSchema.safeParse(id).success) {
    throw cubeRowError(at, key, `${JSON.stringify(id)?.slice(0, 60)} is not a valid id`);
  }
  return id as string;
}

/**
 * The counts of a workforce cube, added up row by row, as a workforce accumulator would hold
 * them, then written as its snapshot.
 *
 * @internal
 */
export class CubeCounts {
  readonly #includeContractors: boolean;
  readonly #bySiteKept: boolean;
  readonly #withPeriod: boolean;
  readonly #hash = new CubeHash();
  #companyId: string | undefined;
  #headcount = 0;
  readonly #genders = [0, 0, 0, 0];
  readonly #categories = [0, 0, 0, 0];
  readonly #engagements = [0, 0];
  readonly #ageBands = [0, 0, 0, 0];
  readonly #nationalities = [0, 0, 0, 0];
  readonly #noSite = new Map<string, number>();
  readonly #bySite = new Map<string, Map<string, number>>();
  readonly #flows = { hires: 0, rehires: 0, atStart: 0, atEnd: 0, leavers: [0, 0, 0, 0, 0, 0, 0] };

  constructor(options: Readonly<WorkforceAccumulatorOptions>) {
    this.#includeContractors = options.includeContractors === true;
    this.#bySiteKept = options.localityPolicy !== undefined;
    this.#withPeriod = options.period !== undefined;
    this.#companyId = options.companyId;
  }

  /**
   * Adds a checked row, with the accumulator's checks of a record in the accumulator's order:
   * company, engagement, hire date, termination reason, then the keys of the active records.
   *
   * @param row - The row.
   * @param at - Its index, for the errors.
   * @throws {@link ImpactError} `INVALID_ARGUMENT` naming the row and the column.
   */
  add(row: CubeRecord, at: number): void {
    this.#hash.add(
      JSON.stringify([...CUBE_KEYS.map((k) => row[k]), ...CUBE_COUNTS.map((c) => row[c])]),
    );
    this.#checkCompany(row, at);
    const engagement = indexIn(['employee', 'contractor'], row, 'engagement', at);
    if (engagement === 1 && !this.#includeContractors) return;
    if (row.undated > 0)
      throw cubeRowError(at, 'undated', `${row.undated} records have no hire date`);
    this.#addFlows(row, at);
    if (row.active === 0) {
      for (const key of ACTIVE_KEYS) {
        if (row[key] !== null) {
          throw cubeRowError(at, key, 'a key of the active records on a row without any');
        }
      }
      return;
    }
    const n = row.active;
    const gender = indexIn(GENDERS, row, 'gender', at);
    const category = indexIn(CATEGORIES, row, 'category', at);
    const nationality =
      row.nationality === null ? 3 : indexIn(NATIONALITIES, row, 'nationality', at);
    const band = indexIn(AGE_BANDS, row, 'age_band', at);
    const home = idOf(row, 'home_location_id', at);
    const site = row.site_id === null ? undefined : idOf(row, 'site_id', at);
    this.#headcount += n;
    (this.#genders[gender] as number) += n;
    (this.#categories[category] as number) += n;
    (this.#nationalities[nationality] as number) += n;
    (this.#ageBands[band] as number) += n;
    (this.#engagements[engagement] as number) += n;
    let homes = this.#noSite;
    if (site !== undefined && this.#bySiteKept) {
      homes = this.#bySite.get(site) ?? new Map<string, number>();
      this.#bySite.set(site, homes);
    }
    homes.set(home, (homes.get(home) ?? 0) + n);
  }

  /** The accumulator's company check: one company, named by every record. */
  #checkCompany(row: CubeRecord, at: number): void {
    const company = row.company_id;
    if (company !== null && company === this.#companyId) return;
    if (this.#companyId !== undefined) {
      throw cubeRowError(
        at,
        'company_id',
        `${JSON.stringify(company)?.slice(0, 140)} is not the company ${this.#companyId}`,
      );
    }
    this.#companyId = idOf(row, 'company_id', at);
  }

  /** Adds the flow counts of a row, checking its termination reason. */
  #addFlows(row: CubeRecord, at: number): void {
    const flows = this.#flows;
    if (row.leavers === 0 && row.termination_reason !== null) {
      throw cubeRowError(at, 'termination_reason', 'a termination reason on a row without leavers');
    }
    if (!this.#withPeriod) {
      if (row.hires + row.rehires + row.leavers + row.at_start + row.at_end > 0) {
        throw cubeRowError(at, null, 'flow counts without a period');
      }
      return;
    }
    if (row.leavers > 0) {
      const reason = indexIn(LEAVER_REASONS, row, 'termination_reason', at);
      (flows.leavers[reason] as number) += row.leavers;
    }
    flows.hires += row.hires;
    flows.rehires += row.rehires;
    flows.atStart += row.at_start;
    flows.atEnd += row.at_end;
  }

  /**
   * The counts as a snapshot of an accumulator of the given signature.
   *
   * @param signature - The signature of an accumulator made with the options.
   * @returns The snapshot; its one part is derived from the cube's rows.
   * @throws {@link ImpactError} `UNSAFE_INTEGER` when a total leaves the safe-integer range.
   */
  snapshot(signature: string): WorkforceAccumulatorSnapshot {
    const flows = this.#flows;
    const totals = [this.#headcount, flows.hires, flows.rehires, flows.atStart, flows.atEnd];
    for (const total of [...totals, ...flows.leavers]) {
      if (!Number.isSafeInteger(total)) {
        throw new ImpactError(
          'UNSAFE_INTEGER',
          'the counts of the workforce cube add up to more than 2^53 − 1',
        );
      }
    }
    const entries = (homes: ReadonlyMap<string, number>): [string, number][] => [...homes];
    return {
      format: 'mining-impact/workforce-accumulator',
      version: 2,
      signature,
      parts: [`workforce-cube:${this.#hash.digest()}`],
      companyId: this.#companyId ?? null,
      headcount: this.#headcount,
      genders: [...this.#genders],
      categories: [...this.#categories],
      engagements: [...this.#engagements],
      ageBands: [...this.#ageBands],
      nationalities: [...this.#nationalities],
      noSite: entries(this.#noSite),
      bySite: [...this.#bySite].map(([site, homes]) => [site, entries(homes)]),
      flows: this.#withPeriod ? { ...flows, leavers: [...flows.leavers] } : null,
    };
  }
}
