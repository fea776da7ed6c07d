import type { LocationId } from '../../index.js';
import { azLiberatedTerritories } from './azLiberatedTerritories.js';

/**
 * The ids of the districts and cities of Azerbaijan liberated in 2020-2023.
 *
 * @remarks
 * The `locationId`s of {@link azLiberatedTerritories}, where each entry cites its sources and the
 * remarks say which units of the Karabakh region are left out and why (Bərdə, Tərtər and
 * Ağcabədi are not listed). Use it as a `listedLocations` locality policy, or to tell the
 * liberated territories apart from the rest of the {@link greatReturnRegionIds}.
 *
 * @example
 * ```ts
 * liberatedTerritoryIds.includes('AZ-KAL');
 * //=> true
 * liberatedTerritoryIds.includes('AZ-BAR');
 * //=> false
 * ```
 *
 * @category Azerbaijan
 */
export const liberatedTerritoryIds: readonly LocationId[] = /* @__PURE__ */ (() =>
  Object.freeze(azLiberatedTerritories.map((entry) => entry.locationId)))();
