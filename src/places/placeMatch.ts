import type { Location } from '../model/location.js';

/**
 * One location a place name resolves to, with the name it matched and how.
 *
 * @remarks
 * `kind` says how close the match is, best first:
 * - `official`: the query is the location's official name (its `name` or a `names` entry of kind
 *   `official`), ignoring case and surrounding spaces: `'daşkəsən'` for Daşkəsən.
 * - `alias`: the query is one of its other names the same way: an exonym, a transliteration, a
 *   historic name or a variant (`'Dashkasan'`, `'Khanlar'`).
 * - `normalized`: the query only matches after {@link normalizePlaceName} folds the spelling
 *   (`'Dashkesen '`, `'GOYGOL'`, `'Kǝngǝrli'` written with `ǝ`).
 *
 * @example
 * ```ts
 * import { azGazetteer } from 'mining-impact/data/az';
 *
 * const [match] = resolvePlace(azGazetteer, 'Xanlar');
 * match?.location.id;
 * //=> 'AZ-GYG'
 * match?.kind;
 * //=> 'alias'
 * ```
 *
 * @category Places
 */
export interface PlaceMatch {
  /** The location the query resolves to. */
  readonly location: Location;
  /** The name of the location that matched, as the gazetteer records it. */
  readonly matchedName: string;
  /** How the query matched: `official`, `alias` or, after spelling folds, `normalized`. */
  readonly kind: 'official' | 'alias' | 'normalized';
}
