import { assertCalendarDate } from '../../core/assertCalendarDate.js';
import type { CalendarDate } from '../../core/calendarDate.js';
import { partialDateRange } from '../../core/partialDate.js';
import { ratio } from '../../core/ratio.js';
import { type ClosurePlan, ClosurePlanSchema } from '../../model/closurePlan.js';
import { type Site, type SiteKind, SiteSchema } from '../../model/site.js';
import type { BreakdownRow } from '../contract/breakdownRow.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { IndicatorResult } from '../contract/indicatorResult.js';
import { parseEach } from '../internal/parseEach.js';
import { resultFrom } from '../internal/resultFrom.js';
import { uniqueSourceIds } from '../internal/uniqueSourceIds.js';

const entry = {
  id: 'safety.closurePlanCoverage',
  title: 'Share of operations with a closure plan',
  unit: 'share',
  formula:
    'Operations whose latest closure record on or before asOf says a plan exists / operations (by default mines and processing plants); rows by site',
  standards: ['GRI 14.8', 'G4 MM10'],
  family: 'safety',
  functionName: 'closurePlanCoverage',
  results: 'one',
  dimensions: ['site'],
} as const satisfies IndicatorCatalogEntry;

/**
 * The input of {@link closurePlanCoverage} and {@link closureProvision}: the sites and their
 * closure records.
 *
 * @category Safety indicators
 */
export interface ClosureInput {
  /** The company's sites. */
  readonly sites: Iterable<Readonly<Site>>;
  /** Closure records of sites. */
  readonly plans: Iterable<Readonly<ClosurePlan>>;
}

/**
 * Options of {@link closurePlanCoverage} and {@link closureProvision}.
 *
 * @category Safety indicators
 */
export interface ClosureOptions {
  /** The day: each site's latest record on or before it counts. */
  readonly asOf: CalendarDate;
  /** Which site kinds are operations; default mines and processing plants. */
  readonly operationKinds?: readonly SiteKind[] | undefined;
}

const DEFAULT_KINDS: readonly SiteKind[] = ['mine', 'processingPlant'];

/**
 * The operations and each one's latest closure record on or before `asOf`.
 *
 * @internal
 */
export function latestClosure(
  input: Readonly<ClosureInput>,
  options: Readonly<ClosureOptions>,
): { operations: readonly Readonly<Site>[]; latest: Map<string, Readonly<ClosurePlan>> } {
  assertCalendarDate(options.asOf, 'asOf');
  const kinds = options.operationKinds ?? DEFAULT_KINDS;
  const operations = parseEach(SiteSchema, input.sites, 'sites').filter((s) =>
    kinds.includes(s.kind),
  );
  const ids = new Set<string>(operations.map((site) => site.id));
  const latest = new Map<string, Readonly<ClosurePlan>>();
  for (const plan of parseEach(ClosurePlanSchema, input.plans, 'plans')) {
    const end = partialDateRange(plan.asOf).end;
    if (!ids.has(plan.siteId) || end > options.asOf) continue;
    const current = latest.get(plan.siteId);
    if (current === undefined || partialDateRange(current.asOf).end <= end)
      latest.set(plan.siteId, plan);
  }
  return { operations, latest };
}

/**
 * GRI 14.8 (closure and rehabilitation) and GRI G4 MM10: the share of operations with a
 * closure plan.
 *
 * @remarks
 * Unit `share`. Operations are the sites of the chosen kinds (mines and processing plants by
 * default; recorded in `definitions`). Each operation's latest closure record on or before
 * `asOf` counts; an operation without one counts as without a plan and is named in a note.
 * Rows keyed `{ site }`: 1 with a plan, 0 without.
 *
 * @param input - The sites and their closure records.
 * @param options - The day and the kinds of site that are operations.
 * @returns A share in [0, 1] with `ratio`; `null` with `ZERO_DENOMINATOR` without operations.
 * @throws {@link ImpactError} `INVALID_DATE` when `asOf` is not a calendar date;
 * `INVALID_ARGUMENT` when a site or a record does not match its schema.
 *
 * @example
 * ```ts
 * // Two mines, one with a plan: 1 / 2.
 * closurePlanCoverage({ sites, plans }, { asOf: '2024-12-31' }).value;
 * //=> 0.5
 * ```
 *
 * @category Safety indicators
 */
export function closurePlanCoverage(
  input: Readonly<ClosureInput>,
  options: Readonly<ClosureOptions>,
): IndicatorResult {
  const { operations, latest } = latestClosure(input, options);
  const breakdown: BreakdownRow[] = operations.map((site) => ({
    keys: { site: site.id },
    value: latest.get(site.id)?.hasPlan === true ? 1 : 0,
  }));
  const withPlan = breakdown.filter((row) => row.value === 1).length;
  const share = ratio(withPlan, operations.length);
  const unknown = operations.filter((site) => !latest.has(site.id)).map((site) => site.id);
  return resultFrom(entry, {
    ...(share.value === null
      ? { value: null, reason: share.reason ?? 'MISSING_DATA' }
      : { value: share.value }),
    ratio: share,
    breakdown,
    definitions: {
      asOf: options.asOf,
      operationKinds: [...(options.operationKinds ?? DEFAULT_KINDS)],
    },
    sourceIds: uniqueSourceIds([...latest.values()].map((plan) => plan.sourceIds)),
    notes:
      unknown.length === 0
        ? []
        : [
            `Operations without a closure record on or before ${options.asOf}: ${unknown.join(', ')}.`,
          ],
  });
}

/**
 * The definition of {@link closurePlanCoverage}: on a dataset, its sites and closure records on
 * the report's day.
 *
 * @internal
 */
export const closurePlanCoverageIndicator = defineIndicator({
  entry,
  compute: closurePlanCoverage,
  fromDataset: (context) =>
    context.data.closure.length === 0
      ? { status: 'dataAbsent', detail: 'The dataset has no closure records.' }
      : [
          closurePlanCoverage(
            { sites: context.data.sites, plans: context.data.closure },
            { asOf: context.asOf },
          ),
        ],
});
