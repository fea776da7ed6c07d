/**
 * Reference data for Azerbaijan: the gazetteer of economic regions, districts and cities, the
 * Great Return regions and the liberated territories, with their sources.
 *
 * @remarks
 * Import from `mining-impact/data/az`; the data stays out of the main entry point.
 *
 * @packageDocumentation
 * @module mining-impact/data/az
 */
// Each list is built by an immediately invoked function marked `/* @__PURE__ */`, so bundlers drop
// the lists an application does not import. Data modules import the library only through its
// public entry (see tsup.config.ts).
export * from './azGazetteer.js';
export * from './azLiberatedTerritories.js';
export * from './azLocations.js';
export * from './azSources.js';
export * from './greatReturnRegionIds.js';
export * from './liberatedTerritory.js';
export * from './liberatedTerritoryIds.js';
