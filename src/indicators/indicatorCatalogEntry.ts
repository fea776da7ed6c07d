import { z } from 'zod';
import { pure } from '../core/pure.js';
import { IndicatorUnitSchema } from './indicatorResult.js';

/**
 * The families indicators are grouped in.
 *
 * @example
 * ```ts
 * IndicatorFamilySchema.parse('workforce');
 * //=> 'workforce'
 * ```
 *
 * @category Indicators
 */
export const IndicatorFamilySchema = pure(() =>
  z.enum(['workforce', 'community', 'deposits', 'jobs']),
);

/**
 * An indicator family (see {@link IndicatorFamilySchema}).
 *
 * @example
 * ```ts
 * const family: IndicatorFamily = 'community';
 * ```
 *
 * @category Indicators
 */
export type IndicatorFamily = z.infer<typeof IndicatorFamilySchema>;

/**
 * The catalog's description of one indicator: what it measures, how, and which standard
 * disclosures it serves.
 *
 * @remarks
 * The catalog drives the documentation, the GRI content index of reports and the `title`,
 * `unit` and `standards` of every {@link IndicatorResult}.
 *
 * @example
 * ```ts
 * IndicatorCatalogEntrySchema.parse({
 *   id: 'workforce.contractorShare',
 *   title: 'Contractor share of the workforce',
 *   unit: 'ratio',
 *   formula: 'contractors / (employees + contractors), active on asOf',
 *   standards: ['SASB EM-MM-000.B', 'GRI 2-8'],
 *   family: 'workforce',
 *   functionName: 'contractorShare',
 * }).unit;
 * //=> 'ratio'
 * ```
 *
 * @category Indicators
 */
export const IndicatorCatalogEntrySchema = pure(() =>
  z.strictObject({
    /** The stable id, `<family>.<functionName>` or a variant of it. */
    id: z.string().regex(/^[a-z]+\.[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*$/),
    /** The title shown in reports. */
    title: z.string().min(1),
    /** The unit of the value. */
    unit: IndicatorUnitSchema,
    /** The formula in words, with what is included and excluded. */
    formula: z.string().min(1),
    /** The standard disclosures served, e.g. `'GRI 202-2'`, `'EITI 6.1'`, `'IRIS+ PI4060'`. */
    standards: z.array(z.string().min(1)),
    /** The family the indicator belongs to. */
    family: IndicatorFamilySchema,
    /** The exported function that computes it. */
    functionName: z.string().min(1),
  }),
);

/**
 * A catalog entry (see {@link IndicatorCatalogEntrySchema}).
 *
 * @example
 * ```ts
 * declare const entry: IndicatorCatalogEntry;
 * entry.standards;
 * ```
 *
 * @category Indicators
 */
export type IndicatorCatalogEntry = z.infer<typeof IndicatorCatalogEntrySchema>;
