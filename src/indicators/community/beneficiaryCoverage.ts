import type { Bounds } from '../../core/bounds.js';
import { countInterval } from '../../core/count.js';
import { ImpactError } from '../../core/ImpactError.js';
import { ratio } from '../../core/ratio.js';
import type { Beneficiaries, SocialProgram } from '../../model/socialProgram.js';
import { checkGazetteer } from '../../places/checkGazetteer.js';
import type { Gazetteer } from '../../places/gazetteer.js';
import type { BreakdownRow, IndicatorResult } from '../indicatorResult.js';
import { isInOrUnder } from '../isInOrUnder.js';
import { resultFrom } from '../resultFrom.js';
import { uniqueSourceIds } from '../uniqueSourceIds.js';
import { checkedPrograms } from './checkedPrograms.js';
import { beneficiaryCoverageEntry } from './communityCatalog.js';
import { programBeneficiaries } from './programBeneficiaries.js';

/**
 * The share of a location's population that programs located there reach (IRIS+ PI4060 over
 * PI6686).
 *
 * @remarks
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
 * The value is numerator / population when both are known exactly. When the numerator is known
 * only within bounds (published as bounds, possible double counting, programs partly outside
 * the area) `value` is `null` with reason `BOUNDED` and `bounds` holds min / population and max
 * / population (no `max` when a count has no upper bound). Beneficiaries may live outside the
 * area, so the share is not capped at 1.
 *
 * @param programs - The social programs.
 * @param gazetteer - The gazetteer holding the location and the hierarchy below it.
 * @param locationId - The area: a district, an economic region, a town, …
 * @returns An indicator result (unit `ratio`): `ratio` and `value` when exact; `null` with
 * reason `MISSING_DATA` when the location has no population, `ZERO_DENOMINATOR` when it is 0,
 * `BOUNDED` (with `bounds`) when only bounds are known. The breakdown has one row per program
 * counted, with its count (or bounds) and whether it lies wholly in the area.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the location is not in the gazetteer, the
 * gazetteer is not one, or a program does not match {@link SocialProgramSchema}.
 *
 * @example
 * ```ts
 * import { azGazetteer } from 'mining-impact/data/az';
 *
 * // Göygöl has 65,252 residents (2021-12-31); one program there reaches 6,525 people.
 * beneficiaryCoverage([{ ...program, locations: [{ locationId: 'AZ-GYG' }], beneficiaries: { count: 6525, unit: 'person', estimated: false } }], azGazetteer, 'AZ-GYG').value;
 * //=> 0.09999693495984797
 * ```
 *
 * @category Indicators
 */
export function beneficiaryCoverage(
  programs: Iterable<Readonly<SocialProgram>>,
  gazetteer: Gazetteer,
  locationId: string,
): IndicatorResult {
  checkGazetteer(gazetteer);
  const location = typeof locationId === 'string' ? gazetteer.byId.get(locationId) : undefined;
  if (location === undefined) {
    throw new ImpactError(
      'INVALID_ARGUMENT',
      `location ${JSON.stringify(String(locationId).slice(0, 128))} is not in the gazetteer`,
    );
  }
  const area = new Set([location.id]);
  const whole: Readonly<SocialProgram>[] = [];
  const partial: Readonly<SocialProgram>[] = [];
  let otherUnits = 0;
  for (const program of checkedPrograms(programs)) {
    const inside = program.locations.filter((l) => isInOrUnder(gazetteer, l.locationId, area));
    if (inside.length === 0) continue;
    if (program.beneficiaries?.unit !== 'person') {
      if (program.beneficiaries !== undefined) otherUnits += 1;
      continue;
    }
    (inside.length === program.locations.length ? whole : partial).push(program);
  }

  const counted = programBeneficiaries(whole);
  let min = counted.bounds.min;
  let max: number | null = counted.bounds.max ?? null;
  for (const program of partial) {
    const interval = countInterval((program.beneficiaries as Beneficiaries).count);
    max = max === null || interval.max === null ? null : max + interval.max;
  }
  const exact = max !== null && min === max;
  if (exact) min = max as number;

  const population = location.population;
  const denominator = population?.count ?? null;
  const notes: string[] = [];
  if (population === undefined) {
    notes.push(`The population of ${location.name} (${location.id}) is not known.`);
  } else {
    notes.push(
      `Population of ${location.name}: ${population.count} on ${population.asOf} (source ${population.sourceId}).`,
    );
  }
  notes.push(...counted.result.notes);
  if (partial.length > 0) {
    notes.push(
      `Programs also located outside ${location.name} add between 0 and their count: ${partial
        .map((p) => p.id)
        .sort()
        .join(', ')}.`,
    );
  }
  if (otherUnits > 0) {
    notes.push(
      `${otherUnits} program(s) count households or organizations, not persons, and are left out.`,
    );
  }
  notes.push('Beneficiaries may live outside the area, so the share is not capped at 1.');

  const breakdown: BreakdownRow[] = [...whole, ...partial]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((program) => {
      const { min: low, max: high } = countInterval((program.beneficiaries as Beneficiaries).count);
      const inside = whole.includes(program);
      const known = inside && high !== null && low === high;
      return {
        dimension: 'program',
        key: program.id,
        label: inside ? 'wholly in the area' : 'partly outside the area',
        value: known ? low : null,
        ...(known ? {} : { reason: 'BOUNDED' as const }),
        bounds: { min: inside ? low : 0, ...(high === null ? {} : { max: high }) },
      };
    });

  const definitions = {
    locationId: location.id,
    unit: 'person',
    population:
      population === undefined
        ? null
        : { count: population.count, asOf: population.asOf, sourceId: population.sourceId },
    deduplication: counted.unique !== null ? 'ids' : 'none',
  };
  const sourceIds = uniqueSourceIds([
    ...[...whole, ...partial].map((p) => p.sourceIds),
    population === undefined ? [] : [population.sourceId],
  ]);

  if (exact) {
    const share = ratio(min, denominator);
    return resultFrom(beneficiaryCoverageEntry, {
      value: share.value,
      ...(share.reason === undefined ? {} : { reason: share.reason }),
      ratio: share,
      breakdown,
      definitions,
      sourceIds,
      notes,
    });
  }
  const reason =
    denominator === null ? 'MISSING_DATA' : denominator === 0 ? 'ZERO_DENOMINATOR' : 'BOUNDED';
  let bounds: Bounds | undefined;
  if (reason === 'BOUNDED') {
    const d = denominator as number;
    bounds = { min: min / d, ...(max === null ? {} : { max: max / d }) };
  }
  return resultFrom(beneficiaryCoverageEntry, {
    value: null,
    reason,
    ...(bounds === undefined ? {} : { bounds }),
    breakdown,
    definitions,
    sourceIds,
    notes,
  });
}
