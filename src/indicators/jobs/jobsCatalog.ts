import { pure } from '../../core/pure.js';
import type { IndicatorCatalogEntry } from '../indicatorCatalogEntry.js';

/**
 * The catalog entries of the jobs family: the figures of {@link projectEmployment}, presented by
 * {@link employmentResults}.
 *
 * @remarks
 * Ten entries: direct, indirect, induced, total and local jobs, for permanent operations jobs
 * (`jobs.projectEmployment.operations.*`, unit `jobs`, headline = the peak year) and for
 * construction (`jobs.projectEmployment.construction.*`, unit `jobYears`, headline = the sum over
 * the construction years). Direct jobs map to IRIS+ PI3687 (jobs created); indirect, induced,
 * total and local jobs to GRI 203-2 (significant indirect economic impacts).
 *
 * @example
 * ```ts
 * jobsCatalog.map((entry) => entry.id).includes('jobs.projectEmployment.operations.total');
 * //=> true
 * ```
 *
 * @category Jobs
 */
export const jobsCatalog: readonly IndicatorCatalogEntry[] = pure(() =>
  Object.freeze(
    (
      [
        {
          id: 'jobs.projectEmployment.operations.direct',
          title: 'Projected direct permanent jobs in operations',
          unit: 'jobs',
          formula:
            'Direct jobs of the operations phases active in each year, as projected (exact or bounds); headline: the peak year.',
          standards: ['IRIS+ PI3687'],
          family: 'jobs',
          functionName: 'projectEmployment',
        },
        {
          id: 'jobs.projectEmployment.operations.indirect',
          title: 'Projected indirect jobs supported by operations',
          unit: 'jobs',
          formula:
            '(Type I multiplier − 1) × direct operations jobs, low/central/high from the multiplier range; headline: the peak year.',
          standards: ['GRI 203-2'],
          family: 'jobs',
          functionName: 'projectEmployment',
        },
        {
          id: 'jobs.projectEmployment.operations.induced',
          title: 'Projected induced jobs supported by operations',
          unit: 'jobs',
          formula:
            '(Type II multiplier − Type I multiplier) × direct operations jobs, low/central/high from the multiplier ranges; headline: the peak year.',
          standards: ['GRI 203-2'],
          family: 'jobs',
          functionName: 'projectEmployment',
        },
        {
          id: 'jobs.projectEmployment.operations.total',
          title: 'Projected total jobs supported by operations',
          unit: 'jobs',
          formula:
            'Direct + indirect + induced operations jobs (= Type II × direct; only the estimated parts when a multiplier is missing); headline: the peak year.',
          standards: ['GRI 203-2'],
          family: 'jobs',
          functionName: 'projectEmployment',
        },
        {
          id: 'jobs.projectEmployment.operations.local',
          title: 'Projected local jobs supported by operations',
          unit: 'jobs',
          formula: 'Total operations jobs × local-hire share; headline: the peak year.',
          standards: ['GRI 203-2'],
          family: 'jobs',
          functionName: 'projectEmployment',
        },
        {
          id: 'jobs.projectEmployment.construction.direct',
          title: 'Projected direct construction job-years',
          unit: 'jobYears',
          formula:
            'Direct jobs of the construction phases active in each year, in job-years (exact or bounds); headline: the sum over the construction years.',
          standards: ['IRIS+ PI3687'],
          family: 'jobs',
          functionName: 'projectEmployment',
        },
        {
          id: 'jobs.projectEmployment.construction.indirect',
          title: 'Projected indirect job-years supported by construction',
          unit: 'jobYears',
          formula:
            '(Type I multiplier − 1) × direct construction job-years, low/central/high from the multiplier range; headline: the sum over the construction years.',
          standards: ['GRI 203-2'],
          family: 'jobs',
          functionName: 'projectEmployment',
        },
        {
          id: 'jobs.projectEmployment.construction.induced',
          title: 'Projected induced job-years supported by construction',
          unit: 'jobYears',
          formula:
            '(Type II multiplier − Type I multiplier) × direct construction job-years; headline: the sum over the construction years.',
          standards: ['GRI 203-2'],
          family: 'jobs',
          functionName: 'projectEmployment',
        },
        {
          id: 'jobs.projectEmployment.construction.total',
          title: 'Projected total job-years supported by construction',
          unit: 'jobYears',
          formula:
            'Direct + indirect + induced construction job-years (= Type II × direct; only the estimated parts when a multiplier is missing); headline: the sum over the construction years.',
          standards: ['GRI 203-2'],
          family: 'jobs',
          functionName: 'projectEmployment',
        },
        {
          id: 'jobs.projectEmployment.construction.local',
          title: 'Projected local job-years supported by construction',
          unit: 'jobYears',
          formula:
            'Total construction job-years × local-hire share; headline: the sum over the construction years.',
          standards: ['GRI 203-2'],
          family: 'jobs',
          functionName: 'projectEmployment',
        },
      ] satisfies IndicatorCatalogEntry[]
    ).map((entry) => Object.freeze(entry)),
  ),
);
