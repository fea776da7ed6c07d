import * as z from 'zod';
import { lazyShape } from '../../core/lazyShape.js';
import { pure } from '../../core/pure.js';
import { type IndicatorUnit, IndicatorUnitSchema } from './indicatorUnit.js';

/**
 * The families indicators are grouped in; each has its own folder, registry and methodology
 * page.
 *
 * @category Indicators
 */
export type IndicatorFamily =
  | 'workforce'
  | 'community'
  | 'deposits'
  | 'jobs'
  | 'safety'
  | 'economic';

/**
 * The catalog's description of one indicator: what it measures, how, and which standard
 * disclosures it serves.
 *
 * @remarks
 * The catalog drives the documentation, the GRI content index of reports and the `title`,
 * `unit` and `standards` of every {@link IndicatorResult}. `results` says whether the indicator
 * gives one result (`'one'`) or one result per thing (`'many'`, each result with `keys` over
 * `resultKeys`); `dimensions` lists the keys its breakdown rows may carry.
 *
 * @example
 * ```ts
 * const entry: IndicatorCatalogEntry = {
 *   id: 'workforce.contractorShare',
 *   title: 'Contractor share of the workforce',
 *   unit: 'share',
 *   formula: 'contractors / (employees + contractors), active on asOf',
 *   standards: ['SASB EM-MM-000.B'],
 *   family: 'workforce',
 *   functionName: 'contractorShare',
 *   results: 'one',
 *   dimensions: [],
 * };
 * ```
 *
 * @category Indicators
 */
export interface IndicatorCatalogEntry {
  /** The stable id, `<family>.<functionName>`. */
  readonly id: string;
  /** The title shown in reports. */
  readonly title: string;
  /** The unit of the value. */
  readonly unit: IndicatorUnit;
  /** The formula in words, with what is included and excluded. */
  readonly formula: string;
  /** The standard disclosures served, e.g. `'GRI 202-2'`, `'EITI 6.1'`, `'IRIS+ PI4060'`. */
  readonly standards: readonly string[];
  /** The family the indicator belongs to. */
  readonly family: IndicatorFamily;
  /** The exported function that computes it. */
  readonly functionName: string;
  /** One result, or one result per thing (each with `keys`). */
  readonly results: 'one' | 'many';
  /** For `results: 'many'`: the keys that identify each result. */
  readonly resultKeys?: readonly string[] | undefined;
  /** The dimensions the breakdown rows are keyed by; empty when there is no breakdown. */
  readonly dimensions: readonly string[];
}

/**
 * The schema of {@link IndicatorCatalogEntry}.
 *
 * @category Indicators
 */
export const IndicatorCatalogEntrySchema: z.ZodType<IndicatorCatalogEntry> = pure(() =>
  z.strictObject(
    lazyShape({
      id: () => z.string().regex(/^[a-z]+\.[A-Za-z0-9]+$/),
      title: () => z.string().min(1),
      unit: IndicatorUnitSchema,
      formula: () => z.string().min(1),
      standards: () => z.array(z.string().min(1)),
      family: () => z.enum(['workforce', 'community', 'deposits', 'jobs', 'safety', 'economic']),
      functionName: () => z.string().min(1),
      results: () => z.enum(['one', 'many']),
      resultKeys: () => z.array(z.string().min(1)).min(1).optional(),
      dimensions: () => z.array(z.string().min(1)),
    }),
  ),
);
