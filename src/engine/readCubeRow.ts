import { ImpactError } from '../index.js';

/** The key columns of a cube row. */
export const CUBE_KEYS = [
  'company_id',
  'engagement',
  'site_id',
  'home_location_id',
  'gender',
  'category',
  'nationality',
  'age_band',
  'termination_reason',
] as const;

/** The count columns of a cube row. */
export const CUBE_COUNTS = [
  'records',
  'undated',
  'active',
  'hires',
  'rehires',
  'leavers',
  'at_start',
  'at_end',
] as const;

/**
 * A cube row whose columns have the right types: keys text or `null`, counts safe integers.
 *
 * @internal
 */
export type CubeRecord = { readonly [key in (typeof CUBE_KEYS)[number]]: string | null } & {
  readonly [count in (typeof CUBE_COUNTS)[number]]: number;
};

/**
 * The error of a cube row: `INVALID_ARGUMENT`, naming the row (from 0) and the column, which
 * the error's `cause` holds too (`{ row, column }`).
 *
 * @param row - The index of the row.
 * @param column - The column at fault, or `null` for the row as a whole.
 * @param what - What is wrong.
 * @returns The error, to throw.
 * @internal
 */
export function cubeRowError(row: number, column: string | null, what: string): ImpactError {
  const where = column === null ? '' : ` ${column}`;
  return new ImpactError('INVALID_ARGUMENT', `workforce cube row ${row}${where}: ${what}`, {
    cause: { row, column },
  });
}

/** A count as a number, when it is a non-negative safe integer (`number` or `bigint`). */
function countOf(value: unknown): number | undefined {
  if (typeof value === 'bigint') {
    return value >= 0n && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : undefined;
  }
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

/**
 * Reads a cube row: checks that it is an object of the cube's identity, that its keys are text
 * or `null` (absent is `null`) and its counts non-negative safe integers that no part exceeds
 * the records of the row.
 *
 * @param value - The row, untrusted.
 * @param index - Its index, for the errors.
 * @param identity - The identity the `cube_id` column must hold.
 * @returns The row with counts as numbers.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` (see {@link cubeRowError}) naming the problem.
 * @internal
 */
export function readCubeRow(value: unknown, index: number, identity: string): CubeRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw cubeRowError(index, null, 'a row must be an object');
  }
  const row = value as Record<string, unknown>;
  if (row.cube_id !== identity) {
    throw cubeRowError(
      index,
      'cube_id',
      `${JSON.stringify(String(row.cube_id)).slice(0, 120)} is not the cube of these options (${identity}): compute it with workforceCubeSql and the same asOf and period`,
    );
  }
  const out: Record<string, string | number | null> = {};
  for (const key of CUBE_KEYS) {
    const cell = row[key];
    if (cell !== undefined && cell !== null && typeof cell !== 'string') {
      throw cubeRowError(index, key, `${typeof cell} where text or null is expected`);
    }
    out[key] = cell ?? null;
  }
  for (const name of CUBE_COUNTS) {
    const count = countOf(row[name]);
    if (count === undefined) {
      throw cubeRowError(
        index,
        name,
        `${String(row[name]).slice(0, 40)} is not a count (a non-negative safe integer)`,
      );
    }
    out[name] = count;
  }
  const checked = out as CubeRecord;
  for (const name of CUBE_COUNTS) {
    if (checked[name] > checked.records) {
      throw cubeRowError(index, name, `more than the ${checked.records} records of the row`);
    }
  }
  if (checked.hires + checked.rehires > checked.records) {
    throw cubeRowError(index, 'rehires', 'hires and re-hires exceed the records of the row');
  }
  return checked;
}
