import type { Location } from '../model/location.js';

/**
 * A set of locations indexed for lookups: by id, by ISO 3166-2 code, by parent and by normalized
 * name.
 *
 * @remarks
 * Built by {@link createGazetteer} and {@link extendGazetteer}; never mutated afterwards, so one
 * gazetteer can be shared by every report and indicator. Every id and every ISO 3166-2 code
 * occurs once. The maps keep the order in which the locations were given. `byNameKey` is keyed by
 * {@link normalizePlaceName}: each entry is one name of one location, `official` when it is the
 * location's `name` or one of its `names` of kind `official`. The hierarchy is read through
 * `parentId`; a parent the gazetteer does not hold ends the chain (see {@link ancestors}).
 *
 * @example
 * ```ts
 * import { azGazetteer } from 'mining-impact/data/az';
 *
 * azGazetteer.byId.get('AZ-GYG')?.name;
 * //=> 'Göygöl'
 * azGazetteer.byNameKey.get(normalizePlaceName('GOYGÖL'))?.map((entry) => entry.name);
 * //=> ['Göygöl', 'Goygol']
 * ```
 *
 * @category Places
 */
export interface Gazetteer {
  /** Every location, keyed by its id, in the order given. */
  readonly byId: ReadonlyMap<string, Location>;
  /** The locations that have an ISO 3166-2 code, keyed by the code (`AZ-DAS`). */
  readonly byIsoCode: ReadonlyMap<string, Location>;
  /** The children of each location that has any, keyed by the parent's id, in the order given. */
  readonly childrenOf: ReadonlyMap<string, readonly Location[]>;
  /** Every name of every location, keyed by {@link normalizePlaceName} of the name. */
  readonly byNameKey: ReadonlyMap<
    string,
    readonly {
      /** The location the name belongs to. */
      readonly location: Location;
      /** The name as the location records it. */
      readonly name: string;
      /** Whether the name is the location's `name` or one of its `official` names. */
      readonly official: boolean;
    }[]
  >;
}
