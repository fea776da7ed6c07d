import { cubeDays, cubeIdentity } from './cubeIdentity.js';
import { sqlTableName } from './sqlTableName.js';
import type { WorkforceCubeSqlOptions } from './workforceCubeSqlOptions.js';

/** The flags of one record on the day and over the period, as 0 or 1. */
function flagColumns(asOf: string, period: { start: string; end: string } | undefined): string[] {
  const day = `DATE '${asOf}'`;
  const flags = [
    'CASE WHEN hired_on IS NULL THEN 1 ELSE 0 END AS f_undated',
    `CASE WHEN hired_on <= ${day} AND (ended_on IS NULL OR ended_on > ${day}) THEN 1 ELSE 0 END AS f_active`,
  ];
  if (period === undefined) {
    flags.push('0 AS f_hire', '0 AS f_rehire', '0 AS f_leaver', '0 AS f_start', '0 AS f_end');
    return flags;
  }
  const start = `DATE '${period.start}'`;
  const end = `DATE '${period.end}'`;
  const hiredWithin = `hired_on >= ${start} AND hired_on <= ${end}`;
  flags.push(
    `CASE WHEN ${hiredWithin} THEN CASE WHEN rehire = TRUE THEN 0 ELSE 1 END ELSE 0 END AS f_hire`,
    `CASE WHEN ${hiredWithin} AND rehire = TRUE THEN 1 ELSE 0 END AS f_rehire`,
    `CASE WHEN ended_on >= ${start} AND ended_on <= ${end} THEN 1 ELSE 0 END AS f_leaver`,
    `CASE WHEN hired_on < ${start} AND (ended_on IS NULL OR ended_on >= ${start}) THEN 1 ELSE 0 END AS f_start`,
    `CASE WHEN hired_on <= ${end} AND (ended_on IS NULL OR ended_on > ${end}) THEN 1 ELSE 0 END AS f_end`,
  );
  return flags;
}

/** The keys of the cube: every record's company and engagement; the rest where they apply. */
function keyColumns(asOfYear: number): string[] {
  const age = `${asOfYear} - birthYear`;
  const whenActive = (expression: string, name: string): string =>
    `CASE WHEN f_active = 1 THEN ${expression} END AS ${name}`;
  return [
    'companyId AS company_id',
    'engagement AS engagement',
    whenActive('siteId', 'site_id'),
    whenActive('homeLocationId', 'home_location_id'),
    whenActive('gender', 'gender'),
    whenActive('category', 'category'),
    whenActive('nationality', 'nationality'),
    whenActive(
      `CASE WHEN birthYear IS NULL THEN 'unknown' WHEN ${age} < 30 THEN '<30' WHEN ${age} <= 50 THEN '30-50' ELSE '>50' END`,
      'age_band',
    ),
    "CASE WHEN f_leaver = 1 THEN COALESCE(terminationReason, 'notStated') END AS termination_reason",
  ];
}

/** The names of the cube's keys, in the order of {@link keyColumns}. */
const KEYS =
  'company_id, engagement, site_id, home_location_id, gender, category, nationality, age_band, termination_reason';

/** The counts of the cube: the name of each and the flag it adds up. */
const COUNTS: readonly (readonly [string, string])[] = [
  ['undated', 'f_undated'],
  ['active', 'f_active'],
  ['hires', 'f_hire'],
  ['rehires', 'f_rehire'],
  ['leavers', 'f_leaver'],
  ['at_start', 'f_start'],
  ['at_end', 'f_end'],
];

/**
 * The SQL query that turns a table of employment records into a workforce cube: the counts a
 * workforce accumulator needs, grouped by every key it counts by.
 *
 * @remarks
 * The query reads the table's columns `companyId`, `engagement`, `siteId`, `homeLocationId`,
 * `gender`, `category`, `nationality`, `birthYear`, `hireDate`, `terminationDate`,
 * `terminationReason` and `rehire` (the record's field names; dates as `YYYY-MM-DD` text or
 * `DATE`, read with `CAST(… AS DATE)`) and returns one row per group, the columns of
 * {@link WorkforceCubeRow}. It counts as {@link mining-impact!createWorkforceAccumulator} does:
 * - active on `asOf`: `hireDate <= asOf` and no `terminationDate <= asOf`; the keys of an
 *   active record are its site, home, gender, category, nationality and age band, the age
 *   being `year(asOf) − birthYear` (under 30; 30 to 50 inclusive; over 50; `unknown` without a
 *   birth year: the GRI 401-1 and 405-1 bands);
 * - with a period: hires and re-hires (`rehire = TRUE`) hired within it (GRI 401-1 a counts the
 *   first), leavers terminated within it by reason (`notStated` without one, GRI 401-1 b),
 *   records there on its first day (hired before it, not terminated before it) and on its last
 *   (active on it);
 * - every record, contractors included: the accumulator's options (contractors, sites, policy)
 *   apply when the cube is ingested, so one cube serves them all.
 *
 * The SQL is the subset DuckDB, Spark SQL and Trino share: nested `SELECT`s, `CASE`, `CAST`,
 * `COALESCE`, `DATE '…'` literals, `GROUP BY` of plain columns, `COUNT` and `SUM`; column names
 * unquoted (each engine matches them without regard to case), result columns in lower case and
 * none of them a reserved word of the three (hence `cube_id`, `CUBE` being reserved in Trino).
 * The days are checked calendar dates before they are written as literals, and the table name
 * must be an identifier, so no option can add SQL of its own.
 *
 * @param options - The day of the count, the period of the flows and the table name.
 * @returns The query text.
 * @throws {@link mining-impact!ImpactError} `INVALID_DATE` when `asOf` or an end of the period is not a
 * calendar date; `INVALID_PERIOD` when the period ends before it starts; `INVALID_ARGUMENT`
 * when the table is not an identifier, or the period is not an object or has no end.
 *
 * @example
 * ```ts
 * const sql = workforceCubeSql({ asOf: '2025-06-30', table: 'hr.employees' });
 * sql.includes("DATE '2025-06-30'");
 * //=> true
 * ```
 *
 * @category Engine
 */
export function workforceCubeSql(options: Readonly<WorkforceCubeSqlOptions>): string {
  const { asOf, period, table } = (options ?? {}) as Partial<WorkforceCubeSqlOptions>;
  const days = cubeDays(asOf, period);
  const from = sqlTableName(table ?? 'employees');
  const fields =
    'companyId, engagement, siteId, homeLocationId, gender, category, nationality, birthYear, terminationReason';
  const counts = COUNTS.map(([name, flag]) => `CAST(SUM(${flag}) AS BIGINT) AS ${name}`);
  return [
    `SELECT '${cubeIdentity(days)}' AS cube_id, ${KEYS},`,
    `  CAST(COUNT(*) AS BIGINT) AS records, ${counts.join(', ')}`,
    'FROM (',
    `  SELECT ${keyColumns(Number(days.asOf.slice(0, 4))).join(',\n    ')},`,
    `    ${COUNTS.map(([, flag]) => flag).join(', ')}`,
    '  FROM (',
    `    SELECT ${fields},`,
    `      ${flagColumns(days.asOf, days.period).join(',\n      ')}`,
    '    FROM (',
    `      SELECT ${fields}, rehire,`,
    '        CAST(hireDate AS DATE) AS hired_on, CAST(terminationDate AS DATE) AS ended_on',
    `      FROM ${from}`,
    '    ) AS dated',
    '  ) AS flagged',
    ') AS keyed',
    `GROUP BY ${KEYS}`,
  ].join('\n');
}
