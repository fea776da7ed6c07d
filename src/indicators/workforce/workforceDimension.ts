/**
 * A dimension a workforce indicator can be broken down by.
 *
 * @remarks
 * `ageBand` (GRI bands at the reference day), `gender`, `category` (employee category),
 * `site`, `contract` (permanent or temporary), `originRegion` (the economic region of the
 * person's home, GRI 401-1's breakdown "by region"; it needs a gazetteer, and a home the
 * gazetteer does not place in a region is `unknown`). A breakdown row is keyed by its
 * dimension: `{ gender: 'female' }`, `{ originRegion: 'az-er-baku' }`.
 *
 * @category Workforce indicators
 */
export type WorkforceDimension =
  | 'ageBand'
  | 'gender'
  | 'category'
  | 'site'
  | 'contract'
  | 'originRegion';
