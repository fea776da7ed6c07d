import type { IndicatorDefinition } from '../contract/defineIndicator.js';
import { economicValueDistributedIndicator } from './economicValueDistributed.js';
import { extractiveEmploymentShareIndicator } from './extractiveEmploymentShare.js';
import { localProcurementShareIndicator } from './localProcurementShare.js';
import { paymentsToGovernmentsIndicator } from './paymentsToGovernments.js';
import { stateParticipationIndicator } from './stateParticipation.js';
import { supplierLocalityDistributionIndicator } from './supplierLocalityDistribution.js';
import { totalInCountryContributionIndicator } from './totalInCountryContribution.js';

/**
 * The economic contribution indicators, in catalog order: one line per indicator.
 *
 * @internal
 */
export const economicIndicators: readonly IndicatorDefinition[] = [
  economicValueDistributedIndicator,
  paymentsToGovernmentsIndicator,
  localProcurementShareIndicator,
  supplierLocalityDistributionIndicator,
  stateParticipationIndicator,
  totalInCountryContributionIndicator,
  extractiveEmploymentShareIndicator,
];
