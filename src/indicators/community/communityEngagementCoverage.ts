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
    'Operations engaging local communities on asOf (a GRI 413-1 element (i)-(viii) or a recorded community meeting) / operations; an operation without an assessment is unknown (bounds); per element the same ratio',
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

/** A share of operations, or `null` with `BOUNDED` and its bounds when some are unknown. */
function shareOf(count: number, unknown: number, operations: number): Omit<BreakdownRow, 'keys'> {
  if (unknown === 0 || operations === 0) {
    const share = ratio(count, operations);
    return share.value === null
      ? { value: null, reason: share.reason ?? 'MISSING_DATA', count, ratio: share }
      : { value: share.value, count, ratio: share };
  }
  return {
    value: null,
    reason: 'BOUNDED',
    count,
    ratio: ratio(null, operations),
    bounds: { min: count / operations, max: (count + unknown) / operations },
  };
}

/** One row per GRI 413-1 element: the operations implementing it / operations. */
function elementRows(
  latest: readonly Readonly<CommunityAssessment>[],
  unknown: number,
  operations: number,
): BreakdownRow[] {
  const elements: readonly EngagementElement[] = EngagementElementSchema.options;
  return elements.map((element) => ({
    keys: { element },
    ...shareOf(latest.filter((a) => a.elements.includes(element)).length, unknown, operations),
  }));
}

/** Whether an assessment states engagement: an element (i)-(viii) or a recorded meeting. */
function engages(assessment: Readonly<CommunityAssessment>): boolean {
  return assessment.elements.length > 0 || (assessment.communityMeetings?.length ?? 0) > 0;
}

/** The notes: unknown operations, and operations counted on meetings alone. */
function coverageNotes(
  unassessed: readonly string[],
  meetingsOnly: readonly string[],
  asOf: CalendarDate,
): string[] {
  const notes: string[] = [];
  if (unassessed.length > 0)
    notes.push(
      `Operations without an assessment on or before ${asOf}, counted as unknown: ${unassessed.join(', ')}.`,
    );
  if (meetingsOnly.length > 0)
    notes.push(
      `Operations counted on community meetings recorded in the sources, without a listed GRI 413-1 element: ${meetingsOnly.join(', ')}.`,
    );
  return notes;
}

/**
 * GRI 413-1: the share of operations with implemented local community engagement, impact
 * assessments and development programs.
 *
 * @remarks
 * Unit `share`. GRI 413-1-a asks for the "percentage of operations with implemented local
 * community engagement, impact assessments, and/or development programs, including the use of"
 * the elements (i) to (viii). Operations are the sites of the chosen kinds (by default mines,
 * processing plants and exploration camps: offices are not operations; the reporter decides and
 * the choice is recorded in `definitions`). For each operation the latest assessment dated on or
 * before `asOf` counts. An operation counts as engaging when that assessment lists an element
 * or records a community meeting (the standard's "including" does not close the list; counting
 * a recorded meeting is the library's reading). An assessment with neither states that none was
 * done and counts as not engaging. An operation without any assessment is unknown, never 0: the
 * value is then `null` with `BOUNDED` and `bounds` from "none of the unknown engage" to "all
 * do", and the operations are named in a note. Rows keyed `{ element }`, one per element in the
 * order of GRI 413-1: operations implementing it / operations, bounded the same way.
 *
 * @param input - The company's sites and the GRI 413-1 assessments of sites.
 * @param options - The assessment day and the kinds of site that count as operations.
 * @returns A share in [0, 1], with `ratio`; `null` with `BOUNDED` and `bounds` when an operation
 * has no assessment; `null` with `ZERO_DENOMINATOR` when there are no operations.
 * @throws {@link ImpactError} `INVALID_DATE` when `asOf` is not a calendar date;
 * `INVALID_ARGUMENT` when a site or an assessment does not match its schema.
 *
 * @example
 * ```ts
 * // Two mines, both assessed: one with a grievance process, one stating none.
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
  const unassessed = operations.filter((site) => !latest.has(site.id)).map((site) => site.id);
  const coverage = shareOf(assessed.filter(engages).length, unassessed.length, operations.length);
  const meetingsOnly = assessed
    .filter((a) => a.elements.length === 0 && engages(a))
    .map((a) => a.siteId);
  return resultFrom(entry, {
    ...(coverage.value === null
      ? { value: null, reason: coverage.reason ?? 'MISSING_DATA' }
      : { value: coverage.value }),
    ...(coverage.ratio === undefined ? {} : { ratio: coverage.ratio }),
    ...(coverage.bounds === undefined ? {} : { bounds: coverage.bounds }),
    breakdown: elementRows(assessed, unassessed.length, operations.length),
    definitions: { asOf: options.asOf, operationKinds: [...kinds] },
    sourceIds: uniqueSourceIds(assessed.map((a) => a.sourceIds)),
    notes: coverageNotes(unassessed, meetingsOnly, options.asOf),
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
