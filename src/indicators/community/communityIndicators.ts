import type { IndicatorDefinition } from '../contract/defineIndicator.js';
import { beneficiaryCoverageIndicator } from './beneficiaryCoverage.js';
import { categoryCoverageIndicator } from './categoryCoverage.js';
import { communityEngagementCoverageIndicator } from './communityEngagementCoverage.js';
import { communityInvestmentIndicator } from './communityInvestment.js';
import { costPerBeneficiaryIndicator } from './costPerBeneficiary.js';
import { programBeneficiariesIndicator } from './programBeneficiaries.js';
import { resultProgressIndicator } from './resultProgress.js';
import { sdgCoverageIndicator } from './sdgCoverage.js';
import { socialExpenditureDisclosureIndicator } from './socialExpenditureDisclosure.js';
import { sroiIndicator } from './sroi.js';

/**
 * The community indicators, in catalog order: one line per indicator.
 *
 * @internal
 */
export const communityIndicators: readonly IndicatorDefinition[] = [
  communityInvestmentIndicator,
  socialExpenditureDisclosureIndicator,
  programBeneficiariesIndicator,
  costPerBeneficiaryIndicator,
  beneficiaryCoverageIndicator,
  categoryCoverageIndicator,
  sdgCoverageIndicator,
  communityEngagementCoverageIndicator,
  resultProgressIndicator,
  sroiIndicator,
];
