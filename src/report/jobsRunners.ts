import { pure } from '../core/pure.js';
import { employmentResults } from '../indicators/jobs/employmentResults.js';
import { jobsCatalog } from '../indicators/jobs/jobsCatalog.js';
import { projectEmployment } from '../indicators/jobs/projectEmployment.js';
import type { IndicatorRunner } from './reportContext.js';

/**
 * The jobs indicators of a report: every projection through {@link projectEmployment}, presented
 * by {@link employmentResults}.
 *
 * @internal
 */
export const jobsRunners: readonly IndicatorRunner[] = pure((): readonly IndicatorRunner[] => [
  {
    ids: jobsCatalog.map((entry) => entry.id),
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
]);
