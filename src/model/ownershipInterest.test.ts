import { describe, expect, it } from 'vitest';
import { accepts, rejects } from '../../test/fixtures/schemaExpectations.js';
import { OwnershipInterestSchema, ShareSchema } from './ownershipInterest.js';

const interest = { subjectId: 'azergold', interestedPartyId: 'state-az', type: 'shareholding' };

describe('OwnershipInterestSchema', () => {
  it('accepts an interest with an exact or a ranged share and dates', () => {
    accepts(OwnershipInterestSchema, { ...interest, share: { exact: 100 }, start: '2015-02-11' });
    accepts(OwnershipInterestSchema, {
      ...interest,
      type: 'votingRights',
      share: { min: 25, max: 50 },
      start: '2015-02-11',
      end: '2015-02-11',
    });
  });

  it('rejects an interest that ends before it starts', () => {
    rejects(
      OwnershipInterestSchema,
      { ...interest, start: '2020-01-02', end: '2020-01-01' },
      ['end'],
      'period.end_before_start',
    );
  });

  it('rejects unknown interest types', () => {
    rejects(
      OwnershipInterestSchema,
      { ...interest, type: 'appointmentOfBoard' },
      ['type'],
      'invalid_value',
    );
  });
});

describe('ShareSchema', () => {
  it('accepts exact shares and ordered ranges within 0..100', () => {
    accepts(ShareSchema, { exact: 0 });
    accepts(ShareSchema, { min: 50, max: 50 });
  });

  it('rejects shares beyond 100, reversed ranges and mixed forms', () => {
    rejects(ShareSchema, { exact: 100.5 }, ['exact'], 'too_big');
    rejects(ShareSchema, { min: 60, max: 40 }, ['max'], 'bounds.min_above_max');
    rejects(ShareSchema, { exact: 10, min: 5, max: 20 }, [], 'invalid_union');
  });
});

describe('OwnershipInterestSchema dates (regression)', () => {
  it('does not compare a malformed start with the end', () => {
    const result = OwnershipInterestSchema.safeParse({
      subjectId: 'azergold',
      interestedPartyId: 'state-az',
      type: 'shareholding',
      start: '2024-13-01',
      end: '2024-12-31',
    });
    expect(result.error?.issues.map((issue) => issue.code)).toEqual(['invalid_format']);
  });
});
