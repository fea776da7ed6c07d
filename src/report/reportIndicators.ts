import { isImpactError } from '../core/ImpactError.js';
import { indicatorCatalog } from '../indicators/indicatorCatalog.js';
import type { IndicatorResult } from '../indicators/indicatorResult.js';
import { communityRunners } from './communityRunners.js';
import { depositsRunners } from './depositsRunners.js';
import type { IndicatorCoverage, IndicatorStatus } from './indicatorCoverage.js';
import { jobsRunners } from './jobsRunners.js';
import type { IndicatorRunner, ReportContext } from './reportContext.js';
import { resultStatus } from './resultStatus.js';
import { workforceRunners } from './workforceRunners.js';

const STATUS_RANK: Readonly<Record<IndicatorStatus, number>> = {
  reported: 0,
  dataAbsent: 1,
  notApplicable: 2,
  failed: 3,
  notComputed: 4,
};

/**
 * Runs every indicator runner on a report's context and gives every catalog entry its status.
 *
 * @remarks
 * Results come in catalog order (stable within one indicator). A runner that throws an
 * {@link ImpactError} marks its indicators `failed` with the message; any other error is a bug
 * and propagates. A catalog entry is `reported` when one of its results gives a figure; else its
 * status is the runner's reason, or the best status among its results, explained by the first
 * note of such a result. An entry no runner
 * computes is `notComputed`.
 *
 * @param context - The report's context.
 * @param runners - The runners; by default those of every family.
 * @returns The results and the coverage of every catalog entry.
 * @internal
 */
export function reportIndicators(
  context: ReportContext,
  runners: readonly IndicatorRunner[] = [
    ...workforceRunners,
    ...communityRunners,
    ...depositsRunners,
    ...jobsRunners,
  ],
): { results: IndicatorResult[]; coverage: IndicatorCoverage[] } {
  const byId = new Map<string, IndicatorResult[]>();
  const reasons = new Map<string, { status: IndicatorStatus; detail: string }>();
  const extra: IndicatorResult[] = [];
  for (const runner of runners) {
    let outcome: ReturnType<IndicatorRunner['run']>;
    try {
      outcome = runner.run(context);
    } catch (error) {
      if (!isImpactError(error)) throw error;
      for (const id of runner.ids) reasons.set(id, { status: 'failed', detail: error.message });
      continue;
    }
    if ('status' in outcome) {
      for (const id of runner.ids)
        reasons.set(id, { status: outcome.status, detail: outcome.detail });
      continue;
    }
    for (const result of outcome.results) {
      const list = byId.get(result.indicatorId);
      if (list === undefined) {
        if (indicatorCatalog.some((e) => e.id === result.indicatorId))
          byId.set(result.indicatorId, [result]);
        else extra.push(result);
      } else list.push(result);
    }
    if (outcome.absent !== undefined)
      for (const id of runner.ids)
        if (!byId.has(id))
          reasons.set(id, { status: outcome.absent.status, detail: outcome.absent.detail });
  }
  const results: IndicatorResult[] = [];
  const coverage: IndicatorCoverage[] = [];
  for (const entry of indicatorCatalog) {
    const own = byId.get(entry.id) ?? [];
    results.push(...own);
    const reason = reasons.get(entry.id);
    let status: IndicatorStatus;
    let detail: string | undefined;
    if (own.length > 0) {
      status =
        own.map(resultStatus).sort((a, b) => STATUS_RANK[a] - STATUS_RANK[b])[0] ?? 'dataAbsent';
      // The first note of a result usually says which input is missing.
      if (status !== 'reported')
        detail =
          own.find((r) => resultStatus(r) === status)?.notes[0] ??
          (status === 'dataAbsent'
            ? 'Every result lacks an input it needs.'
            : 'No result applies.');
    } else if (reason !== undefined) {
      status = reason.status;
      detail = reason.detail;
    } else {
      status = 'notComputed';
      detail = 'The report does not compute this indicator.';
    }
    coverage.push({
      indicatorId: entry.id,
      title: entry.title,
      status,
      ...(detail === undefined ? {} : { detail }),
      results: own.length,
    });
  }
  results.push(...extra);
  return { results, coverage };
}
