import { ImpactError } from '../../core/ImpactError.js';
import { isIterable } from '../../core/isIterable.js';
import type { Employee } from '../../model/employee.js';

/**
 * An indicator computed in one pass over employment records, one record at a time, in a state
 * whose size depends on the number of groups counted, never on the number of records.
 *
 * @remarks
 * A report feeds every employee record to every fold once (from memory, or from a file as it is
 * streamed), so that no indicator needs the records held together. `add` may throw what the
 * indicator throws for a record; `finish` gives the result of every record added so far and may
 * be called once. An {@link IndicatorDefinition} of employee records gives one from its scope
 * (`fromRecords`).
 *
 * @typeParam TResult - What the fold finishes with.
 *
 * @category Indicators
 */
export interface RecordFold<TResult> {
  /** Counts one record. */
  readonly add: (employee: Readonly<Employee>) => void;
  /** The result of every record added. */
  readonly finish: () => TResult;
}

/**
 * Runs a fold over records: adds each in order and finishes.
 *
 * @param fold - A new fold (made from the options, so that their errors come first).
 * @param records - The records, read once.
 * @returns What the fold finishes with.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when `records` is not iterable; what the fold
 * throws.
 * @internal
 */
export function foldRecords<TResult>(
  fold: RecordFold<TResult>,
  records: Iterable<Readonly<Employee>>,
): TResult {
  if (!isIterable(records)) throw new ImpactError('INVALID_ARGUMENT', 'employees is not iterable');
  for (const record of records) fold.add(record);
  return fold.finish();
}

/**
 * A fold whose result is mapped by a function when it finishes.
 *
 * @param fold - The fold.
 * @param map - Maps its result.
 * @returns The mapped fold.
 * @internal
 */
export function mapFold<TFrom, TTo>(
  fold: RecordFold<TFrom>,
  map: (result: TFrom) => TTo,
): RecordFold<TTo> {
  return { add: fold.add, finish: () => map(fold.finish()) };
}
