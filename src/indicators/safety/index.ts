import type { ClosurePlan as ClosurePlanModel } from '../../model/closurePlan.js';
import type {
  GrievanceRecord as GrievanceRecordModel,
  GrievancesByType as GrievancesByTypeModel,
} from '../../model/grievanceRecord.js';
import type {
  AreaUnit as AreaUnitModel,
  LandRecord as LandRecordModel,
} from '../../model/landRecord.js';
import type {
  SafetyRecord as SafetyRecordModel,
  WorkerGroup as WorkerGroupModel,
} from '../../model/safetyRecord.js';
import type {
  ClosureInput as ClosureInputModel,
  ClosureOptions as ClosureOptionsModel,
} from './closurePlanCoverage.js';
import type { GrievanceOptions as GrievanceOptionsModel } from './grievanceResolutionRate.js';
import type { LandOptions as LandOptionsModel } from './internal/areaResult.js';
import type {
  RateBasis as RateBasisModel,
  SafetyRateOptions as SafetyRateOptionsModel,
} from './safetyRateOptions.js';

/**
 * Health and safety, grievances, land and closure: the indicators of GRI 403-9, SASB
 * EM-MM-320a.1, GRI 2-25 and the GRI 14 mining topics 14.8, 14.10, 14.12 and 14.16, with the
 * records they read. Reached from the root entry as the namespace `safety`.
 *
 * @module
 */

export { ClosurePlanSchema } from '../../model/closurePlan.js';
export { GrievanceRecordSchema } from '../../model/grievanceRecord.js';
export { LandRecordSchema } from '../../model/landRecord.js';
export { SafetyRecordSchema } from '../../model/safetyRecord.js';
export { allIncidenceRate } from './allIncidenceRate.js';
export { closurePlanCoverage } from './closurePlanCoverage.js';
export { closureProvision } from './closureProvision.js';
export { fatalityRate } from './fatalityRate.js';
export { grievanceResolutionRate } from './grievanceResolutionRate.js';
export { highConsequenceInjuryRate } from './highConsequenceInjuryRate.js';
export { householdsResettled } from './householdsResettled.js';
export { landCleared } from './landCleared.js';
export { landDisturbed } from './landDisturbed.js';
export { lostTimeInjuryFrequencyRate } from './lostTimeInjuryFrequencyRate.js';
export { nearMissFrequencyRate } from './nearMissFrequencyRate.js';
export { openGrievances } from './openGrievances.js';
export { recordableInjuryRate } from './recordableInjuryRate.js';
export { rehabilitationRatio } from './rehabilitationRatio.js';

/** See the model's `ClosurePlan`. */
export type ClosurePlan = ClosurePlanModel;
/** See the model's `GrievanceRecord`. */
export type GrievanceRecord = GrievanceRecordModel;
/** See the model's `GrievancesByType`. */
export type GrievancesByType = GrievancesByTypeModel;
/** See the model's `AreaUnit`. */
export type AreaUnit = AreaUnitModel;
/** See the model's `LandRecord`. */
export type LandRecord = LandRecordModel;
/** See the model's `SafetyRecord`. */
export type SafetyRecord = SafetyRecordModel;
/** See the model's `WorkerGroup`. */
export type WorkerGroup = WorkerGroupModel;
/** See the model's `ClosureInput`. */
export type ClosureInput = ClosureInputModel;
/** See the model's `ClosureOptions`. */
export type ClosureOptions = ClosureOptionsModel;
/** See the model's `GrievanceOptions`. */
export type GrievanceOptions = GrievanceOptionsModel;
/** See the model's `LandOptions`. */
export type LandOptions = LandOptionsModel;
/** See the model's `RateBasis`. */
export type RateBasis = RateBasisModel;
/** See the model's `SafetyRateOptions`. */
export type SafetyRateOptions = SafetyRateOptionsModel;
