import { pure } from '../core/pure.js';
import { communityIndicators } from './community/communityIndicators.js';
import type { IndicatorDefinition } from './contract/defineIndicator.js';
import { depositsIndicators } from './deposits/depositsIndicators.js';
import { economicIndicators } from './economic/economicIndicators.js';
import { jobsIndicators } from './jobs/jobsIndicators.js';
import { safetyIndicators } from './safety/safetyIndicators.js';
import { workforceIndicators } from './workforce/workforceIndicators.js';

/**
 * Every indicator definition of the library, family by family, in catalog order.
 *
 * @remarks
 * The catalog, the report, the invariant tests and the generated indicator table of the docs
 * read this list: adding an indicator is adding one line to its family's registry.
 *
 * @internal
 */
export const indicatorRegistry: readonly IndicatorDefinition[] = pure(() =>
  Object.freeze([
    ...workforceIndicators,
    ...communityIndicators,
    ...depositsIndicators,
    ...jobsIndicators,
    ...safetyIndicators,
    ...economicIndicators,
  ]),
);
