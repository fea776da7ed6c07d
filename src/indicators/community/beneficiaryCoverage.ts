import type { Bounds } from '../../core/bounds.js';
import { countInterval } from '../../core/count.js';
import { ImpactError } from '../../core/ImpactError.js';
import { type Ratio, ratio } from '../../core/ratio.js';
import { beneficiaryGroupKey } from '../../model/beneficiaryGroupKey.js';
import type { Location } from '../../model/location.js';
import {
  type Beneficiaries,
  type SocialProgram,
  SocialProgramSchema,
} from '../../model/socialProgram.js';
import { ancestors } from '../../places/ancestors.js';
import { assertGazetteer } from '../../places/assertGazetteer.js';
import { districtOf } from '../../places/districtOf.js';
import type { Gazetteer } from '../../places/gazetteer.js';
import type { BreakdownRow } from '../contract/breakdownRow.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type {
  DefinitionValue,
  DetailedResult,
  IndicatorResult,
} from '../contract/indicatorResult.js';
import { parseEach } from '../internal/parseEach.js';
import { resultFrom, type ValueOrReason } from '../internal/resultFrom.js';
import { uniqueSourceIds } from '../internal/uniqueSourceIds.js';
import { approximateBeneficiaryNotes } from './internal/approximateBeneficiaries.js';
import { beneficiaryGroups, groupInterval } from './internal/beneficiaryGroups.js';
import { type ProgramBeneficiariesDetail, programBeneficiaries } from './programBeneficiaries.js';

const entry = {
  id: 'community.beneficiaryCoverage',
  title: 'Share of a population reached by programs',
  unit: 'ratio',
  formula:
    'Unique persons reached by the programs located in or under the location (programs also located elsewhere add 0 to their count) / the population of the location; bounds when counts are bounds; null when the population is unknown',
  standards: ['IRIS+ PI4060', 'IRIS+ PI6686'],
  family: 'community',
  functionName: 'beneficiaryCoverage',
  results: 'many',
  resultKeys: ['location'],
  dimensions: ['program'],
} as const satisfies IndicatorCatalogEntry;

/**
 * Options of {@link beneficiaryCoverage}.
 *
 * @category Community indicators
 */
export interface BeneficiaryCoverageOptions {
  /** The gazetteer holding the location, its population and the hierarchy below it. */
  readonly gazetteer: Gazetteer;
  /** The area: a district, an economic region, a town, … */
  readonly locationId: string;
}

/** The programs counting persons located in the area: wholly, or also elsewhere. */
interface ProgramsInArea {
  readonly whole: readonly Readonly<SocialProgram>[];
  readonly partial: readonly Readonly<SocialProgram>[];
  /** Programs located in the area that count households, organizations or communities. */
  readonly otherUnits: number;
}

/** What is known of the number of persons reached: exact when `min === max`. */
interface Reached {
  readonly min: number;
  readonly max: number | null;
  /** The persons of the programs wholly in the area, as {@link programBeneficiaries} counts. */
  readonly whole: DetailedResult<ProgramBeneficiariesDetail>;
}

/** The location of an id, which the gazetteer must hold. */
function locationOf(gazetteer: Gazetteer, locationId: string): Location {
  assertGazetteer(gazetteer);
  const location = typeof locationId === 'string' ? gazetteer.byId.get(locationId) : undefined;
  if (location === undefined) {
    throw new ImpactError(
      'INVALID_ARGUMENT',
      `location ${JSON.stringify(String(locationId).slice(0, 128))} is not in the gazetteer`,
    );
  }
  return location;
}

/** No program in an area. */
const NONE: ProgramsInArea = { whole: [], partial: [], otherUnits: 0 };

/** The ids a location stands in: itself and each place above it. */
function areaIdsOf(gazetteer: Gazetteer, locationId: string): string[] {
  const ids = [locationId];
  for (const place of ancestors(gazetteer, locationId)) ids.push(place.id);
  return ids;
}

/** How many of a program's locations lie in or under each area. */
function locationsPerArea(
  gazetteer: Gazetteer,
  program: Readonly<SocialProgram>,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { locationId } of program.locations) {
    for (const id of new Set(areaIdsOf(gazetteer, locationId))) {
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * The programs of every area at once: for each place a program's locations lie in or under,
 * those wholly there and those also located elsewhere (programs counting persons), in the
 * programs' order, and how many count other units. One pass over the programs and the places
 * above their locations, so a dataset's many areas cost no more than one.
 */
function programsByArea(
  programs: readonly Readonly<SocialProgram>[],
  gazetteer: Gazetteer,
): Map<string, ProgramsInArea> {
  const areas = new Map<
    string,
    { whole: Readonly<SocialProgram>[]; partial: Readonly<SocialProgram>[]; otherUnits: number }
  >();
  for (const program of programs) {
    for (const [areaId, inside] of locationsPerArea(gazetteer, program)) {
      let area = areas.get(areaId);
      if (area === undefined) {
        area = { whole: [], partial: [], otherUnits: 0 };
        areas.set(areaId, area);
      }
      if (program.beneficiaries?.unit !== 'person') {
        if (program.beneficiaries !== undefined) area.otherUnits += 1;
        continue;
      }
      (inside === program.locations.length ? area.whole : area.partial).push(program);
    }
  }
  return areas;
}

/** The persons reached: the unique count of the programs wholly in the area, plus 0 to each other. */
function reachedOf(inArea: ProgramsInArea): Reached {
  const whole = programBeneficiaries(inArea.whole);
  const min = whole.bounds?.min ?? 0;
  let max: number | null = whole.bounds?.max ?? null;
  // A count shared with programs wholly in the area is already in `whole`'s maximum.
  const counted = new Set(inArea.whole.map(beneficiaryGroupKey));
  for (const group of beneficiaryGroups(inArea.partial)) {
    if (counted.has(group.key)) continue;
    const interval = groupInterval(group);
    max = max === null || interval.max === null ? null : max + interval.max;
  }
  return { min: max !== null && min === max ? max : min, max, whole };
}

/**
 * A number of persons known within [min, max] over the population: the ratio when exact, else
 * bounds when the population is known and above 0.
 */
function shareFields(
  min: number,
  max: number | null,
  population: number | null,
): ValueOrReason & { readonly ratio?: Ratio; readonly bounds?: Bounds } {
  if (max !== null && min === max) {
    const share = ratio(min, population);
    return share.value === null
      ? { value: null, reason: share.reason ?? 'MISSING_DATA', ratio: share }
      : { value: share.value, ratio: share };
  }
  if (population === null) return { value: null, reason: 'MISSING_DATA' };
  if (population === 0) return { value: null, reason: 'ZERO_DENOMINATOR' };
  const bounds = { min: min / population, ...(max === null ? {} : { max: max / population }) };
  return { value: null, reason: 'BOUNDED', bounds };
}

/** One row per program counted, by id: its persons over the population. */
function programRows(inArea: ProgramsInArea, population: number | null): BreakdownRow[] {
  return [...inArea.whole, ...inArea.partial]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((program) => {
      const { min, max } = countInterval((program.beneficiaries as Beneficiaries).count);
      const joint = program.beneficiaries?.jointWith !== undefined;
      const inside = inArea.whole.includes(program) && !joint;
      const exact = inside && max !== null && min === max;
      const where = inArea.whole.includes(program)
        ? 'wholly in the area'
        : 'partly outside the area';
      return {
        keys: { program: program.id },
        label: joint ? `${where}; a count shared with other programs` : where,
        ...shareFields(inside ? min : 0, max, population),
        ...(exact ? { count: min } : {}),
      };
    });
}

function notesOf(location: Location, inArea: ProgramsInArea, reached: Reached): string[] {
  const population = location.population;
  const notes = [
    population === undefined
      ? `The population of ${location.name} (${location.id}) is not known.`
      : `Population of ${location.name}: ${population.count} on ${population.asOf} (source ${population.sourceId}).`,
    ...reached.whole.notes,
    ...approximateBeneficiaryNotes(inArea.partial),
  ];
  if (inArea.partial.length > 0) {
    const ids = inArea.partial.map((p) => p.id).sort();
    notes.push(
      `Programs also located outside ${location.name} add between 0 and their count: ${ids.join(', ')}.`,
    );
  }
  if (inArea.otherUnits > 0) {
    notes.push(
      `${inArea.otherUnits} program(s) count households, organizations or communities, not persons, and are left out.`,
    );
  }
  notes.push('Beneficiaries may live outside the area, so the share is not capped at 1.');
  return notes;
}

function definitionsOf(
  location: Location,
  reached: Reached,
): { readonly [name: string]: DefinitionValue } {
  const population = location.population;
  return {
    locationId: location.id,
    unit: 'person',
    population:
      population === undefined
        ? null
        : { count: population.count, asOf: population.asOf, sourceId: population.sourceId },
    deduplication: reached.whole.detail.unique === null ? 'none' : 'ids',
  };
}

/**
 * The share of a location's population that programs located there reach (IRIS+ PI4060 over
 * PI6686).
 *
 * @remarks
 * Unit `ratio`: beneficiaries may live outside the area, so the value may exceed 1.
 *
 * Numerator: the beneficiaries, counted in persons, of the programs located in or under the
 * location (the location itself, or a district, town or village within it). A program all of
 * whose locations lie in the area counts in full; the unique number of people across such
 * programs is computed as {@link programBeneficiaries} does (exact with beneficiary ids, else
 * between the largest program's count and the sum). A program that also has locations outside
 * the area reaches an unknown part of its beneficiaries there: it adds between 0 and its count.
 * Programs counting households or organizations are left out (no multipliers are applied), and
 * so are programs located elsewhere or nowhere.
 *
 * Denominator: the location's `population` (IRIS+ PI6686, the population of the service area,
 * served or not), with its date and source in the definitions.
 *
 * Rows keyed `{ program }`, by program id: each program's persons over the population (its
 * count in `count` when exact and wholly in the area; for a program partly outside, bounds from
 * 0), labelled `wholly in the area` or `partly outside the area`. The result's `keys` are
 * `{ location }`: on a dataset, a report gives one result per district that programs reach.
 *
 * @param programs - The social programs.
 * @param options - The gazetteer and the area.
 * @returns numerator / population, with `ratio`, when both are exact; `null` with
 * `MISSING_DATA` when the location has no population, `ZERO_DENOMINATOR` when it is 0, `BOUNDED`
 * when the numerator is only known within bounds (`bounds` holds min / population and max /
 * population; no `max` when a count has no upper bound).
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the location is not in the gazetteer, the
 * gazetteer is not one, or a program does not match {@link SocialProgramSchema}.
 *
 * @example
 * ```ts
 * import { azGazetteer } from 'mining-impact/data/az';
 *
 * // Göygöl has 65,252 residents (2021-12-31); one program there reaches 6,525 people.
 * beneficiaryCoverage(
 *   [{ ...program, locations: [{ locationId: 'AZ-GYG' }], beneficiaries: { count: 6525, unit: 'person', estimated: false } }],
 *   { gazetteer: azGazetteer, locationId: 'AZ-GYG' },
 * ).value;
 * //=> 0.09999693495984797
 * ```
 *
 * @category Community indicators
 */
export function beneficiaryCoverage(
  programs: Iterable<Readonly<SocialProgram>>,
  options: Readonly<BeneficiaryCoverageOptions>,
): IndicatorResult {
  const location = locationOf(options.gazetteer, options.locationId);
  const list = parseEach(SocialProgramSchema, programs, 'programs');
  return coverageIn(location, programsByArea(list, options.gazetteer).get(location.id) ?? NONE);
}

/** The coverage of one area, given the programs located in or under it. */
function coverageIn(location: Location, inArea: ProgramsInArea): IndicatorResult {
  const reached = reachedOf(inArea);
  const population = location.population;
  return resultFrom(entry, {
    keys: { location: location.id },
    ...shareFields(reached.min, reached.max, population?.count ?? null),
    breakdown: programRows(inArea, population?.count ?? null),
    definitions: definitionsOf(location, reached),
    sourceIds: uniqueSourceIds([
      ...[...inArea.whole, ...inArea.partial].map((p) => p.sourceIds),
      population === undefined ? [] : [population.sourceId],
    ]),
    notes: notesOf(location, inArea, reached),
  });
}

/** The district (or first-level city) of a location, else the location itself. */
function districtIdOf(gazetteer: Gazetteer, locationId: string): string {
  return (districtOf(gazetteer, locationId) ?? gazetteer.byId.get(locationId))?.id ?? locationId;
}

/**
 * The definition of {@link beneficiaryCoverage}: on a dataset, one result for each district the
 * programs counting persons are located in (a location above the district level stands for
 * itself), in id order.
 *
 * @internal
 */
export const beneficiaryCoverageIndicator = defineIndicator({
  entry,
  compute: beneficiaryCoverage,
  fromDataset: (context) => {
    const counted = context.data.programs.filter((p) => p.beneficiaries?.unit === 'person');
    const districts = new Set<string>();
    for (const program of counted)
      for (const { locationId } of program.locations)
        districts.add(districtIdOf(context.gazetteer, locationId));
    if (districts.size === 0) {
      return {
        status: 'dataAbsent',
        detail: 'No program with beneficiaries in persons has a location.',
      };
    }
    // The programs of a validated dataset are indexed by area once, not re-read per district.
    const byArea = programsByArea(counted, context.gazetteer);
    return [...districts]
      .sort()
      .map((locationId) =>
        coverageIn(locationOf(context.gazetteer, locationId), byArea.get(locationId) ?? NONE),
      );
  },
});
