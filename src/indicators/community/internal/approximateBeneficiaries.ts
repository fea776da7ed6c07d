import { approximateNote, isApproximateCount } from '../../../core/count.js';
import type { SocialProgram } from '../../../model/socialProgram.js';

/**
 * The notes on the approximate beneficiary counts of programs ("about 20,000 people"): each is
 * taken as the value, and its phrase quoted.
 *
 * @param programs - The programs counted.
 * @returns One note per program with an approximate count, in the order of the programs.
 * @internal
 */
export function approximateBeneficiaryNotes(
  programs: readonly Readonly<SocialProgram>[],
): string[] {
  return programs.flatMap((program) => {
    const count = program.beneficiaries?.count;
    return count !== undefined && isApproximateCount(count)
      ? [approximateNote(`beneficiaries of ${program.id}`, count.phrase)]
      : [];
  });
}
