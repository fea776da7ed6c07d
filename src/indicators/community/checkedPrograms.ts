import { ImpactError } from '../../core/ImpactError.js';
import { type SocialProgram, SocialProgramSchema } from '../../model/socialProgram.js';
import { firstIssue } from '../firstIssue.js';

/**
 * Reads programs into an array, checking each against the SocialProgram schema.
 *
 * @param programs - The programs as given.
 * @returns The same program objects, in order.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when `programs` is not iterable or a program
 * does not match {@link SocialProgramSchema} (the message names the first issue, e.g.
 * `programs[2].spend.0.value.amountMinor`).
 * @internal
 */
export function checkedPrograms(
  programs: Iterable<Readonly<SocialProgram>>,
): Readonly<SocialProgram>[] {
  if (
    programs === null ||
    typeof programs !== 'object' ||
    typeof (programs as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function'
  ) {
    throw new ImpactError('INVALID_ARGUMENT', 'the programs must be an iterable of SocialProgram');
  }
  const list = [...programs];
  for (const [index, program] of list.entries()) {
    const parsed = SocialProgramSchema.safeParse(program);
    if (!parsed.success) {
      throw new ImpactError(
        'INVALID_ARGUMENT',
        firstIssue(parsed.error.issues, `programs[${index}]`),
        {
          cause: parsed.error,
        },
      );
    }
  }
  return list;
}
