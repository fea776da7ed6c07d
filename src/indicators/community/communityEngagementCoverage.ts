import { assertCalendarDate } from '../../core/assertCalendarDate.js';
import type { CalendarDate } from '../../core/calendarDate.js';
import { ratio } from '../../core/ratio.js';
import {
  type CommunityAssessment,
  CommunityAssessmentSchema,
  type EngagementElement,
  EngagementElementSchema,
} from '../../model/communityAssessment.js';
import { type Site, type SiteKind, SiteSchema } from '../../model/site.js';
import type { BreakdownRow } from '../contract/breakdownRow.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { IndicatorResult } from '../contract/indicatorResult.js';
import { parseEach } from '../internal/parseEach.js';
import { resultFrom } from '../internal/resultFrom.js';
import { uniqueSourceIds } from '../internal/uniqueSourceIds.js';

const entry = {
  id: 'community.communityEngagementCoverage',
  title: 'Operations with local community engagement, impact assessments and development programs',
  unit: 'share',
  formula:
    'Operations with at least one GRI 413-1 element (i)-(viii) implemented on asOf / operations; per element the same ratio',
  standards: ['GRI 413-1', 'GRI 14.10'],
  family: 'community',
  functionName: 'communityEngagementCoverage',
  results: 'one',
  dimensions: ['element'],
} as const satisfies IndicatorCatalogEntry;

/**
 * The input of {@link communityEngagementCoverage}: the company's sites and their GRI 413-1
 * assessments.
 *
 * @category Community indicators
 */
export interface CommunityEngagementInput {
  /** The company's sites. */
  readonly sites: Iterable<Readonly<Site>>;
  /** GRI 413-1 assessments of sites. */
  readonly assessments: Iterable<Readonly<CommunityAssessment>>;
}

/**
 * Options of {@link communityEngagementCoverage}.
 *
 * @category Community indicators
 */
export interface CommunityEngagementCoverageOptions {
  /** The day to assess: each site's latest assessment on or before it counts. */
  readonly asOf: CalendarDate;
  /** Which site kinds are "operations"; default mines, processing plants and exploration camps. */
  readonly operationKinds?: readonly SiteKind[] | undefined;
}

const DEFAULT_OPERATION_KINDS: readonly SiteKind[] = ['mine', 'processingPlant', 'explorationCamp'];

/** Each operation's latest assessment on or before `asOf`, by site id. */
function latestAssessments(
  assessments: readonly Readonly<CommunityAssessment>[],
  operationIds: ReadonlySet<string>,
  asOf: CalendarDate,
): Map<string, Readonly<CommunityAssessment>> {
  const latest = new Map<string, Readonly<CommunityAssessment>>();
  for (const assessment of assessments) {
    if (!operationIds.has(assessment.siteId) || assessment.asOf > asOf) continue;
    const current = latest.get(assessment.siteId);
    if (current === undefined || current.asOf < assessment.asOf)
      latest.set(assessment.siteId, assessment);
  }
  return latest;
}

/** One row per GRI 413-1 element: the operations implementing it / operations. */
function elementRows(
  latest: readonly Readonly<CommunityAssessment>[],
  operations: number,
): BreakdownRow[] {
  const elements: readonly EngagementElement[] = EngagementElementSchema.options;
  return elements.map((element) => {
    const count = latest.filter((a) => a.elements.includes(element)).length;
    const share = ratio(count, operations);
    return {
      keys: { element },
      ...(share.value === null
        ? { value: null, reason: share.reason ?? 'MISSING_DATA' }
        : { value: share.value }),
      count,
      ratio: share,
    };
  });
}

/**
 * GRI 413-1: the share of operations with implemented local community engagement, impact
 * assessments and development programs.
 *
 * @remarks
 * Unit `share`. Operations are the sites of the chosen kinds (by default mines, processing
 * plants and exploration camps: offices are not operations; the reporter decides and the choice
 * is recorded in `definitions`). For each operation the latest assessment dated on or before
 * `asOf` counts; an operation without one counts as not implementing any element (and is named
 * in a note). Value: operations with at least one of the elements (i)-(viii) / operations. Rows
 * keyed `{ element }`, one per element in the order of GRI 413-1: operations implementing it /
 * operations (the operations in `count`).
 *
 * @param input - The company's sites and the GRI 413-1 assessments of sites.
 * @param options - The assessment day and the kinds of site that count as operations.
 * @returns A share in [0, 1], with `ratio`; `null` with `ZERO_DENOMINATOR` when there are no
 * operations.
 * @throws {@link ImpactError} `INVALID_DATE` when `asOf` is not a calendar date;
 * `INVALID_ARGUMENT` when a site or an assessment does not match its schema.
 *
 * @example
 * ```ts
 * // Two mines: one assessed with a grievance process, one not assessed.
 * communityEngagementCoverage({ sites, assessments }, { asOf: '2024-12-31' }).value;
 * //=> 0.5
 * ```
 *
 * @category Community indicators
 */
export function communityEngagementCoverage(
  input: Readonly<CommunityEngagementInput>,
  options: Readonly<CommunityEngagementCoverageOptions>,
): IndicatorResult {
  assertCalendarDate(options.asOf, 'asOf');
  const kinds = options.operationKinds ?? DEFAULT_OPERATION_KINDS;
  const sites = parseEach(SiteSchema, input.sites, 'sites');
  const assessments = parseEach(CommunityAssessmentSchema, input.assessments, 'assessments');
  const operations = sites.filter((site) => kinds.includes(site.kind));
  const latest = latestAssessments(
    assessments,
    new Set<string>(operations.map((site) => site.id)),
    options.asOf,
  );
  const assessed = [...latest.values()];
  const coverage = ratio(assessed.filter((a) => a.elements.length > 0).length, operations.length);
  const unassessed = operations.filter((site) => !latest.has(site.id)).map((site) => site.id);
  return resultFrom(entry, {
    ...(coverage.value === null
      ? { value: null, reason: coverage.reason ?? 'MISSING_DATA' }
      : { value: coverage.value }),
    ratio: coverage,
    breakdown: elementRows(assessed, operations.length),
    definitions: { asOf: options.asOf, operationKinds: [...kinds] },
    sourceIds: uniqueSourceIds(assessed.map((a) => a.sourceIds)),
    notes:
      unassessed.length === 0
        ? []
        : [
            `Operations without an assessment on or before ${options.asOf}: ${unassessed.join(', ')}.`,
          ],
  });
}

/**
 * The definition of {@link communityEngagementCoverage}: on a dataset, its sites and their
 * assessments on the report's date.
 *
 * @internal
 */
export const communityEngagementCoverageIndicator = defineIndicator({
  entry,
  compute: communityEngagementCoverage,
  fromDataset: (context) =>
    context.data.assessments.length === 0
      ? { status: 'dataAbsent', detail: 'The dataset has no GRI 413-1 assessments of its sites.' }
      : [
          communityEngagementCoverage(
            { sites: context.data.sites, assessments: context.data.assessments },
            { asOf: context.asOf },
          ),
        ],
});
