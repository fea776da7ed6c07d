/**
 * A dimension a workforce indicator can be broken down by.
 *
 * @remarks
 * `ageBand` (the GRI 401-1 age groups: under 30, 30-50, over 50; for a hire taken on its hire
 * date, for a leaver on its termination date, for a headcount on its day), `gender`, `category`
 * (employee category), `site`, `contract` (permanent or temporary), `workRegion` (the economic
 * region of the employee's work site, GRI 401-1's breakdown "by region" read as where the
 * employee works; it needs the sites and a gazetteer, and a record without a known site
 * location in a region is `notStated`), `originRegion` (the economic region of the person's
 * home, the alternative reading; it needs a gazetteer, and a home the gazetteer does not place
 * in a region is `unknown`), `terminationReason` (turnover only: the reason of each leaver,
 * `notStated` when none is recorded). A breakdown row is keyed by its dimension:
 * `{ gender: 'female' }`, `{ workRegion: 'az-er-ganja-dashkasan' }`.
 *
 * @category Workforce indicators
 */
export type WorkforceDimension =
  | 'ageBand'
  | 'gender'
  | 'category'
  | 'site'
  | 'contract'
  | 'workRegion'
  | 'originRegion'
  | 'terminationReason';
