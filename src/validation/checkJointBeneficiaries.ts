import { beneficiaryGroupKey } from '../model/beneficiaryGroupKey.js';
import type { ImpactDataset } from '../model/impactDataset.js';
import type { SocialProgram } from '../model/socialProgram.js';
import type { Issue } from './issue.js';
import { makeIssue } from './makeIssue.js';

/** The count, unit and estimate of a program's beneficiaries, as comparable text. */
function countOf(program: Readonly<SocialProgram>): string {
  const b = program.beneficiaries;
  return JSON.stringify([b?.count, b?.unit, b?.estimated]);
}

/** Why a listed program does not agree with the program listing it; `undefined` when it does. */
function disagreement(
  program: Readonly<SocialProgram>,
  otherId: string,
  other: Readonly<SocialProgram> | undefined,
): string | undefined {
  if (otherId === program.id) return 'lists itself';
  if (other === undefined) return `lists "${otherId}", which is not a program of the dataset`;
  if (other.beneficiaries?.jointWith === undefined)
    return `lists "${otherId}", which does not share the count back`;
  if (beneficiaryGroupKey(other) !== beneficiaryGroupKey(program))
    return `and "${otherId}" list different groups of programs`;
  if (countOf(other) !== countOf(program))
    return `and "${otherId}" give different counts, units or estimates for their joint beneficiaries`;
  return undefined;
}

/**
 * Checks the joint beneficiary counts of programs (`program.joint_beneficiaries`): every program
 * a count is shared with exists, is not the program itself, shares the count back, lists the same
 * group and gives the same count, unit and estimate.
 *
 * @param dataset - The structurally valid dataset.
 * @returns The issues, one per program whose group does not agree (at its first disagreement).
 * @internal
 */
export function checkJointBeneficiaries(dataset: Readonly<ImpactDataset>): Issue[] {
  const byId = new Map(dataset.programs.map((p) => [p.id as string, p]));
  const issues: Issue[] = [];
  for (const [i, program] of dataset.programs.entries()) {
    const listed = program.beneficiaries?.jointWith ?? [];
    for (const [j, otherId] of listed.entries()) {
      const why = disagreement(program, otherId, byId.get(otherId));
      if (why === undefined) continue;
      issues.push(
        makeIssue(
          'program.joint_beneficiaries',
          ['programs', i, 'beneficiaries', 'jointWith', j],
          `Program "${program.id}" ${why}.`,
          { programId: program.id, jointWith: otherId },
        ),
      );
      break;
    }
  }
  return issues;
}
