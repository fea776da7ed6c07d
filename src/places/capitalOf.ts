import { pure } from '../core/pure.js';
import type { Location } from '../model/location.js';
import { assertGazetteer } from './assertGazetteer.js';
import { countryOf } from './countryOf.js';
import type { Gazetteer } from './gazetteer.js';

const capitals = pure(() => new WeakMap<Gazetteer, Location | null>());

/**
 * Finds the capital a gazetteer's country records, or the capital of the country a location lies
 * in.
 *
 * @remarks
 * Without `locationId`: the location named by `capitalId` of the first location of kind
 * `country` (in the gazetteer's order) whose `capitalId` the gazetteer holds; computed once per
 * gazetteer. A gazetteer built from `azLocations`, or extended from `azGazetteer`, knows Bakı
 * (`AZ-BA`). With `locationId`: the capital of that location's own country (the location itself
 * when it is a country, else its nearest `country` ancestor), never another country's: in a
 * gazetteer holding Azerbaijan and Kyrgyzstan, a Kyrgyz village gives the capital Kyrgyzstan
 * records, or `undefined` when it records none.
 *
 * @param gazetteer - The gazetteer to search.
 * @param locationId - Optionally, a location whose own country's capital is wanted.
 * @returns The capital, or `undefined` when no country of the gazetteer records one it holds
 * (with `locationId`: when the location is unknown, lies in no country, or its country records
 * no capital the gazetteer holds).
 *
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when `gazetteer` is not a gazetteer.
 *
 * @example
 * ```ts
 * import { azGazetteer } from 'mining-impact/data/az';
 *
 * capitalOf(azGazetteer)?.name;
 * //=> 'Bakı'
 * capitalOf(azGazetteer, 'AZ-DAS')?.id;
 * //=> 'AZ-BA'
 * ```
 *
 * @category Places
 */
export function capitalOf(gazetteer: Gazetteer, locationId?: string): Location | undefined {
  assertGazetteer(gazetteer);
  if (locationId !== undefined) {
    const capitalId = countryOf(gazetteer, locationId)?.capitalId;
    return capitalId === undefined ? undefined : gazetteer.byId.get(capitalId);
  }
  const cached = capitals.get(gazetteer);
  if (cached !== undefined) return cached ?? undefined;
  let capital: Location | null = null;
  for (const location of gazetteer.byId.values()) {
    if (location.kind !== 'country' || location.capitalId === undefined) continue;
    const found = gazetteer.byId.get(location.capitalId);
    if (found !== undefined) {
      capital = found;
      break;
    }
  }
  capitals.set(gazetteer, capital);
  return capital ?? undefined;
}
