export * from './community/index.js';
export * from './deposits/index.js';
export * from './indicatorCatalog.js';
export * from './indicatorCatalogEntry.js';
export * from './indicatorResult.js';
export * from './jobs/index.js';
export * from './workforce/index.js';
