import { createGazetteer, type Gazetteer } from '../../index.js';
import { azLocations } from './azLocations.js';

/**
 * The gazetteer of Azerbaijan: {@link azLocations} indexed for lookups.
 *
 * @remarks
 * Use it with {@link mining-impact!resolvePlace}, {@link mining-impact!districtOf}, {@link mining-impact!economicRegionOf},
 * {@link mining-impact!capitalOf} and {@link mining-impact!classifyLocality}; add a dataset's own villages with
 * {@link mining-impact!extendGazetteer}, which leaves this gazetteer unchanged.
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
