export { communityCatalog } from './communityCatalog.js';
export * from './communityEngagementCoverage.js';
export * from './costPerBeneficiary.js';
export * from './programBeneficiaries.js';
export * from './resultProgress.js';
export * from './sdgCoverage.js';
export * from './socialExpenditureDisclosure.js';
export * from './sroi.js';
