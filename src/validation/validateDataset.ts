import { appendAll } from '../core/appendAll.js';
import { isCalendarDate } from '../core/calendarDate.js';
import { ImpactError } from '../core/ImpactError.js';
import { addYears } from '../core/internal/calendarArithmetic.js';
import type { ImpactDataset } from '../model/impactDataset.js';
import type { Location } from '../model/location.js';
import { checkCompleteness } from './checkCompleteness.js';
import { checkDates } from './checkDates.js';
import { checkDeposits } from './checkDeposits.js';
import { checkGrievances } from './checkGrievances.js';
import { checkIds } from './checkIds.js';
import { checkLocations } from './checkLocations.js';
import { checkPrograms } from './checkPrograms.js';
import { checkReferences } from './checkReferences.js';
import { checkWorkforce } from './checkWorkforce.js';
import type { Issue } from './issue.js';
import { issuesFromZod } from './issuesFromZod.js';
import { type ParsedDatasetInput, parseDatasetInput } from './parseDatasetInput.js';
import type { RuleContext } from './ruleContext.js';
import { summarizeIssues, type ValidationSummary } from './summarizeIssues.js';

/**
 * The options of {@link validateDataset}.
 *
 * @example
 * ```ts
 * const options: ValidateDatasetOptions = { now: '2025-11-14' };
 * ```
 *
 * @category Validation
 */
export interface ValidateDatasetOptions {
  /** Today, `YYYY-MM-DD`: actual dates may not lie after it, planned ones at most 15 years ahead. */
  readonly now: string;
  /** Locations the dataset may refer to without repeating them (a gazetteer), by id. */
  readonly gazetteer?: { readonly byId: ReadonlyMap<string, Location> } | undefined;
}

/**
 * What {@link validateDataset} found.
 *
 * @example
 * ```ts
 * declare const result: DatasetValidation;
 * if (result.valid) result.data?.company.name;
 * ```
 *
 * @category Validation
 */
export interface DatasetValidation {
  /** `true` exactly when no issue is an error. */
  readonly valid: boolean;
  /**
   * The parsed dataset, present when the input is structurally valid (the model's schemas
   * accept it, after forbidden keys are removed); rule errors may still make it invalid.
   */
  readonly data?: ImpactDataset;
  /** Every issue, in order: input, structure, then the rules. */
  readonly issues: readonly Issue[];
  /** The issues counted by severity and grouped by code. */
  readonly summary: ValidationSummary;
}

function isUnderAny(path: string, prefixes: ReadonlySet<string>): boolean {
  if (prefixes.has('') || prefixes.has(path)) return true;
  for (let end = path.indexOf('/', 1); end !== -1; end = path.indexOf('/', end + 1)) {
    if (prefixes.has(path.slice(0, end))) return true;
  }
  return false;
}

/**
 * The day 15 years after `now`, as a date string that compares with four-digit dates: past the
 * year 9999 (now on or after 9985-01-01) it is `9999-12-31`, which no date of a dataset is
 * after. `10000-01-01` compared as a string is before `2030-01-01`.
 */
function farFutureOf(now: string): string {
  const far = addYears(now, 15);
  return far.length > 10 ? '9999-12-31' : far;
}

/**
 * The context the rules read: today, the day 15 years ahead and the gazetteer's locations.
 *
 * @param now - Today, a calendar date.
 * @param byId - The gazetteer's locations by id, if any.
 * @returns The rule context.
 * @internal
 */
export function ruleContextOf(
  now: string,
  byId: ReadonlyMap<string, Location> | undefined,
): RuleContext {
  return {
    now,
    farFuture: farFutureOf(now),
    nowYear: Number(now.slice(0, 4)),
    gazetteer: byId ?? new Map<string, Location>(),
  };
}

/**
 * Validates an untrusted value as an {@link ImpactDataset} and reports every problem as an
 * {@link Issue} with a code, a severity and a JSON Pointer path.
 *
 * @remarks
 * Three stages, each documented rule by rule in {@link validationRules}:
 * 1. Input: the raw value is copied into plain data without invoking getters; the keys
 *    `__proto__`, `constructor` and `prototype` are reported (`security.forbidden_key`) and left
 *    out of the copy, as are values JSON cannot hold, cycles, nesting beyond 64 levels and
 *    unreadable values. No prototype is ever reached, and the input is never changed.
 * 2. Structure: the copy is parsed with {@link ImpactDatasetSchema}; every zod issue becomes an
 *    issue (`schema.*` or the refinement's own code such as `period.end_before_start`). Issues
 *    at or under a path already reported in stage 1 are not repeated.
 * 3. Rules: once the structure is valid, the checks across records run: references, unique ids,
 *    dates against `now`, program percentages and spend, workforce breakdowns, the mine
 *    lifecycle, reserves, location ancestry, sources and coverage.
 *
 * Never throws for any `input`: cyclic, deeply nested, exotic or hostile values all become
 * issues.
 *
 * @param input - The value to validate, e.g. the result of `JSON.parse`.
 * @param options - `now` and, optionally, the gazetteer that dataset locations may extend.
 * @returns `valid`, the parsed `data` when the structure is valid, the issues and a summary.
 * @throws {@link ImpactError} `INVALID_DATE` when `options.now` is not a calendar date;
 * `INVALID_ARGUMENT` when `options.gazetteer.byId` is not a map.
 *
 * @example
 * ```ts
 * const result = validateDataset(JSON.parse(text), { now: '2025-11-14' });
 * result.valid;
 * //=> false
 * result.issues[0];
 * //=> { code: 'ref.missing', severity: 'error', path: '/sites/0/locationId', message: 'No entity has the id "AZ-XXX"; expected a location.', context: { id: 'AZ-XXX' } }
 * ```
 *
 * @category Validation
 */
export function validateDataset(
  input: unknown,
  options: Readonly<ValidateDatasetOptions>,
): DatasetValidation {
  checkValidationOptions(options);
  return validateParsedInput(parseDatasetInput(input), options);
}

/** Throws when `now` is not a calendar date or the gazetteer is not a map of locations. */
function checkValidationOptions(options: Readonly<ValidateDatasetOptions>): void {
  const now: unknown = options?.now;
  if (!isCalendarDate(now)) {
    throw new ImpactError('INVALID_DATE', `now: ${JSON.stringify(String(now)).slice(0, 40)}`);
  }
  const byId: unknown = options.gazetteer?.byId;
  if (
    byId !== undefined &&
    (typeof byId !== 'object' ||
      byId === null ||
      typeof (byId as Map<string, Location>).get !== 'function' ||
      typeof (byId as Map<string, Location>).has !== 'function' ||
      typeof (byId as Map<string, Location>).keys !== 'function')
  ) {
    throw new ImpactError('INVALID_ARGUMENT', 'gazetteer.byId must be a Map of locations by id');
  }
}

/**
 * {@link validateDataset} on an input already copied and parsed by `parseDatasetInput`, so that
 * a caller who needed the parsed dataset first (to find its latest dated fact) does not copy and
 * parse it twice.
 *
 * @param input - The copy, its issues and the schema's outcome.
 * @param options - `now` and, optionally, the gazetteer.
 * @returns What {@link validateDataset} returns for the same input.
 * @throws {@link ImpactError} as {@link validateDataset}.
 * @internal
 */
export function validateParsedInput(
  input: Readonly<ParsedDatasetInput>,
  options: Readonly<ValidateDatasetOptions>,
): DatasetValidation {
  checkValidationOptions(options);
  const now = options.now;
  const byId = options.gazetteer?.byId;
  const { sanitized, parsed } = input;
  const issues: Issue[] = [...sanitized.issues];
  const reported = new Set(sanitized.issues.map((issue) => issue.path));
  let data: ImpactDataset | undefined;
  if (parsed?.success === true) {
    data = parsed.data;
    const context = ruleContextOf(now, byId as ReadonlyMap<string, Location> | undefined);
    for (const found of [
      checkIds(data),
      checkReferences(data, context),
      checkDates(data, context),
      checkPrograms(data),
      checkWorkforce(data),
      checkDeposits(data),
      checkGrievances(data),
      checkLocations(data, context),
      checkCompleteness(data),
    ])
      appendAll(issues, found);
  } else if (parsed !== undefined) {
    for (const issue of issuesFromZod(parsed.error.issues, sanitized.value)) {
      if (!isUnderAny(issue.path, reported)) issues.push(issue);
    }
  }
  const summary = summarizeIssues(issues);
  const result: DatasetValidation = { valid: summary.errors === 0, issues, summary };
  return data === undefined ? result : { ...result, data };
}
