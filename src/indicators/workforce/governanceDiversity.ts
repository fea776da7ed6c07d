import { assertCalendarDate } from '../../core/assertCalendarDate.js';
import type { CalendarDate } from '../../core/calendarDate.js';
import { ratio } from '../../core/ratio.js';
import { GenderSchema } from '../../model/employee.js';
import { type GovernanceBody, GovernanceBodySchema } from '../../model/governanceBody.js';
import { AgeBandSchema } from '../../model/workforceSummary.js';
import type { BreakdownRow } from '../contract/breakdownRow.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { IndicatorResult } from '../contract/indicatorResult.js';
import { parseOne } from '../internal/parseEach.js';
import { resultFrom } from '../internal/resultFrom.js';
import { uniqueSourceIds } from '../internal/uniqueSourceIds.js';
import { ratioFields } from './internal/ratioFields.js';

const entry = {
  id: 'workforce.governanceDiversity',
  title: 'Diversity of governance bodies',
  unit: 'share',
  formula:
    'For each governance body, its latest composition on or before asOf: members in a gender, age band or other group / members',
  standards: ['GRI 405-1'],
  family: 'workforce',
  functionName: 'governanceDiversity',
  results: 'one',
  dimensions: ['body', 'gender', 'ageBand', 'other'],
} as const satisfies IndicatorCatalogEntry;

/**
 * Options of {@link governanceDiversity}.
 *
 * @category Workforce indicators
 */
export interface GovernanceDiversityOptions {
  /** The day: each body's latest composition on or before it is taken. */
  readonly asOf: CalendarDate;
}

/** The latest composition of each body on or before `asOf`, in the order of first appearance. */
function latestOf(
  bodies: Iterable<Readonly<GovernanceBody>>,
  asOf: CalendarDate,
): Readonly<GovernanceBody>[] {
  const latest = new Map<string, Readonly<GovernanceBody>>();
  let i = 0;
  for (const body of bodies) {
    parseOne(GovernanceBodySchema, body, `bodies[${i}]`);
    i += 1;
    if (body.asOf > asOf) continue;
    const known = latest.get(body.id);
    if (known === undefined || known.asOf < body.asOf) latest.set(body.id, body);
  }
  return [...latest.values()];
}

/** The rows of one dimension of a body: each stated group, the unstated rest, or `null`. */
function dimensionRows(
  body: Readonly<GovernanceBody>,
  dimension: 'gender' | 'ageBand',
  counts: Readonly<Record<string, number | undefined>> | undefined,
  order: readonly string[],
): BreakdownRow[] {
  if (counts === undefined) {
    return [
      { keys: { body: body.id, [dimension]: 'notStated' }, value: null, reason: 'MISSING_DATA' },
    ];
  }
  const rows: BreakdownRow[] = [];
  let stated = 0;
  for (const group of order) {
    const count = counts[group];
    if (count === undefined) continue;
    stated += count;
    rows.push({
      keys: { body: body.id, [dimension]: group },
      ...ratioFields(ratio(count, body.members)),
      count,
    });
  }
  if (stated < body.members) {
    const rest = body.members - stated;
    rows.push({
      keys: { body: body.id, [dimension]: 'notStated' },
      ...ratioFields(ratio(rest, body.members)),
      count: rest,
    });
  }
  return rows;
}

/** Every row of one body: gender, age band, then the other groups by name. */
function bodyRows(body: Readonly<GovernanceBody>): BreakdownRow[] {
  const rows = [
    ...dimensionRows(body, 'gender', body.byGender, GenderSchema.options),
    ...dimensionRows(body, 'ageBand', body.byAgeBand, AgeBandSchema.options),
  ];
  const other = body.otherDiversity ?? {};
  // The default sort orders the group names by UTF-16 code units; names are keys, never equal.
  for (const group of Object.keys(other).sort()) {
    const count = other[group] as number;
    rows.push({
      keys: { body: body.id, other: group },
      ...ratioFields(ratio(count, body.members)),
      count,
    });
  }
  return rows;
}

/**
 * GRI 405-1 a: the percentage of the members of each governance body by gender, age group and
 * other indicators of diversity.
 *
 * @remarks
 * For each body (by `id`), its latest composition with `asOf` on or before `options.asOf`. Rows,
 * unit `share` (`count / members`, with the `ratio` and the `count`):
 * - `{ body, gender }` for each gender the body states (GRI 405-1 a i);
 * - `{ body, ageBand }` for each age band it states: `'<30'`, `'30-50'`, `'>50'` (405-1 a ii:
 *   under 30, 30-50, over 50 years old);
 * - `{ body, other }` for each other group it names (405-1 a iii, "other indicators of diversity
 *   where relevant"), each a share of the members on its own.
 *
 * Members a stated breakdown leaves out are under `'notStated'` with their share; a body that
 * does not state a dimension at all has the row `{ body, gender: 'notStated' }` (or `ageBand`)
 * with `value: null` and `reason: 'MISSING_DATA'`, never a guess. A body of 0 members has `null`
 * shares with `ZERO_DENOMINATOR`. The table has no headline figure: `value` is `null` with
 * `BREAKDOWN_ONLY`.
 *
 * @param bodies - The compositions of the governance bodies (read once; each is checked against
 * the schema of `ImpactDatasetSchema.shape.governanceBodies`).
 * @param options - The day.
 * @returns A `share` result: `null` with `BREAKDOWN_ONLY` and the rows above; `null` with
 * `MISSING_DATA` and no rows when no body is stated on or before `asOf`.
 * @throws {@link ImpactError} `INVALID_DATE` when `asOf` is not a calendar date;
 * `INVALID_ARGUMENT` when a body does not match its schema (a count that is not a whole number
 * from 0, groups with more people than the body).
 *
 * @example
 * ```ts
 * const board = { id: 'board', companyId: 'c', name: 'Board', kind: 'board', asOf: '2024-12-31', members: 8, byGender: { female: 2, male: 6 }, sourceIds: [] };
 * governanceDiversity([board], { asOf: '2024-12-31' }).breakdown?.[0];
 * //=> { keys: { body: 'board', gender: 'female' }, value: 0.25, ratio: { numerator: 2, denominator: 8, value: 0.25 }, count: 2 }
 * ```
 *
 * @category Workforce indicators
 */
export function governanceDiversity(
  bodies: Iterable<Readonly<GovernanceBody>>,
  options: Readonly<GovernanceDiversityOptions>,
): IndicatorResult {
  assertCalendarDate(options.asOf, 'asOf');
  const latest = latestOf(bodies, options.asOf);
  const definitions = {
    asOf: options.asOf,
    basis: "each body's latest composition on or before asOf",
    denominator: 'members of the body',
    ageBands: '<30, 30-50, >50 years old',
  };
  const sourceIds = uniqueSourceIds(latest.map((body) => body.sourceIds));
  if (latest.length === 0) {
    return resultFrom(entry, {
      value: null,
      reason: 'MISSING_DATA',
      definitions,
      sourceIds,
      notes: ['No governance body is stated on or before asOf.'],
    });
  }
  return resultFrom(entry, {
    value: null,
    reason: 'BREAKDOWN_ONLY',
    breakdown: latest.flatMap(bodyRows),
    definitions,
    sourceIds,
    notes: latest.map(
      (body) => `${body.id}: ${body.name} (${body.kind}), ${body.members} members on ${body.asOf}.`,
    ),
  });
}

/**
 * The definition of {@link governanceDiversity}: on a dataset, its governance bodies on the
 * report's `asOf`.
 *
 * @internal
 */
export const governanceDiversityIndicator = defineIndicator({
  entry,
  compute: governanceDiversity,
  fromDataset: (context) =>
    context.data.governanceBodies === undefined || context.data.governanceBodies.length === 0
      ? { status: 'dataAbsent', detail: 'The dataset states no governance body.' }
      : [governanceDiversity(context.data.governanceBodies, { asOf: context.asOf })],
});
