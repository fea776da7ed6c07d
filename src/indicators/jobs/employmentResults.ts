import type { IndicatorCatalogEntry } from '../indicatorCatalogEntry.js';
import type { DefinitionValue, IndicatorResult } from '../indicatorResult.js';
import { resultFrom } from '../resultFrom.js';
import type { EmploymentFigures } from './employmentFigures.js';
import type { EmploymentProjection } from './employmentProjection.js';
import { figureFields } from './figureFields.js';
import { jobsCatalog } from './jobsCatalog.js';

const MEASURES = ['direct', 'indirect', 'induced', 'total', 'local'] as const;

/** Copies a range or bounds as JSON, leaving out absent keys. */
function jsonOf(value: Readonly<Record<string, number | string | undefined>>): DefinitionValue {
  const json: Record<string, DefinitionValue> = {};
  for (const [key, item] of Object.entries(value)) if (item !== undefined) json[key] = item;
  return json;
}

/**
 * Presents a job projection as indicator results: direct, indirect, induced, total and local
 * jobs, for operations and for construction, each by year.
 *
 * @remarks
 * One {@link IndicatorResult} per figure and kind of employment that has at least one year, in
 * the order of {@link jobsCatalog}: operations (unit `jobs`) then construction (unit
 * `jobYears`). The headline of an operations result is the peak year
 * ({@link EmploymentProjection.operationsPeak}); that of a construction result is the sum of the
 * job-years ({@link EmploymentProjection.constructionJobYears}). Each result has one breakdown row
 * per year (key and label: the year). A figure that is a range gives `range`, with `value` the
 * central estimate, or `null` with reason `MISSING_DATA` when there is none; bounds give `value:
 * null`, reason `BOUNDED` and `bounds`; a figure not estimated gives `value: null` with reason
 * `MISSING_DATA`. The notes of the projection (multipliers are assumptions, with their source)
 * are carried on every result.
 *
 * @param employment - The projection from {@link projectEmployment}.
 * @returns Up to ten results; none for a kind of employment with no year in the table.
 *
 * @example
 * ```ts
 * const results = employmentResults(
 *   projectEmployment({
 *     id: 'proj-1',
 *     depositId: 'dep-1',
 *     scenario: { label: 'Illustrative', kind: 'assumed' },
 *     phases: [{ phase: 'operations', startYear: 2030, directJobs: { min: 2000, phrase: 'thousands' } }],
 *     multipliers: { typeI: { low: 1.5, high: 2 }, typeII: { low: 2, high: 3 }, sourceId: 'src-io' },
 *     sourceIds: [],
 *   }),
 * );
 * results.map((r) => r.indicatorId)[3];
 * //=> 'jobs.projectEmployment.operations.total'
 * results[3]?.bounds;
 * //=> { min: 4000 }
 * ```
 *
 * @category Jobs
 */
export function employmentResults(employment: Readonly<EmploymentProjection>): IndicatorResult[] {
  const results: IndicatorResult[] = [];
  const kinds = [
    ['operations', employment.operationsPeak, 'peakYear'],
    ['construction', employment.constructionJobYears, 'sumOfYears'],
  ] as const;
  for (const [kind, headline, aggregate] of kinds) {
    if (headline === null) continue;
    const rows = employment.years.flatMap((y) => {
      const figures: EmploymentFigures | null = y[kind];
      return figures === null ? [] : [{ year: y.year, figures }];
    });
    const definitions: Record<string, DefinitionValue> = {
      projectionId: employment.projectionId,
      depositId: employment.depositId,
      scenario: employment.scenario.label,
      scenarioKind: employment.scenario.kind,
      aggregate,
      throughYear: employment.throughYear,
      totalIncludes: [...employment.totalIncludes],
      multipliers:
        employment.multipliers === null
          ? null
          : {
              typeI: jsonOf(employment.multipliers.typeI),
              ...(employment.multipliers.typeII === undefined
                ? {}
                : { typeII: jsonOf(employment.multipliers.typeII) }),
              sourceId: employment.multipliers.sourceId,
            },
      localHireShare:
        employment.localHireShare === null || typeof employment.localHireShare === 'number'
          ? employment.localHireShare
          : jsonOf(employment.localHireShare),
    };
    const headlineNote =
      kind === 'operations'
        ? 'The headline figure is the peak year of each scenario (low, central, high); the breakdown gives each year.'
        : 'The headline figure is the construction job-years summed over the years listed; the breakdown gives each year.';
    for (const measure of MEASURES) {
      const id = `jobs.projectEmployment.${kind}.${measure}`;
      const entry = jobsCatalog.find((e) => e.id === id) as IndicatorCatalogEntry;
      results.push(
        resultFrom(entry, {
          ...figureFields(headline[measure]),
          breakdown: rows.map(({ year, figures }) => ({
            key: String(year),
            label: String(year),
            ...figureFields(figures[measure]),
          })),
          definitions: { ...definitions },
          sourceIds: [...employment.sourceIds],
          notes: [...employment.notes, headlineNote],
        }),
      );
    }
  }
  return results;
}
