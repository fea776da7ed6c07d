/**
 * mining-impact/data/azergold: the AzerGold CJSC reference dataset, every fact with its source.
 *
 * @packageDocumentation
 * @module mining-impact/data/azergold
 */
export * from './azergoldDataset.js';
export * from './azergoldSources.js';
