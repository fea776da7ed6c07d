import { countInterval } from '../../../core/count.js';
import { beneficiaryGroupKey } from '../../../model/beneficiaryGroupKey.js';
import type { Beneficiaries, SocialProgram } from '../../../model/socialProgram.js';

/**
 * The programs one published beneficiary count covers: a program on its own, or a group whose
 * count is shared (`jointWith`).
 *
 * @internal
 */
export interface BeneficiaryGroup {
  /** The sorted ids of every program the count covers, joined with `+`: the group's key. */
  readonly key: string;
  /** The programs of the group present in the list, in list order. */
  readonly programs: readonly Readonly<SocialProgram>[];
  /** The count, as the first program of the group gives it. */
  readonly beneficiaries: Beneficiaries;
  /**
   * Whether every program the count covers is in the list; otherwise the programs present reach
   * an unknown part of it, between 0 and the count.
   */
  readonly complete: boolean;
}

/**
 * Groups the programs with beneficiaries by the count they share, so that a count published for
 * several programs together is counted once.
 *
 * @param programs - Programs that all report beneficiaries.
 * @returns The groups, in the order of their first program.
 * @internal
 */
export function beneficiaryGroups(
  programs: readonly Readonly<SocialProgram>[],
): BeneficiaryGroup[] {
  const present = new Set(programs.map((p) => p.id as string));
  const groups = new Map<string, { programs: Readonly<SocialProgram>[]; first: SocialProgram }>();
  for (const program of programs) {
    const key = beneficiaryGroupKey(program);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { programs: [program], first: program });
    else group.programs.push(program);
  }
  return [...groups].map(([key, group]) => ({
    key,
    programs: group.programs,
    beneficiaries: group.first.beneficiaries as Beneficiaries,
    complete: key.split('+').every((id) => present.has(id)),
  }));
}

/**
 * The interval of persons a group reaches: its count, with 0 as the lower bound when programs of
 * the group are missing from the list.
 *
 * @param group - The group.
 * @returns `min` and `max` (`null` when unbounded above).
 * @internal
 */
export function groupInterval(group: Readonly<BeneficiaryGroup>): {
  readonly min: number;
  readonly max: number | null;
} {
  const { min, max } = countInterval(group.beneficiaries.count);
  return { min: group.complete ? min : 0, max };
}

/**
 * The note on the groups of more than one program: their count is counted once.
 *
 * @param groups - The groups.
 * @returns One note per joint group.
 * @internal
 */
export function jointCountNotes(groups: readonly Readonly<BeneficiaryGroup>[]): string[] {
  return groups
    .filter((g) => g.key.includes('+'))
    .map((g) =>
      g.complete
        ? `One count is published for the programs ${g.key.split('+').join(', ')} together; it is counted once.`
        : `One count is published for the programs ${g.key.split('+').join(', ')} together, not all of them counted here: they reach between 0 and that count.`,
    );
}
