import type { CalendarDate } from '../../core/calendarDate.js';
import { checkCalendarDate } from '../../core/checkCalendarDate.js';
import { ratio } from '../../core/ratio.js';
import {
  type CommunityAssessment,
  type EngagementElement,
  EngagementElementSchema,
} from '../../model/communityAssessment.js';
import type { Site, SiteKind } from '../../model/site.js';
import type { IndicatorResult } from '../indicatorResult.js';
import { resultFrom } from '../resultFrom.js';
import { uniqueSourceIds } from '../uniqueSourceIds.js';
import { communityEngagementCoverageEntry } from './communityCatalog.js';

/**
 * Options of {@link communityEngagementCoverage}.
 *
 * @example
 * ```ts
 * const options: CommunityEngagementCoverageOptions = { asOf: '2024-12-31' };
 * ```
 *
 * @category Indicators
 */
export interface CommunityEngagementCoverageOptions {
  /** The day to assess: each site's latest assessment on or before it counts. */
  readonly asOf: CalendarDate;
  /** Which site kinds are "operations"; default mines, processing plants and exploration camps. */
  readonly operationKinds?: readonly SiteKind[] | undefined;
}

const DEFAULT_OPERATION_KINDS: readonly SiteKind[] = ['mine', 'processingPlant', 'explorationCamp'];

/**
 * GRI 413-1: the share of operations with implemented local community engagement, impact
 * assessments and development programs.
 *
 * @remarks
 * Operations are the sites of the chosen kinds (by default mines, processing plants and
 * exploration camps: offices are not operations; the reporter decides and the choice is recorded
 * in `definitions`). For each operation the latest assessment dated on or before `asOf` counts;
 * an operation without one counts as not implementing any element. Value: operations with at
 * least one of the elements (i)-(viii) / operations. The breakdown gives, per element, operations
 * implementing it / operations.
 *
 * @param sites - The company's sites.
 * @param assessments - GRI 413-1 assessments of sites.
 * @param options - The assessment day and the kinds of site that count as operations.
 * @returns An indicator result with a ratio in [0, 1]; `null` with `ZERO_DENOMINATOR` when there
 * are no operations.
 * @throws {@link ImpactError} `INVALID_DATE` when `asOf` is not a calendar date.
 *
 * @example
 * ```ts
 * communityEngagementCoverage(sites, assessments, { asOf: '2024-12-31' }).value;
 * //=> 0.5
 * ```
 *
 * @category Indicators
 */
export function communityEngagementCoverage(
  sites: Iterable<Readonly<Site>>,
  assessments: Iterable<Readonly<CommunityAssessment>>,
  options: Readonly<CommunityEngagementCoverageOptions>,
): IndicatorResult {
  checkCalendarDate(options.asOf, 'asOf');
  const kinds = options.operationKinds ?? DEFAULT_OPERATION_KINDS;
  const operations = [...sites].filter((site) => kinds.includes(site.kind));
  const operationIds = new Set<string>(operations.map((site) => site.id));
  const latest = new Map<string, Readonly<CommunityAssessment>>();
  for (const assessment of assessments) {
    if (!operationIds.has(assessment.siteId) || assessment.asOf > options.asOf) continue;
    const current = latest.get(assessment.siteId);
    if (current === undefined || current.asOf < assessment.asOf)
      latest.set(assessment.siteId, assessment);
  }
  const withAny = [...latest.values()].filter((a) => a.elements.length > 0).length;
  const coverage = ratio(withAny, operations.length);
  const elements: readonly EngagementElement[] = EngagementElementSchema.options;
  const breakdown = elements.map((element) => {
    const count = [...latest.values()].filter((a) => a.elements.includes(element)).length;
    const share = ratio(count, operations.length);
    return {
      dimension: 'element',
      key: element,
      value: share.value,
      ...(share.reason === undefined ? {} : { reason: share.reason }),
      count,
      ratio: share,
    };
  });
  const unassessed = operations.filter((site) => !latest.has(site.id)).map((site) => site.id);
  return resultFrom(communityEngagementCoverageEntry, {
    value: coverage.value,
    ...(coverage.reason === undefined ? {} : { reason: coverage.reason }),
    ratio: coverage,
    breakdown,
    definitions: { asOf: options.asOf, operationKinds: [...kinds] },
    sourceIds: uniqueSourceIds([...latest.values()].map((a) => a.sourceIds)),
    notes:
      unassessed.length === 0
        ? []
        : [
            `Operations without an assessment on or before ${options.asOf}: ${unassessed.join(', ')}.`,
          ],
  });
}
