export * from './employmentFigures.js';
export * from './employmentProjection.js';
export * from './employmentResults.js';
export * from './jobsCatalog.js';
export * from './jobsFigure.js';
export * from './jobsInTerritories.js';
export * from './projectEmployment.js';
