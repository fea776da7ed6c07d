import type { SocialProgram } from './socialProgram.js';

/**
 * The key of a program's beneficiary count: its own id, or, for a count shared with other
 * programs (`jointWith`), the sorted ids of the whole group joined with `+` (ids never hold a
 * `+`), the same for every program of the group.
 *
 * @param program - The program.
 * @returns The key, e.g. `'prg-a+prg-b'`.
 *
 * @example
 * ```ts
 * beneficiaryGroupKey({ ...program, id: 'prg-b', beneficiaries: { ...hundreds, jointWith: ['prg-a'] } });
 * //=> 'prg-a+prg-b'
 * ```
 *
 * @internal
 */
export function beneficiaryGroupKey(program: Readonly<SocialProgram>): string {
  return [program.id, ...(program.beneficiaries?.jointWith ?? [])].sort().join('+');
}
