import { type LocationId, LocationSchema } from '../../index.js';

/**
 * The economic regions the Great Return program concerns: Karabakh and East Zangezur.
 *
 * @remarks
 * The First State Program on the Great Return to the liberated territories (Presidential Order
 * of 16 November 2022, source `src-great-return-program` in {@link azSources}) aims at the return
 * of citizens to the Karabakh and Eastern Zangazur economic regions. Not every member of these
 * regions is a liberated territory: Bərdə, Tərtər and Ağcabədi lie in the Karabakh region (see
 * {@link liberatedTerritoryIds}).
 *
 * @example
 * ```ts
 * import { classifyLocality } from 'mining-impact';
 *
 * classifyLocality({ home: 'AZ-KAL', site: 'AZ-KAL' }, { gazetteer: azGazetteer, policy: { kind: 'listedLocations', locationIds: [...greatReturnRegionIds] } });
 * //=> 'local'
 * ```
 *
 * @category Azerbaijan
 */
export const greatReturnRegionIds: readonly LocationId[] = /* @__PURE__ */ (() =>
  Object.freeze(
    ['az-er-karabakh', 'az-er-eastern-zangazur'].map((id) => LocationSchema.shape.id.parse(id)),
  ))();
