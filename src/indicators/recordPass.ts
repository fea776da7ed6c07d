import { isImpactError } from '../core/ImpactError.js';
import type { Employee, EmployeeCategory } from '../model/employee.js';
import type { WorkforceSummary } from '../model/workforceSummary.js';
import type { IndicatorDefinition, IndicatorOutcome } from './contract/defineIndicator.js';
import type {
  EmployeeRecordTotals,
  IndicatorContext,
  IndicatorScope,
} from './contract/indicatorContext.js';
import type { RecordFold } from './contract/recordFold.js';
import { createWorkforceAccumulator } from './workforce/createWorkforceAccumulator.js';
import { isActiveOn } from './workforce/isActiveOn.js';
import type { WorkforceAccumulator } from './workforce/workforceAccumulator.js';

/**
 * A fold that stops at its first {@link ImpactError}: the error is kept and thrown again when
 * the result is read, as the indicator would have thrown it on the whole list.
 */
class GuardedFold<T> {
  #fold: RecordFold<T> | undefined;
  #error: unknown;
  #done = false;
  #result: T | undefined;

  constructor(create: () => RecordFold<T>) {
    try {
      this.#fold = create();
    } catch (error) {
      if (!isImpactError(error)) throw error;
      this.#error = error;
    }
  }

  add(employee: Readonly<Employee>): void {
    const fold = this.#fold;
    if (fold === undefined) return;
    try {
      fold.add(employee);
    } catch (error) {
      if (!isImpactError(error)) throw error;
      this.#error = error;
      this.#fold = undefined;
    }
  }

  result(): T {
    if (!this.#done) {
      this.#done = true;
      const fold = this.#fold;
      this.#fold = undefined;
      if (fold !== undefined) {
        try {
          this.#result = fold.finish();
        } catch (error) {
          if (!isImpactError(error)) throw error;
          this.#error = error;
        }
      }
    }
    if (this.#error !== undefined) throw this.#error;
    return this.#result as T;
  }
}

/** The summary a report reads: the summary options of the report, as `summarizeWorkforce` takes them. */
function summaryAccumulator(scope: IndicatorScope): WorkforceAccumulator {
  return createWorkforceAccumulator({
    asOf: scope.asOf,
    gazetteer: scope.gazetteer,
    sites: scope.data.sites,
    localityPolicy: scope.localityPolicy,
    companyId: scope.data.company.id,
  });
}

/** A fold of a workforce accumulator: `summarizeWorkforce` one record at a time. */
function summaryFold(scope: IndicatorScope): RecordFold<WorkforceSummary> {
  const accumulator = summaryAccumulator(scope);
  return { add: (e) => accumulator.add(e), finish: () => accumulator.result() };
}

/**
 * The summaries of each category's records active on `asOf`: one accumulator per category
 * that has an active record, as `summarizeWorkforce` of that category's active records.
 */
function categoryFold(
  scope: IndicatorScope,
): RecordFold<Partial<Record<EmployeeCategory, WorkforceSummary>>> {
  const byCategory = new Map<EmployeeCategory, WorkforceAccumulator>();
  return {
    add: (e) => {
      if (!isActiveOn(e, scope.asOf)) return;
      let accumulator = byCategory.get(e.category);
      if (accumulator === undefined) {
        accumulator = summaryAccumulator(scope);
        byCategory.set(e.category, accumulator);
      }
      accumulator.add(e);
    },
    finish: () => {
      const out: Partial<Record<EmployeeCategory, WorkforceSummary>> = {};
      for (const category of ['worker', 'specialist', 'manager', 'seniorManagement'] as const) {
        const accumulator = byCategory.get(category);
        if (accumulator !== undefined) out[category] = accumulator.result();
      }
      return out;
    },
  };
}

/**
 * One pass over a report's employee records: every record is fed, once, to the workforce
 * summaries, to the fold of each indicator that has one and to the report's own folds.
 *
 * @internal
 */
export interface RecordPass {
  /** Counts one record (validated by the caller). */
  add(employee: Readonly<Employee>): void;
  /** The context with the totals of every record added; called once, after the last record. */
  finish(): IndicatorContext;
}

/**
 * Starts the pass over a report's employee records.
 *
 * @remarks
 * The folds are made before the first record, from the scope (the report's dates, policy,
 * sites and gazetteer). A fold that throws an {@link ImpactError} (when made, on a record, or
 * when finished) keeps the error, takes no more records and throws it when its outcome is read,
 * so that its indicator alone fails. Memory: the folds' counts, never the records.
 *
 * @param scope - The report's scope.
 * @param definitions - The indicator definitions; those with `fromRecords` get a fold.
 * @param extras - The report's own folds, by name.
 * @returns The pass.
 * @internal
 */
export function createRecordPass(
  scope: IndicatorScope,
  definitions: readonly IndicatorDefinition[],
  extras: Readonly<Record<string, (scope: IndicatorScope) => RecordFold<unknown>>> = {},
): RecordPass {
  const summary = new GuardedFold(() => summaryFold(scope));
  const categories = new GuardedFold(() => categoryFold(scope));
  const folds = new Map<IndicatorDefinition, GuardedFold<IndicatorOutcome>>();
  for (const definition of definitions) {
    const fromRecords = definition.fromRecords;
    if (fromRecords !== undefined) folds.set(definition, new GuardedFold(() => fromRecords(scope)));
  }
  const own = new Map<string, GuardedFold<unknown>>();
  for (const [name, create] of Object.entries(extras))
    own.set(name, new GuardedFold(() => create(scope)));
  const all = [summary, categories, ...folds.values(), ...own.values()];
  let count = 0;
  return {
    add(employee) {
      count += 1;
      for (const fold of all) fold.add(employee);
    },
    finish() {
      const records: EmployeeRecordTotals = {
        count,
        summary: () => (count === 0 ? undefined : summary.result()),
        categorySummaries: () => (count === 0 ? {} : categories.result()),
        outcomeOf: (definition) => folds.get(definition)?.result(),
        extra: (name) => own.get(name)?.result(),
      };
      return { ...scope, records };
    },
  };
}
