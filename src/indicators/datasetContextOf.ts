import type { ImpactDataset } from '../model/impactDataset.js';
import type { IndicatorDefinition } from './contract/defineIndicator.js';
import type { IndicatorContext } from './contract/indicatorContext.js';
import { type IndicatorContextChoices, indicatorContextOf } from './contract/indicatorContextOf.js';
import { indicatorRegistry } from './indicatorRegistry.js';
import { createRecordPass } from './recordPass.js';

/**
 * The context indicators read on a validated dataset held in memory: its scope, and its
 * employee records counted in one pass by every registered indicator's fold.
 *
 * @param data - The validated dataset.
 * @param choices - The report's choices.
 * @param definitions - The definitions whose folds count the records; by default every one.
 * @returns The context.
 * @internal
 */
export function datasetContextOf(
  data: ImpactDataset,
  choices: Readonly<IndicatorContextChoices>,
  definitions: readonly IndicatorDefinition[] = indicatorRegistry,
): IndicatorContext {
  const pass = createRecordPass(indicatorContextOf(data, choices), definitions);
  for (const employee of data.employees ?? []) pass.add(employee);
  return pass.finish();
}
