import { createGazetteer, type Gazetteer } from '../../index.js';
import { azLocations } from './azLocations.js';

/**
 * The gazetteer of Azerbaijan: {@link azLocations} indexed for lookups.
 *
 * @remarks
 * Use it with {@link index!resolvePlace}, {@link index!districtOf}, {@link index!economicRegionOf},
 * {@link index!capitalOf} and {@link index!classifyLocality}; add a dataset's own villages with
 * {@link index!extendGazetteer}, which leaves this gazetteer unchanged.
 *
 * @example
 * ```ts
 * import { economicRegionOf, resolvePlace } from 'mining-impact';
 * import { azGazetteer } from 'mining-impact/data/az';
 *
 * const [dashkasan] = resolvePlace(azGazetteer, 'Dashkesen');
 * economicRegionOf(azGazetteer, dashkasan.location.id)?.names?.[1]?.value;
 * //=> 'Ganja-Dashkasan'
 * ```
 *
 * @category Azerbaijan
 */
export const azGazetteer: Gazetteer = /* @__PURE__ */ (() => createGazetteer(azLocations))();
