import { describe, expect, it } from 'vitest';
import { accepts, rejects } from '../../test/fixtures/schemaExpectations.js';
import {
  BeneficiariesSchema,
  ProgramResultSchema,
  SocialProgramSchema,
  SpendSchema,
} from './socialProgram.js';

const program = {
  id: 'csr-sports-dashkasan',
  title: 'Sports grounds in Daşkəsən',
  category: 'sportsAndHealth',
  sdgs: [3],
  status: 'closed',
  period: { start: '2023-01-01', end: '2023-12-31' },
  locations: [{ locationId: 'AZ-DAS' }],
  participants: [{ organizationId: 'azergold', role: 'funding' }],
  obligation: 'voluntary',
  form: 'inKind',
  spend: [],
  sourceIds: ['src-azergold-2023-07-10'],
};

describe('SocialProgramSchema', () => {
  it('accepts a program with spend, budget, beneficiaries and results', () => {
    const parsed = accepts(SocialProgramSchema, {
      ...program,
      locations: [
        { locationId: 'AZ-DAS', percentage: 60 },
        { locationId: 'AZ-GYG', percentage: 40 },
      ],
      spend: [
        {
          date: '2023-06-01',
          value: { amountMinor: 30_000_000, currency: 'AZN' },
          kind: 'expenditure',
          form: 'inKind',
        },
      ],
      budget: { amountMinor: 50_000_000, currency: 'AZN' },
      regrant: false,
      primaryPurpose: 'community',
      beneficiaries: {
        count: { min: 200, max: 999, phrase: 'hundreds of pupils' },
        unit: 'person',
        estimated: true,
      },
      results: [
        {
          title: 'Pupils training weekly',
          measure: 'unit',
          target: 300,
          actual: 240,
          period: { start: '2023-09-01' },
        },
      ],
    });
    expect(parsed.spend[0]?.value).toEqual({ amountMinor: 30_000_000, currency: 'AZN' });
  });

  it('rejects SDGs outside 1..17, percentages above 100, float money and unknown categories', () => {
    rejects(SocialProgramSchema, { ...program, sdgs: [18] }, ['sdgs', 0], 'too_big');
    rejects(
      SocialProgramSchema,
      { ...program, locations: [{ locationId: 'AZ-DAS', percentage: 100.5 }] },
      ['locations', 0, 'percentage'],
      'too_big',
    );
    rejects(
      SocialProgramSchema,
      {
        ...program,
        spend: [
          { date: '2023-06-01', value: { amountMinor: 1.5, currency: 'AZN' }, kind: 'expenditure' },
        ],
      },
      ['spend', 0, 'value', 'amountMinor'],
      'invalid_type',
    );
    rejects(SocialProgramSchema, { ...program, category: 'sports' }, ['category'], 'invalid_value');
    rejects(
      SocialProgramSchema,
      { ...program, period: { start: '2024-01-01', end: '2023-12-31' } },
      ['period', 'end'],
      'period.end_before_start',
    );
  });
});

describe('SpendSchema, BeneficiariesSchema and ProgramResultSchema', () => {
  it('accept their documented shapes', () => {
    accepts(SpendSchema, {
      date: '2024-06-01',
      value: { amountMinor: 500000, currency: 'AZN' },
      kind: 'commitment',
      recipientId: 'school-1',
    });
    accepts(BeneficiariesSchema, {
      count: 120,
      unit: 'household',
      ids: ['b-1', 'b-2'],
      estimated: false,
    });
    accepts(ProgramResultSchema, {
      title: 'Trees planted',
      measure: 'qualitative',
      description: 'Planted along the river.',
      period: { start: '2024-01-01' },
    });
  });

  it('reject unknown flow kinds, currencies and units', () => {
    rejects(
      SpendSchema,
      { date: '2024-06-01', value: { amountMinor: 1, currency: 'AZN' }, kind: 'grant' },
      ['kind'],
      'invalid_value',
    );
    rejects(
      SpendSchema,
      { date: '2024-06-01', value: { amountMinor: 1, currency: 'XYZ' }, kind: 'commitment' },
      ['value', 'currency'],
      'invalid_value',
    );
    rejects(
      BeneficiariesSchema,
      { count: 1, unit: 'family', estimated: false },
      ['unit'],
      'invalid_value',
    );
    rejects(
      ProgramResultSchema,
      { title: 'x', measure: 'ordinal', period: { start: '2024-01-01' } },
      ['measure'],
      'invalid_value',
    );
  });
});

describe('SocialProgramSchema: what sources leave open', () => {
  it('accepts "not stated" for obligation and form, further categories and communities', () => {
    const parsed = accepts(SocialProgramSchema, {
      ...program,
      obligation: 'notStated',
      form: 'notStated',
      categories: ['infrastructure', 'education'],
      beneficiaries: { count: 12, unit: 'community', estimated: false },
    });
    expect([parsed.obligation, parsed.form, parsed.categories]).toEqual([
      'notStated',
      'notStated',
      ['infrastructure', 'education'],
    ]);
    rejects(
      SocialProgramSchema,
      { ...program, categories: ['roads'] },
      ['categories', 0],
      'invalid_value',
    );
    // Pupils and patients are persons: no unit of their own.
    rejects(
      BeneficiariesSchema,
      { count: 300, unit: 'student', estimated: false },
      ['unit'],
      'invalid_value',
    );
  });

  it('accepts amounts reported for a period and the equivalents of a flow', () => {
    // "A budget of 50 million soms or US$ 1.6 million": 5,000,000,000 tyiyn, 160,000,000 cents.
    const parsed = accepts(SocialProgramSchema, {
      ...program,
      spend: [
        {
          date: '2023-06-01',
          value: { amountMinor: 1_000_000, currency: 'KGS' },
          kind: 'expenditure',
          equivalents: [{ amountMinor: 21_000, currency: 'USD' }],
        },
      ],
      reportedAmounts: [
        {
          basis: 'budgeted',
          period: { start: '2023' },
          value: { amountMinor: 5_000_000_000, currency: 'KGS' },
          equivalents: [{ amountMinor: 160_000_000, currency: 'USD' }],
          phrase: 'a budget of 50 million soms or US$ 1.6 million',
          sourceIds: ['src-azergold-2023-07-10'],
        },
      ],
    });
    expect(parsed.reportedAmounts?.[0]?.basis).toBe('budgeted');
    expect(parsed.spend[0]?.equivalents).toEqual([{ amountMinor: 21_000, currency: 'USD' }]);
    // A flow's equivalents are exact amounts: a flow is never published as bounds.
    rejects(
      SpendSchema,
      {
        date: '2023-06-01',
        value: { amountMinor: 1, currency: 'KGS' },
        kind: 'expenditure',
        equivalents: [{ min: 1, currency: 'USD' }],
      },
      ['equivalents', 0, 'amountMinor'],
      'invalid_type',
    );
  });
});
