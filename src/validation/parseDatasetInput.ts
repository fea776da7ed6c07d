import type * as z from 'zod';
import { type ImpactDataset, ImpactDatasetSchema } from '../model/impactDataset.js';
import { type SanitizedInput, sanitizeInput } from './sanitizeInput.js';

/**
 * A dataset input copied into plain data and checked against the schema, before the rules that
 * depend on the validation date run.
 *
 * @internal
 */
export interface ParsedDatasetInput {
  /** The plain copy and the issues found while copying. */
  readonly sanitized: SanitizedInput;
  /** The schema's outcome; absent when the copy stopped at the size limit. */
  readonly parsed: z.ZodSafeParseResult<ImpactDataset> | undefined;
}

/**
 * Copies a dataset input into plain data and checks it against the dataset schema: the first,
 * date-independent half of `validateDataset`.
 *
 * @remarks
 * Over the size limit the copy stops and the rest of the input is missing from it: the schema
 * is not run, since it would report every missing value as wrong (the `input.too_large` issue
 * says it all).
 *
 * @param input - Any value.
 * @returns The copy, its issues and, unless the copy was truncated, the schema's outcome.
 * @internal
 */
export function parseDatasetInput(input: unknown): ParsedDatasetInput {
  const sanitized = sanitizeInput(input);
  const truncated = sanitized.issues.some((issue) => issue.code === 'input.too_large');
  return {
    sanitized,
    parsed: truncated ? undefined : ImpactDatasetSchema.safeParse(sanitized.value),
  };
}
