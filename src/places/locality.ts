/**
 * Whether a person counts as local to a site under a {@link LocalityPolicy}.
 *
 * @remarks
 * `local` and `nonLocal` are answers; `unknown` means the data cannot answer: an id the
 * gazetteer does not hold, a location too coarse for the policy (a home recorded only as a
 * region under `sameDistrict`), or a missing point under `withinKm`. An indicator counts
 * `unknown` apart and never folds it into `nonLocal`.
 *
 * @example
 * ```ts
 * const answer: Locality = 'unknown';
 * ```
 *
 * @category Places
 */
export type Locality = 'local' | 'nonLocal' | 'unknown';
