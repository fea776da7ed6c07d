import type { LocationId, SourceId } from '../../index.js';

/**
 * A district or city of Azerbaijan liberated in 2020-2023, with the sources that say so.
 *
 * @example
 * ```ts
 * const entry: LiberatedTerritory = azLiberatedTerritories[0];
 * ```
 *
 * @category Azerbaijan
 */
export interface LiberatedTerritory {
  /** The district or city, a location of {@link azLocations}. */
  readonly locationId: LocationId;
  /** The year or years in which its territory was liberated. */
  readonly years: readonly (2020 | 2023)[];
  /** The sources in {@link azSources}. */
  readonly sourceIds: readonly SourceId[];
  /** What the sources state. */
  readonly note: string;
}
