import { pure } from '../../core/pure.js';
import { createGazetteer } from '../../places/createGazetteer.js';
import type { Gazetteer } from '../../places/gazetteer.js';
import { azLocations } from './azLocations.js';

/**
 * The gazetteer of Azerbaijan: {@link azLocations} indexed for lookups.
 *
 * @remarks
 * Use it with {@link resolvePlace}, {@link districtOf}, {@link economicRegionOf},
 * {@link capitalOf} and {@link classifyLocality}; add a dataset's own villages with
 * {@link extendGazetteer}, which leaves this gazetteer unchanged.
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
export const azGazetteer: Gazetteer = pure(() => createGazetteer(azLocations));
