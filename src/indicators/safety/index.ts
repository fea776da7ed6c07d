/**
 * Health and safety, grievances, land and closure: the indicators of GRI 403-9, SASB
 * EM-MM-320a.1, GRI 2-25 and the GRI 14 mining topics 14.8, 14.10, 14.12 and 14.16, with the
 * records they read. Reached from the root entry as the namespace `safety`.
 *
 * @module
 */

export { type ClosurePlan, ClosurePlanSchema } from '../../model/closurePlan.js';
export {
  type GrievanceRecord,
  GrievanceRecordSchema,
  type GrievancesByType,
} from '../../model/grievanceRecord.js';
export { type AreaUnit, type LandRecord, LandRecordSchema } from '../../model/landRecord.js';
export {
  type SafetyRecord,
  SafetyRecordSchema,
  type WorkerGroup,
} from '../../model/safetyRecord.js';
export { allIncidenceRate } from './allIncidenceRate.js';
export {
  type ClosureInput,
  type ClosureOptions,
  closurePlanCoverage,
} from './closurePlanCoverage.js';
export { closureProvision } from './closureProvision.js';
export { fatalityRate } from './fatalityRate.js';
export { type GrievanceOptions, grievanceResolutionRate } from './grievanceResolutionRate.js';
export { highConsequenceInjuryRate } from './highConsequenceInjuryRate.js';
export { householdsResettled } from './householdsResettled.js';
export type { LandOptions } from './internal/areaResult.js';
export { landCleared } from './landCleared.js';
export { landDisturbed } from './landDisturbed.js';
export { lostTimeInjuryFrequencyRate } from './lostTimeInjuryFrequencyRate.js';
export { nearMissFrequencyRate } from './nearMissFrequencyRate.js';
export { openGrievances } from './openGrievances.js';
export { recordableInjuryRate } from './recordableInjuryRate.js';
export { rehabilitationRatio } from './rehabilitationRatio.js';
export type { RateBasis, SafetyRateOptions } from './safetyRateOptions.js';
