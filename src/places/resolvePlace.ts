import { ImpactError } from '../core/ImpactError.js';
import { ancestors } from './ancestors.js';
import { assertGazetteer } from './assertGazetteer.js';
import type { Gazetteer } from './gazetteer.js';
import { normalizePlaceName } from './normalizePlaceName.js';
import type { PlaceMatch } from './placeMatch.js';

const RANK: Readonly<Record<PlaceMatch['kind'], number>> = { official: 0, alias: 1, normalized: 2 };

/** NFC, trimmed, inner white space collapsed and lower-cased: equality "as written". */
function asWritten(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();
}

/**
 * Resolves a place name, in any common spelling, to the locations it may name, best first.
 *
 * @remarks
 * The query is matched against every name of every location: the official `name` and all
 * `names` (exonyms, transliterations, historic names, variants). A location matches when its
 * name equals the query ignoring case and surrounding space (`official` or `alias`), or when
 * both fold to the same {@link normalizePlaceName} key (`normalized`). Each location is listed
 * once, with its best match. Order: `official` before `alias` before `normalized`; then the more
 * specific location first (more {@link ancestors}: the city of Bakı before the Baku economic
 * region); then the gazetteer's order. An ambiguous name returns every candidate: `'Şəki'`
 * gives the district `AZ-SAK` and the city `AZ-SA`. There is no fuzzy or prefix matching.
 *
 * @param gazetteer - The gazetteer to search.
 * @param query - The place name, e.g. `'Dashkesan'`, `'Xanlar'`, `'Göyçay'`.
 * @returns The matches, best first; `[]` when nothing matches or the query has no letter or
 * digit.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when `query` is not a string or `gazetteer` is
 * not a gazetteer.
 *
 * @example
 * ```ts
 * import { azGazetteer } from 'mining-impact/data/az';
 *
 * resolvePlace(azGazetteer, 'Dashkesen').map((m) => [m.location.id, m.kind]);
 * //=> [['AZ-DAS', 'alias']]
 * resolvePlace(azGazetteer, 'Goygöl').map((m) => [m.location.id, m.matchedName, m.kind]);
 * //=> [['AZ-GYG', 'Göygöl', 'normalized']]
 * resolvePlace(azGazetteer, 'Lənkəran').map((m) => m.location.id);
 * //=> ['AZ-LAN', 'AZ-LA']
 * resolvePlace(azGazetteer, 'Atlantis');
 * //=> []
 * ```
 *
 * @category Places
 */
export function resolvePlace(gazetteer: Gazetteer, query: string): PlaceMatch[] {
  assertGazetteer(gazetteer);
  if (typeof query !== 'string') {
    throw new ImpactError('INVALID_ARGUMENT', `a place name must be a string, got ${typeof query}`);
  }
  const key = normalizePlaceName(query);
  if (key === '') return [];
  const written = asWritten(query);
  const best = new Map<string, PlaceMatch>();
  for (const entry of gazetteer.byNameKey.get(key) ?? []) {
    const kind: PlaceMatch['kind'] =
      asWritten(entry.name) !== written ? 'normalized' : entry.official ? 'official' : 'alias';
    const current = best.get(entry.location.id);
    if (current === undefined || RANK[kind] < RANK[current.kind]) {
      best.set(entry.location.id, { location: entry.location, matchedName: entry.name, kind });
    }
  }
  // Array.prototype.sort is stable: equal rank and depth keep the gazetteer's order.
  return [...best.values()]
    .map((match) => ({ match, depth: ancestors(gazetteer, match.location.id).length }))
    .sort((a, b) => RANK[a.match.kind] - RANK[b.match.kind] || b.depth - a.depth)
    .map(({ match }) => match);
}
