import type { IndicatorDefinition } from '../contract/defineIndicator.js';
import { economicValueDistributedIndicator } from './economicValueDistributed.js';
import { paymentsToGovernmentsIndicator } from './paymentsToGovernments.js';

/**
 * The economic contribution indicators, in catalog order: one line per indicator.
 *
 * @internal
 */
export const economicIndicators: readonly IndicatorDefinition[] = [
  economicValueDistributedIndicator,
  paymentsToGovernmentsIndicator,
];
