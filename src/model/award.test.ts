import { describe, it } from 'vitest';
import { accepts, rejects } from '../../test/fixtures/schemaExpectations.js';
import { AwardSchema } from './award.js';

const award = {
  id: 'award-csr',
  title: 'National CSR Award',
  awardingBodyId: 'ask',
  recipientId: 'azergold',
  level: 'national',
  sourceIds: ['src-azergold'],
};

describe('AwardSchema', () => {
  it('accepts an award with a date or only a year, given to the company or a program', () => {
    accepts(AwardSchema, {
      ...award,
      date: '2024-05-28',
      nomination: 'Best community program',
      firstOfItsKind: 'the first state-owned company to receive it',
    });
    accepts(AwardSchema, { ...award, recipientId: 'csr-sports', year: 2023 });
  });

  it('rejects unknown levels, years out of range and missing sources', () => {
    rejects(AwardSchema, { ...award, level: 'regional' }, ['level'], 'invalid_value');
    rejects(AwardSchema, { ...award, year: 1800 }, ['year'], 'too_small');
    rejects(AwardSchema, { ...award, sourceIds: undefined }, ['sourceIds'], 'invalid_type');
  });
});
