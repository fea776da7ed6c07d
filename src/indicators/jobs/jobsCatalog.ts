import { pure } from '../../core/pure.js';
import type { IndicatorCatalogEntry } from '../indicatorCatalogEntry.js';

/**
 * The catalog entries of the jobs family: the figures of {@link projectEmployment}, presented by
 * {@link employmentResults}, and of {@link jobsInTerritories}.
 *
 * @remarks
 * Fifteen entries: direct, indirect, induced, total and local jobs, for permanent operations
 * jobs (`jobs.projectEmployment.operations.*`, unit `jobs`, headline = the peak year), for
 * construction (`jobs.projectEmployment.construction.*`, unit `jobYears`, headline = the sum over
 * the construction years) and for the permanent operations jobs of the deposits in a set of
 * territories ({@link jobsInTerritories}: `jobs.jobsInTerritories.*`, unit `jobs`, headline = the
 * peak year). Direct jobs map to IRIS+ PI3687 (jobs created); indirect, induced,
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
        {
          id: 'jobs.jobsInTerritories.direct',
          title: 'Projected direct permanent jobs in the territories',
          unit: 'jobs',
          formula:
            'Σ over the projections of deposits located in the territories of their direct operations jobs, by district and year (low with low, high with high); headline: the peak year of the territories together.',
          standards: ['IRIS+ PI3687'],
          family: 'jobs',
          functionName: 'jobsInTerritories',
        },
        {
          id: 'jobs.jobsInTerritories.indirect',
          title: 'Projected indirect jobs supported by operations in the territories',
          unit: 'jobs',
          formula:
            'Σ of the projections’ indirect operations jobs ((Type I − 1) × direct), by district and year; headline: the peak year.',
          standards: ['GRI 203-2'],
          family: 'jobs',
          functionName: 'jobsInTerritories',
        },
        {
          id: 'jobs.jobsInTerritories.induced',
          title: 'Projected induced jobs supported by operations in the territories',
          unit: 'jobs',
          formula:
            'Σ of the projections’ induced operations jobs ((Type II − Type I) × direct), by district and year; headline: the peak year.',
          standards: ['GRI 203-2'],
          family: 'jobs',
          functionName: 'jobsInTerritories',
        },
        {
          id: 'jobs.jobsInTerritories.total',
          title: 'Projected total jobs supported by operations in the territories',
          unit: 'jobs',
          formula:
            'Σ of the projections’ total operations jobs over the components every projection estimates (totalIncludes), by district and year; headline: the peak year.',
          standards: ['GRI 203-2'],
          family: 'jobs',
          functionName: 'jobsInTerritories',
        },
        {
          id: 'jobs.jobsInTerritories.local',
          title: 'Projected local jobs supported by operations in the territories',
          unit: 'jobs',
          formula:
            'Σ of the projections’ local operations jobs (total × local-hire share), by district and year; headline: the peak year.',
          standards: ['GRI 203-2'],
          family: 'jobs',
          functionName: 'jobsInTerritories',
        },
      ] satisfies IndicatorCatalogEntry[]
    ).map((entry) => Object.freeze(entry)),
  ),
);
