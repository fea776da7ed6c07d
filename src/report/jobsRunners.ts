import { pure } from '../core/pure.js';
import { employmentResults } from '../indicators/jobs/employmentResults.js';
import { jobsCatalog } from '../indicators/jobs/jobsCatalog.js';
import { jobsInTerritories } from '../indicators/jobs/jobsInTerritories.js';
import { projectEmployment } from '../indicators/jobs/projectEmployment.js';
import type { IndicatorRunner } from './reportContext.js';

/**
 * The jobs indicators of a report: every projection through {@link projectEmployment}, presented
 * by {@link employmentResults}, and the permanent jobs projected in the report's territories
 * ({@link jobsInTerritories}) when it names any.
 *
 * @internal
 */
export const jobsRunners: readonly IndicatorRunner[] = pure((): readonly IndicatorRunner[] => [
  {
    ids: jobsCatalog
      .map((entry) => entry.id)
      .filter((id) => id.startsWith('jobs.projectEmployment.')),
    run: (c) =>
      c.data.projections.length === 0
        ? { status: 'dataAbsent', detail: 'The dataset has no job projections.' }
        : {
            results: c.data.projections.flatMap((p) => employmentResults(projectEmployment(p))),
            absent: {
              status: 'notApplicable',
              detail:
                'No projection has a phase of this kind, or none gives the input this figure needs.',
            },
          },
  },
  {
    ids: jobsCatalog
      .map((entry) => entry.id)
      .filter((id) => id.startsWith('jobs.jobsInTerritories.')),
    run: (c) =>
      c.territoryIds === undefined
        ? { status: 'notApplicable', detail: 'The report names no territories.' }
        : c.data.projections.length === 0
          ? { status: 'dataAbsent', detail: 'The dataset has no job projections.' }
          : {
              results: [
                ...jobsInTerritories(
                  c.data.projections,
                  c.data.deposits,
                  c.gazetteer,
                  c.territoryIds,
                ).results,
              ],
            },
  },
]);
