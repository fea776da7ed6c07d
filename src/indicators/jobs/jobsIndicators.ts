import type { IndicatorDefinition } from '../contract/defineIndicator.js';
import { jobsInTerritoriesIndicator } from './jobsInTerritories.js';
import { projectEmploymentIndicator } from './projectEmployment.js';

/**
 * The jobs indicators, in catalog order: one line per indicator.
 *
 * @internal
 */
export const jobsIndicators: readonly IndicatorDefinition[] = [
  projectEmploymentIndicator,
  jobsInTerritoriesIndicator,
];
