import type { LocalityPolicy } from '../../../model/localityPolicy.js';
import { classifyLocality } from '../../../places/classifyLocality.js';
import type { Gazetteer } from '../../../places/gazetteer.js';
import type { Locality } from '../../../places/locality.js';

/**
 * Builds a {@link classifyLocality} with a cache per site location × home location.
 *
 * @remarks
 * Checks the gazetteer and the policy once, up front. Each distinct pair is classified once; the
 * cache is two nested maps, so a lookup allocates nothing.
 *
 * @param gazetteer - The gazetteer holding homes and sites.
 * @param policy - The definition of local.
 * @returns The cached classifier: `(homeLocationId, siteLocationId) => locality`.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the gazetteer or the policy is not valid.
 * @internal
 */
export function localityLookup(
  gazetteer: Gazetteer,
  policy: LocalityPolicy,
): (homeLocationId: unknown, siteLocationId: string) => Locality {
  // Validates the gazetteer and the policy: an empty id is in no gazetteer, so nothing is looked up.
  classifyLocality({ home: '', site: '' }, { gazetteer, policy: policy });
  const bySite = new Map<string, Map<unknown, Locality>>();
  return (home, site) => {
    let homes = bySite.get(site);
    if (homes === undefined) {
      homes = new Map();
      bySite.set(site, homes);
    }
    let locality = homes.get(home);
    if (locality === undefined) {
      locality = classifyLocality(
        { home: home as string, site: site },
        { gazetteer, policy: policy },
      );
      homes.set(home, locality);
    }
    return locality;
  };
}
