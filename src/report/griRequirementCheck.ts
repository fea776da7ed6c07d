import type { IndicatorResult } from '../indicators/contract/indicatorResult.js';
import type { GriOmissionReason } from './griOmission.js';
import type { GriRequirement, GriRequirementTest } from './griRequirements.js';
import type { IndicatorCoverage } from './indicatorCoverage.js';
import { hasFigure, resultStatus } from './resultStatus.js';

/**
 * What a requirement check reads of a report: its results and the coverage of the catalog.
 *
 * @internal
 */
export interface GriReportView {
  /** Every indicator result of the report. */
  readonly indicators: readonly IndicatorResult[];
  /** The coverage of every catalog indicator. */
  readonly coverage: readonly IndicatorCoverage[];
}

/** The keys that say a value is not known: a row under them does not present its dimension. */
const UNSTATED_KEYS: ReadonlySet<string> = new Set(['notStated', 'unknown']);

/** Whether a row presents a dimension: it is keyed by it, with a stated value. */
function presentsDimension(
  row: { readonly keys: Readonly<Record<string, unknown>> },
  dimension: string,
): boolean {
  return dimension in row.keys && !UNSTATED_KEYS.has(String(row.keys[dimension]));
}

/** Whether one result gives a figure with every dimension and row the test asks for. */
function resultMeets(
  result: Readonly<IndicatorResult>,
  test: Readonly<GriRequirementTest>,
): boolean {
  if (resultStatus(result) !== 'reported') return false;
  const rows = (result.breakdown ?? []).filter(hasFigure);
  const dimensionsMet = (test.dimensions ?? []).every((d) =>
    rows.some((r) => presentsDimension(r, d)),
  );
  const rowsMet = (test.rows ?? []).every(([d, key]) => rows.some((r) => r.keys[d] === key));
  return dimensionsMet && rowsMet;
}

/**
 * Whether a report meets one test: a result of the indicator gives a figure with the rows asked.
 *
 * @param test - The test.
 * @param report - The report's results.
 * @returns `true` when one result of the indicator meets it.
 *
 * @example
 * ```ts
 * testHolds({ indicatorId: 'a' }, { indicators: [], coverage: [] });
 * //=> false
 * ```
 *
 * @internal
 */
export function testHolds(
  test: Readonly<GriRequirementTest>,
  report: Readonly<GriReportView>,
): boolean {
  return report.indicators.some((r) => r.indicatorId === test.indicatorId && resultMeets(r, test));
}

/**
 * The tests of the first alternative of a requirement item that the report meets, or
 * `undefined` when it meets none (the item is not presented).
 *
 * @param requirement - The requirement item.
 * @param report - The report's results.
 * @returns The tests met, or `undefined`.
 *
 * @example
 * ```ts
 * presentingTests({ id: '2-6-a', text: 'Sectors', presentWhen: [] }, { indicators: [], coverage: [] });
 * //=> undefined
 * ```
 *
 * @internal
 */
export function presentingTests(
  requirement: Readonly<GriRequirement>,
  report: Readonly<GriReportView>,
): readonly GriRequirementTest[] | undefined {
  return requirement.presentWhen.find((tests) => tests.every((t) => testHolds(t, report)));
}

/** Why one test does not hold, in words. */
function testCause(test: Readonly<GriRequirementTest>, report: Readonly<GriReportView>): string {
  const coverage = report.coverage.find((c) => c.indicatorId === test.indicatorId);
  const title = coverage?.title ?? test.indicatorId;
  if (coverage === undefined || coverage.status !== 'reported')
    return `${title}: ${coverage?.detail ?? 'the report does not compute this indicator.'}`;
  const rows = report.indicators
    .filter((r) => r.indicatorId === test.indicatorId && resultStatus(r) === 'reported')
    .flatMap((r) => (r.breakdown ?? []).filter(hasFigure));
  const dimensions = test.dimensions ?? [];
  const keyed = test.rows ?? [];
  const lacking = [
    ...dimensions.filter((d) => !rows.some((r) => presentsDimension(r, d))).map((d) => `by ${d}`),
    ...keyed
      .filter(([d, key]) => !rows.some((r) => r.keys[d] === key))
      .map(([d, key]) => `${d} = ${key}`),
  ];
  const wanted =
    lacking.length > 0
      ? lacking
      : [...dimensions.map((d) => `by ${d}`), ...keyed.map(([d, key]) => `${d} = ${key}`)];
  return `${title} is reported without the rows ${wanted.join(', ')}.`;
}

/**
 * The reason and explanation the library infers for a requirement item the report does not
 * present (GRI 1, Requirement 6, Table 3).
 *
 * @remarks
 * `notApplicable` when every indicator that could present the item is not applicable to the
 * dataset; otherwise `informationUnavailableOrIncomplete`, explained by the cause of each test
 * that fails (the indicator's coverage detail, or the rows it lacks), or by the library not
 * computing the item at all.
 *
 * @param requirement - The requirement item, not presented.
 * @param report - The report's results and coverage.
 * @returns The reason and the explanation.
 *
 * @example
 * ```ts
 * inferredOmission({ id: '2-6-a', text: 'Sectors', presentWhen: [] }, { indicators: [], coverage: [] }).reason;
 * //=> 'informationUnavailableOrIncomplete'
 * ```
 *
 * @internal
 */
export function inferredOmission(
  requirement: Readonly<GriRequirement>,
  report: Readonly<GriReportView>,
): { readonly reason: GriOmissionReason; readonly explanation: string } {
  const tests = requirement.presentWhen.flat();
  if (tests.length === 0)
    return {
      reason: 'informationUnavailableOrIncomplete',
      explanation:
        'The dataset the report is built from does not hold this information: the library does not compute it.',
    };
  const ids = [...new Set(tests.map((t) => t.indicatorId))];
  const statuses = ids.map((id) => report.coverage.find((c) => c.indicatorId === id)?.status);
  const failing = tests.filter((t) => !testHolds(t, report));
  const causes = [...new Set(failing.map((t) => testCause(t, report)))];
  return {
    reason: statuses.every((s) => s === 'notApplicable')
      ? 'notApplicable'
      : 'informationUnavailableOrIncomplete',
    explanation: causes.join(' '),
  };
}
