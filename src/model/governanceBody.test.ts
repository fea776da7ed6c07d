import { describe, it } from 'vitest';
import { accepts, rejects } from '../../test/fixtures/schemaExpectations.js';
import { GovernanceBodySchema } from './governanceBody.js';

const board = {
  id: 'board',
  companyId: 'miner',
  name: 'Board of Directors',
  kind: 'board',
  asOf: '2024-12-31',
  members: 10,
  sourceIds: ['src-board'],
};

describe('GovernanceBodySchema', () => {
  it('GRI 405-1 a: accepts a body with members by gender, age band and other groups', () => {
    accepts(GovernanceBodySchema, {
      ...board,
      byGender: { female: 3, male: 7 },
      byAgeBand: { '30-50': 4, '>50': 6 },
      otherDiversity: { hostCountryNationals: 10 },
    });
    // Breakdowns that leave members out are partial, not wrong: 3 of 10 stated.
    accepts(GovernanceBodySchema, { ...board, byGender: { female: 3 } });
    // Without any breakdown the dimensions are not stated.
    accepts(GovernanceBodySchema, board);
  });

  it('GRI 405-1 a: rejects groups that hold more people than the body (governance.group_exceeds_members)', () => {
    // 3 + 8 = 11 > 10.
    rejects(
      GovernanceBodySchema,
      { ...board, byGender: { female: 3, male: 8 } },
      ['byGender'],
      'governance.group_exceeds_members',
    );
    // 5 + 6 = 11 > 10.
    rejects(
      GovernanceBodySchema,
      { ...board, byAgeBand: { '30-50': 5, '>50': 6 } },
      ['byAgeBand'],
      'governance.group_exceeds_members',
    );
    // 11 > 10.
    rejects(
      GovernanceBodySchema,
      { ...board, otherDiversity: { independent: 11 } },
      ['otherDiversity'],
      'governance.group_exceeds_members',
    );
  });

  it('GRI 405-1 a ii: rejects unknown kinds, negative or fractional counts and age bands other than under 30, 30-50, over 50', () => {
    rejects(GovernanceBodySchema, { ...board, kind: 'council' }, ['kind'], 'invalid_value');
    rejects(GovernanceBodySchema, { ...board, members: -1 }, ['members'], 'too_small');
    rejects(GovernanceBodySchema, { ...board, members: 2.5 }, ['members'], 'invalid_type');
    rejects(
      GovernanceBodySchema,
      { ...board, byAgeBand: { '18-30': 1 } },
      ['byAgeBand'],
      'unrecognized_keys',
    );
  });
});
