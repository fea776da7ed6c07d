import type { IndicatorDefinition } from '../contract/defineIndicator.js';
import { depositPipelineIndicator } from './depositPipeline.js';
import { productionSummaryIndicator } from './productionSummary.js';
import { resourceReserveStatementIndicator } from './resourceReserveStatement.js';

/**
 * The deposits indicators, in catalog order: one line per indicator.
 *
 * @internal
 */
export const depositsIndicators: readonly IndicatorDefinition[] = [
  resourceReserveStatementIndicator,
  productionSummaryIndicator,
  depositPipelineIndicator,
];
