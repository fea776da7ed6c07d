export * from './containedMetal.js';
export * from './depositPipeline.js';
export { depositsCatalog } from './depositsCatalog.js';
export * from './productionSummary.js';
export * from './resourceReserveStatement.js';
