import type * as z from 'zod';

/**
 * Builds the `when` condition of a refinement that compares fields of an object: the comparison
 * runs only on an object whose compared fields have no issue of their own, so that an invalid
 * date is reported once, as invalid, and never compared as if it were a date.
 *
 * @remarks
 * Without it zod runs such a refinement after a format issue (a `2024-13-01` date), which is not
 * an aborting issue, and skips it after any aborting issue elsewhere in the object. With it the
 * refinement runs whenever the value is an object and the compared fields passed their own
 * checks; unknown keys do not stop it.
 *
 * @param keys - The fields the refinement compares.
 * @returns The condition for the refinement's `when` option.
 * @internal
 */
export function whenFieldsValid(
  ...keys: readonly string[]
): (payload: z.core.ParsePayload) => boolean {
  return (payload) =>
    typeof payload.value === 'object' &&
    payload.value !== null &&
    !payload.issues.some((issue) => {
      const first = issue.path?.[0];
      return first === undefined
        ? issue.code !== 'unrecognized_keys'
        : typeof first === 'string' && keys.includes(first);
    });
}
