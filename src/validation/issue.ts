import * as z from 'zod';
import { lazyShape } from '../core/lazyShape.js';
import { pure } from '../core/pure.js';

/**
 * How serious an {@link Issue} is.
 *
 * @remarks
 * `error`: the data breaks the model or a rule that must hold (a dataset with an error is not
 * valid); `warning`: something that should hold does not, and the data is probably wrong;
 * `info`: a gap that makes the data less useful (no identifiers, no points, no results).
 *
 * @example
 * ```ts
 * IssueSeveritySchema.parse('warning');
 * //=> 'warning'
 * ```
 *
 * @category Validation
 */
export const IssueSeveritySchema = pure(() => z.enum(['error', 'warning', 'info']));

/**
 * The severity of an issue (see `IssueSeveritySchema`).
 *
 * @example
 * ```ts
 * const severity: IssueSeverity = 'error';
 * ```
 *
 * @category Validation
 */
export type IssueSeverity = 'error' | 'warning' | 'info';

/**
 * One problem found in a dataset: a stable code, a severity, where it is and what is wrong.
 *
 * @remarks
 * `code` is one of the codes of {@link validationRules}, where each is documented. `path` is an
 * RFC 6901 JSON Pointer into the input (`''` for the whole document). `message` is plain
 * English that names the offending value and never reproduces a whole object. `context` holds
 * the values involved (ids, dates, sums) as strings, numbers, booleans or `null`.
 *
 * @example
 * ```ts
 * IssueSchema.parse({
 *   code: 'ref.missing',
 *   severity: 'error',
 *   path: '/sites/0/locationId',
 *   message: 'No location has the id "AZ-XXX".',
 * }).code;
 * //=> 'ref.missing'
 * ```
 *
 * @category Validation
 */
export const IssueSchema = pure(() =>
  z.strictObject(
    lazyShape({
      /** The stable, dotted code of the rule, e.g. `'ref.missing'`. */
      code: () => z.string().min(1),
      /** How serious the issue is. */
      severity: IssueSeveritySchema,
      /** Where the issue is: an RFC 6901 JSON Pointer, e.g. `'/programs/3/spend/0/value'`. */
      path: () => z.string(),
      /** What is wrong, in plain English, naming the offending value. */
      message: () => z.string().min(1),
      /** The values involved, when useful: ids, dates, sums. */
      context: () =>
        z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
    }),
  ),
);

/**
 * A problem found by {@link validateDataset} (see `IssueSchema`).
 *
 * @example
 * ```ts
 * const issue: Issue = {
 *   code: 'period.end_before_start',
 *   severity: 'error',
 *   path: '/programs/0/period/end',
 *   message: 'The period ends on 2023-01-01, before it starts on 2024-01-01.',
 * };
 * ```
 *
 * @category Validation
 */
export interface Issue {
  /** The stable, dotted code of the rule, e.g. `'ref.missing'`. */
  readonly code: string;
  /** How serious the issue is. */
  readonly severity: IssueSeverity;
  /** Where the issue is: an RFC 6901 JSON Pointer, e.g. `'/programs/3/spend/0/value'`. */
  readonly path: string;
  /** What is wrong, in plain English, naming the offending value. */
  readonly message: string;
  /** The values involved, when useful: ids, dates, sums. */
  readonly context?: { readonly [name: string]: string | number | boolean | null } | undefined;
}
