/**
 * Reference data for Azerbaijan: the gazetteer of economic regions, districts and cities, the
 * Great Return regions and the liberated territories, with their sources.
 *
 * @remarks
 * Import from `mining-impact/data/az`; the data stays out of the main entry point.
 *
 * @packageDocumentation
 */
// Each list is built with `/* @__PURE__ */ pure(…)`: `pure` sits in the chunk this entry shares
// with the main one, and bundlers honour its no-side-effects annotation only inside that file.
export * from './azGazetteer.js';
export * from './azLiberatedTerritories.js';
export * from './azLocations.js';
export * from './azSources.js';
export * from './greatReturnRegionIds.js';
export * from './liberatedTerritory.js';
export * from './liberatedTerritoryIds.js';
