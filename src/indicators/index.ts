export * from './deposits/index.js';
export * from './indicatorCatalog.js';
export * from './indicatorCatalogEntry.js';
export * from './indicatorResult.js';
export * from './jobs/index.js';
