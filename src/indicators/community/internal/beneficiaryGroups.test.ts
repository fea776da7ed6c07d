import { describe, expect, it } from 'vitest';
import { SocialProgramSchema } from '../../../model/socialProgram.js';
import { programBeneficiaries } from '../programBeneficiaries.js';
import { beneficiaryGroups, groupInterval, jointCountNotes } from './beneficiaryGroups.js';

const base = {
  title: 'Program',
  category: 'education',
  sdgs: [],
  status: 'implementation',
  period: { start: '2024-01-01' },
  locations: [],
  participants: [],
  obligation: 'voluntary',
  form: 'cash',
  spend: [],
  primaryPurpose: 'community',
  sourceIds: ['src-a'],
} as const;

/** Program `id` in `category`, sharing "hundreds" (200 to 999) with `others`. */
function program(id: string, category: string, others: readonly string[]) {
  return SocialProgramSchema.parse({
    ...base,
    id,
    category,
    beneficiaries: {
      count: { min: 200, max: 999, phrase: 'hundreds' },
      unit: 'person',
      estimated: true,
      jointWith: others,
    },
  });
}

const a = program('prg-a', 'education', ['prg-b', 'prg-c']);
const b = program('prg-b', 'education', ['prg-a', 'prg-c']);
const c = program('prg-c', 'agriculture', ['prg-a', 'prg-b']);

describe('beneficiaryGroups', () => {
  it('makes one group of the programs sharing a count, complete when all are listed', () => {
    const [group, ...rest] = beneficiaryGroups([a, b, c]);
    expect(rest).toEqual([]);
    expect(group?.key).toBe('prg-a+prg-b+prg-c');
    expect(group?.programs.map((p) => p.id)).toEqual(['prg-a', 'prg-b', 'prg-c']);
    expect(group?.complete).toBe(true);
    expect(group === undefined ? undefined : groupInterval(group)).toEqual({ min: 200, max: 999 });
  });

  it('reaches 0 to the count when programs of the group are not listed, and says so', () => {
    const groups = beneficiaryGroups([a, b]);
    expect(groups.map((g) => [g.key, g.complete])).toEqual([['prg-a+prg-b+prg-c', false]]);
    expect(groupInterval(groups[0] as never)).toEqual({ min: 0, max: 999 });
    expect(jointCountNotes(groups)).toEqual([
      'One count is published for the programs prg-a, prg-b, prg-c together, not all of them counted here: they reach between 0 and that count.',
    ]);
  });

  it('counts the shared count once in programBeneficiaries, split between 0 and it by category', () => {
    const result = programBeneficiaries([a, b, c]);
    // One count of 200 to 999 for three programs: not 600 to 2,997.
    expect(result.bounds).toEqual({ min: 200, max: 999 });
    // Two categories share it: each holds between 0 and 999, with its programs counted.
    expect(result.detail.byCategory).toEqual([
      { category: 'agriculture', programs: 1, min: 0, max: 999 },
      { category: 'education', programs: 2, min: 0, max: 999 },
    ]);
    // Two of the three: between 0 and 999.
    expect(programBeneficiaries([a, b]).bounds).toEqual({ min: 0, max: 999 });
  });
});
