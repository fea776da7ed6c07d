import type { IndicatorDefinition } from '../contract/defineIndicator.js';
import { contractorShareIndicator } from './contractorShare.js';
import { diversityCompositionIndicator } from './diversityComposition.js';
import { employeeBreakdownIndicator } from './employeeBreakdown.js';
import { governanceDiversityIndicator } from './governanceDiversity.js';
import { hostCountryNationalShareIndicator } from './hostCountryNationalShare.js';
import { localEmploymentShareIndicator } from './localEmploymentShare.js';
import { netEmploymentChangeIndicator } from './netEmploymentChange.js';
import { newHireRateIndicator } from './newHireRate.js';
import { nonEmployeeWorkersIndicator } from './nonEmployeeWorkers.js';
import { originConcentrationIndicator } from './originConcentration.js';
import { regionalOriginShareIndicator } from './regionalOriginShare.js';
import { remoteVillageShareIndicator } from './remoteVillageShare.js';
import { seniorManagementLocalShareIndicator } from './seniorManagementLocalShare.js';
import { turnoverRateIndicator } from './turnoverRate.js';
import { workforceOriginDistributionIndicator } from './workforceOriginDistribution.js';

/**
 * The workforce indicators, in catalog order: one line per indicator.
 *
 * @internal
 */
export const workforceIndicators: readonly IndicatorDefinition[] = [
  employeeBreakdownIndicator,
  nonEmployeeWorkersIndicator,
  newHireRateIndicator,
  turnoverRateIndicator,
  netEmploymentChangeIndicator,
  diversityCompositionIndicator,
  governanceDiversityIndicator,
  localEmploymentShareIndicator,
  regionalOriginShareIndicator,
  remoteVillageShareIndicator,
  workforceOriginDistributionIndicator,
  originConcentrationIndicator,
  seniorManagementLocalShareIndicator,
  contractorShareIndicator,
  hostCountryNationalShareIndicator,
];
