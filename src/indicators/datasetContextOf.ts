import type { ImpactDataset } from '../model/impactDataset.js';
import type { IndicatorDefinition } from './contract/defineIndicator.js';
import type { IndicatorContext, IndicatorScope } from './contract/indicatorContext.js';
import { type IndicatorContextChoices, indicatorContextOf } from './contract/indicatorContextOf.js';
import type { RecordFold } from './contract/recordFold.js';
import { indicatorRegistry } from './indicatorRegistry.js';
import { createRecordPass, type RecordPass } from './recordPass.js';

/**
 * The pass over the employee records of a validated dataset held in memory, its own records
 * already added: a report adds those of a streamed file next, then finishes it.
 *
 * @param data - The validated dataset.
 * @param choices - The report's choices.
 * @param definitions - The definitions whose folds count the records; by default every one.
 * @param extras - The report's own folds, by name.
 * @returns The pass, open for more records.
 * @internal
 */
export function datasetRecordPass(
  data: ImpactDataset,
  choices: Readonly<IndicatorContextChoices>,
  definitions: readonly IndicatorDefinition[] = indicatorRegistry,
  extras: Readonly<Record<string, (scope: IndicatorScope) => RecordFold<unknown>>> = {},
): RecordPass {
  const pass = createRecordPass(indicatorContextOf(data, choices), definitions, extras);
  for (const employee of data.employees ?? []) pass.add(employee);
  return pass;
}

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
  return datasetRecordPass(data, choices, definitions).finish();
}
