import { isImpactError } from '../core/ImpactError.js';
import type { IndicatorDefinition } from '../indicators/contract/defineIndicator.js';
import type { IndicatorContext } from '../indicators/contract/indicatorContext.js';
import type { IndicatorResult } from '../indicators/contract/indicatorResult.js';
import { indicatorRegistry } from '../indicators/indicatorRegistry.js';
import type { IndicatorCoverage, IndicatorStatus } from './indicatorCoverage.js';
import { resultStatus } from './resultStatus.js';

const STATUS_RANK: Readonly<Record<IndicatorStatus, number>> = {
  reported: 0,
  dataAbsent: 1,
  notApplicable: 2,
  failed: 3,
  notComputed: 4,
};

/** What running one definition gave: its results, or its status with the reason. */
interface Run {
  readonly results: readonly IndicatorResult[];
  readonly status?: Exclude<IndicatorStatus, 'reported' | 'notComputed'>;
  readonly detail?: string;
}

/** Runs one definition on the context; an {@link ImpactError} marks it failed. */
function runDefinition(definition: IndicatorDefinition, context: IndicatorContext): Run {
  try {
    const outcome = definition.fromDataset(context);
    if ('status' in outcome) return { results: [], status: outcome.status, detail: outcome.detail };
    return { results: outcome as readonly IndicatorResult[] };
  } catch (error) {
    if (!isImpactError(error)) throw error;
    return { results: [], status: 'failed', detail: error.message };
  }
}

/** A note that states how a figure was computed (an assumption, a default), not a cause. */
const METHOD_NOTE = /\b(?:was|were|is|are) used\b|\bassum/i;
/** A note that says what is missing: no records, not known, without, lacks. */
const CAUSE_NOTE = /\b(?:no|not|none|without|missing|lacks?|unknown|absent)\b/i;

/**
 * The cause a result gives for having no figure: the first of its notes that says what is
 * missing and is not a note on method ("No baseline was given; 0 was used" says how a figure
 * would be computed, not why there is none; "The overall figure divides by the sum of program
 * counts" is a definition); else the part of its ratio that is not known, with the formula;
 * else its reason in words.
 */
function causeOf(result: IndicatorResult, status: IndicatorStatus, formula: string): string {
  const cause = result.notes.find((note) => CAUSE_NOTE.test(note) && !METHOD_NOTE.test(note));
  if (cause !== undefined) return cause;
  const ratio = result.ratio;
  if (ratio !== undefined && (ratio.numerator == null) !== (ratio.denominator == null)) {
    const unknown = ratio.denominator == null ? 'denominator' : 'numerator';
    const known = ratio.denominator == null ? ratio.numerator : ratio.denominator;
    return `The ${unknown} is not known (the ${unknown === 'numerator' ? 'denominator' : 'numerator'} is ${known}): ${formula}.`;
  }
  if (result.reason === 'ZERO_DENOMINATOR') return `The denominator is zero: ${formula}.`;
  return status === 'dataAbsent'
    ? `An input it needs is missing: ${formula}.`
    : 'No result applies.';
}

/** The coverage of one catalog entry from what its definition gave. */
function coverageOf(definition: IndicatorDefinition, run: Run): IndicatorCoverage {
  const { entry } = definition;
  const base = { indicatorId: entry.id, title: entry.title, results: run.results.length };
  if (run.results.length === 0) {
    return run.status === undefined
      ? { ...base, status: 'notComputed', detail: 'The report does not compute this indicator.' }
      : { ...base, status: run.status, detail: run.detail ?? 'No result.' };
  }
  const statuses = run.results.map(resultStatus);
  const status = statuses.sort((a, b) => STATUS_RANK[a] - STATUS_RANK[b])[0] ?? 'dataAbsent';
  if (status === 'reported') return { ...base, status };
  const first = run.results.find((r) => resultStatus(r) === status) as IndicatorResult;
  return { ...base, status, detail: causeOf(first, status, entry.formula) };
}

/**
 * Runs every registered indicator on a report's context and gives every catalog entry its
 * status.
 *
 * @remarks
 * Results come in catalog order (stable within one indicator). A definition that throws an
 * {@link ImpactError} marks its indicator `failed` with the message; any other error is a bug
 * and propagates. An entry is `reported` when one of its results gives a figure; else its status
 * is the definition's reason, or the best status among its results, explained by the cause
 * such a result gives: its first note that says what is missing and is not a note on method (an
 * assumption or a default used), else the unknown part of its ratio with the formula, else its reason.
 *
 * @param context - The report's context.
 * @param registry - The definitions; by default every registered indicator.
 * @returns The results and the coverage of every entry.
 * @internal
 */
export function reportIndicators(
  context: IndicatorContext,
  registry: readonly IndicatorDefinition[] = indicatorRegistry,
): { results: IndicatorResult[]; coverage: IndicatorCoverage[] } {
  const results: IndicatorResult[] = [];
  const coverage: IndicatorCoverage[] = [];
  for (const definition of registry) {
    const run = runDefinition(definition, context);
    for (const result of run.results) results.push(result);
    coverage.push(coverageOf(definition, run));
  }
  return { results, coverage };
}
