import type { Location } from '../model/location.js';
import { assertGazetteer } from './assertGazetteer.js';
import type { Gazetteer } from './gazetteer.js';

/**
 * Lists the locations that enclose a location, nearest first.
 *
 * @remarks
 * Follows `parentId` from the location upwards: parent, grandparent, … up to the country. The
 * walk stops at a parent the gazetteer does not hold, and at the first location seen twice, so a
 * cyclic parent chain ends instead of looping; the location itself is never listed.
 *
 * @param gazetteer - The gazetteer to walk.
 * @param id - The id of the location.
 * @returns The enclosing locations, nearest first; `[]` for a root or an unknown id.
 *
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when `gazetteer` is not a gazetteer.
 *
 * @example
 * ```ts
 * import { azGazetteer } from 'mining-impact/data/az';
 *
 * ancestors(azGazetteer, 'AZ-DAS').map((location) => location.id);
 * //=> ['az-er-ganja-dashkasan', 'AZ']
 * ```
 *
 * @category Places
 */
export function ancestors(gazetteer: Gazetteer, id: string): Location[] {
  assertGazetteer(gazetteer);
  const start = typeof id === 'string' ? gazetteer.byId.get(id) : undefined;
  if (start === undefined) return [];
  const chain: Location[] = [];
  // Both the keys looked up and the ids found: in a gazetteer built by hand a key may differ
  // from its location's id (an alias), and a walk that remembered only ids never ended when an
  // alias closed a cycle. Every step looks up a key not seen before, so the walk ends.
  const seen = new Set<string>([id, start.id]);
  let parentId = start.parentId;
  while (parentId !== undefined && !seen.has(parentId)) {
    seen.add(parentId);
    const parent = gazetteer.byId.get(parentId);
    if (parent === undefined || (parent.id !== parentId && seen.has(parent.id))) break;
    chain.push(parent);
    seen.add(parent.id);
    parentId = parent.parentId;
  }
  return chain;
}
