/**
 * A dimension a workforce indicator can be broken down by.
 *
 * @remarks
 * `ageBand` (GRI bands at the reference day), `gender`, `category` (employee category),
 * `site`, `contract` (permanent or temporary).
 *
 * @example
 * ```ts
 * const dimension: WorkforceDimension = 'gender';
 * ```
 *
 * @category Indicators
 */
export type WorkforceDimension = 'ageBand' | 'gender' | 'category' | 'site' | 'contract';
