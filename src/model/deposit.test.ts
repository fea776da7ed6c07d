import { describe, expect, it } from 'vitest';
import { accepts, rejects } from '../../test/fixtures/schemaExpectations.js';
import {
  DepositSchema,
  GradeSchema,
  LicenceSchema,
  MineStageSchema,
  ResourceEstimateSchema,
} from './deposit.js';

const estimate = {
  reportingCode: 'JORC',
  effectiveDate: '2024-12-31',
  category: 'indicated',
  commodity: 'gold',
  ore: { value: 1_000_000, unit: 't' },
  grade: { value: 2.1, unit: 'g/t' },
  sourceId: 'src-1',
};
const deposit = {
  id: 'dep-chovdar',
  name: 'Çovdar',
  locationId: 'AZ-DAS',
  commodities: ['gold'],
  stage: 'production',
};

describe('DepositSchema', () => {
  it('accepts a deposit with history, operator, licence and estimates', () => {
    const parsed = accepts(DepositSchema, {
      ...deposit,
      stageHistory: [
        { stage: 'exploration', from: '2010-01-01' },
        { stage: 'production', from: '2016-07-01', sourceIds: ['src-1'] },
      ],
      operatorId: 'azergold',
      licence: {
        reference: 'PSA 1997',
        holderId: 'aimc',
        grantedOn: '1997-08-20',
        expiresOn: '2027-08-20',
      },
      estimates: [estimate],
    });
    expect(parsed.estimates?.[0]?.category).toBe('indicated');
  });

  it('needs at least one commodity and a known stage', () => {
    rejects(DepositSchema, { ...deposit, commodities: [] }, ['commodities'], 'too_small');
    rejects(DepositSchema, { ...deposit, stage: 'mining' }, ['stage'], 'invalid_value');
    expect(MineStageSchema.options).toHaveLength(8);
  });
});

describe('ResourceEstimateSchema and GradeSchema', () => {
  it('accepts an estimate, and a grade in percent up to 100', () => {
    accepts(ResourceEstimateSchema, { ...estimate, competentPerson: 'A. Geologist' });
    accepts(GradeSchema, { value: 100, unit: '%' });
  });

  it('rejects an unknown reporting code, a negative ore tonnage and a grade above 100 %', () => {
    rejects(
      ResourceEstimateSchema,
      { ...estimate, reportingCode: 'SEC' },
      ['reportingCode'],
      'invalid_value',
    );
    rejects(
      ResourceEstimateSchema,
      { ...estimate, ore: { value: -1, unit: 't' } },
      ['ore', 'value'],
      'too_small',
    );
    rejects(GradeSchema, { value: 100.5, unit: '%' }, ['value'], 'grade.percent_above_100');
    // In grams per tonne there is no upper limit.
    accepts(GradeSchema, { value: 150, unit: 'g/t' });
  });
});

describe('LicenceSchema', () => {
  it('accepts a licence that expires on the day it is granted', () => {
    accepts(LicenceSchema, { grantedOn: '2020-01-01', expiresOn: '2020-01-01' });
  });

  it('rejects a licence that expires before it is granted', () => {
    rejects(
      LicenceSchema,
      { grantedOn: '2020-01-02', expiresOn: '2020-01-01' },
      ['expiresOn'],
      'period.end_before_start',
    );
  });
});

describe('LicenceSchema dates (regression)', () => {
  it('does not compare a malformed grant date with the expiry', () => {
    const result = LicenceSchema.safeParse({ grantedOn: '2039-1-1', expiresOn: '2039-01-01' });
    expect(result.error?.issues.map((issue) => issue.code)).toEqual(['invalid_format']);
  });
});
