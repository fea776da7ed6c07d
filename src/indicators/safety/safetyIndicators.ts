import type { IndicatorDefinition } from '../contract/defineIndicator.js';
import { allIncidenceRateIndicator } from './allIncidenceRate.js';
import { closurePlanCoverageIndicator } from './closurePlanCoverage.js';
import { closureProvisionIndicator } from './closureProvision.js';
import { fatalityRateIndicator } from './fatalityRate.js';
import { grievanceResolutionRateIndicator } from './grievanceResolutionRate.js';
import { highConsequenceInjuryRateIndicator } from './highConsequenceInjuryRate.js';
import { householdsResettledIndicator } from './householdsResettled.js';
import { landClearedIndicator } from './landCleared.js';
import { landDisturbedIndicator } from './landDisturbed.js';
import { lostTimeInjuryFrequencyRateIndicator } from './lostTimeInjuryFrequencyRate.js';
import { nearMissFrequencyRateIndicator } from './nearMissFrequencyRate.js';
import { openGrievancesIndicator } from './openGrievances.js';
import { recordableInjuryRateIndicator } from './recordableInjuryRate.js';
import { rehabilitationRatioIndicator } from './rehabilitationRatio.js';

/**
 * The health and safety, grievance, land and closure indicators, in catalog order: one line per
 * indicator.
 *
 * @internal
 */
export const safetyIndicators: readonly IndicatorDefinition[] = [
  fatalityRateIndicator,
  highConsequenceInjuryRateIndicator,
  recordableInjuryRateIndicator,
  lostTimeInjuryFrequencyRateIndicator,
  allIncidenceRateIndicator,
  nearMissFrequencyRateIndicator,
  grievanceResolutionRateIndicator,
  openGrievancesIndicator,
  landDisturbedIndicator,
  rehabilitationRatioIndicator,
  landClearedIndicator,
  householdsResettledIndicator,
  closurePlanCoverageIndicator,
  closureProvisionIndicator,
];
