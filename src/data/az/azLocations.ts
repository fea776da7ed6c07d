import { type Location, LocationSchema } from '../../index.js';
import { azLocationRecords } from './azLocationRecords.js';
import { deepFreeze } from './deepFreeze.js';

/**
 * The locations of Azerbaijan: the country, the 14 economic regions of Decree No. 1386 of
 * 7 July 2021, and their 78 member districts and cities.
 *
 * @remarks
 * - The country `AZ` (Azərbaycan) records Bakı (`AZ-BA`) as its capital in `capitalId`.
 * - The 14 economic regions have the ids `az-er-<code>`: `az-er-baku`, `az-er-nakhchivan`,
 *   `az-er-absheron-khizi`, `az-er-daghlig-shirvan`, `az-er-ganja-dashkasan`, `az-er-karabakh`,
 *   `az-er-gazakh-tovuz`, `az-er-guba-khachmaz`, `az-er-lankaran-astara`, `az-er-central-aran`,
 *   `az-er-mil-mughan`, `az-er-shaki-zagatala`, `az-er-eastern-zangazur` and
 *   `az-er-shirvan-salyan`; `validFrom` is the day of the decree.
 * - Districts (rayons) and first-level cities have their ISO 3166-2 code as id (`AZ-DAS`): the
 *   77 codes of ISO 3166-2:AZ other than `AZ-NX` (the Nakhchivan Autonomous Republic, whose
 *   territory is the Nakhchivan economic region). Lənkəran, Şəki and Yevlax appear twice, as a
 *   city (`AZ-LA`, `AZ-SA`, `AZ-YE`) and as a district (`AZ-LAN`, `AZ-SAK`, `AZ-YEV`), as in
 *   ISO 3166-2. `AZ-GOY` is Göyçay; Göygöl is `AZ-GYG`.
 * - Ağdərə, re-created by Law No. 1043-VIQ of 5 December 2023 and placed in the Karabakh region,
 *   has no ISO code: its id is `az-district-aghdara`.
 * - `name` is the official Azerbaijani name; `names` holds the English form (`exonym`),
 *   spelling variants (`transliteration`), former names (`historic`: Dəstəfur, Xanlar, Əli
 *   Bayramlı), Armenian-usage names (`exonym`, `hy-Latn`: Stepanakert, Shushi, Mardakert) and
 *   the ISO spelling Kǝngǝrli (`variant`).
 * - There are no points (coordinates): the sources give none, so a `withinKm` locality policy
 *   needs the dataset's own locations with points.
 *
 * Every location cites its sources in `sourceIds` (see {@link azSources}). The list and its
 * objects are frozen.
 *
 * @example
 * ```ts
 * azLocations.filter((location) => location.kind === 'economicRegion').length;
 * //=> 14
 * azLocations.find((location) => location.id === 'AZ-GYG')?.names?.map((name) => name.value);
 * //=> ['Goygol', 'Khanlar', 'Xanlar']
 * ```
 *
 * @category Azerbaijan
 */
export const azLocations: readonly Location[] = /* @__PURE__ */ (() =>
  deepFreeze(azLocationRecords.map((record) => LocationSchema.parse(record))))();
