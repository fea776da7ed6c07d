import { describe, expect, it } from 'vitest';
import { accepts, rejects } from '../../test/fixtures/schemaExpectations.js';
import { WorkforceSummarySchema } from './workforceSummary.js';

const summary = {
  companyId: 'azergold',
  asOf: '2025-11-14',
  headcount: 2554,
  sourceIds: ['src-trend-4117320'],
};

describe('WorkforceSummarySchema', () => {
  it('accepts a published figure with a bound and its phrase', () => {
    // "Over 80 % of 2,554": 0.8 × 2,554 = 2,043.2, so at least 2,044.
    const parsed = accepts(WorkforceSummarySchema, {
      ...summary,
      scope: 'unknown',
      fromRegions: { min: 2044, phrase: 'over 80 percent of 2,554' },
    });
    expect(parsed.fromRegions).toEqual({ min: 2044, phrase: 'over 80 percent of 2,554' });
  });

  it('accepts breakdowns by origin, gender, category, engagement and age band', () => {
    accepts(WorkforceSummarySchema, {
      ...summary,
      byOrigin: { 'AZ-DAS': 1200, 'AZ-BA': { max: 400 } },
      byEconomicRegion: { 'ganja-dashkasan': 1500 },
      byGender: { female: 300, male: 2254 },
      byCategory: { worker: 2000 },
      byEngagement: { employee: 812, contractor: 1316 },
      byAgeBand: { '<30': 500, unknown: 10 },
      localityPolicy: { kind: 'outsideCapital', capitalIds: [] },
    });
  });

  it('rejects negative and fractional counts, unknown breakdown keys and forbidden keys', () => {
    rejects(WorkforceSummarySchema, { ...summary, headcount: -1 }, ['headcount'], 'too_small');
    rejects(WorkforceSummarySchema, { ...summary, local: 10.5 }, ['local'], 'invalid_union');
    rejects(
      WorkforceSummarySchema,
      { ...summary, byGender: { women: 1 } },
      ['byGender'],
      'unrecognized_keys',
    );
    rejects(
      WorkforceSummarySchema,
      { ...summary, byOrigin: { 'AZ DAS': 1 } },
      ['byOrigin', 'AZ DAS'],
      'invalid_key',
    );
    rejects(
      WorkforceSummarySchema,
      { ...summary, byOrigin: JSON.parse('{"__proto__": 1}') },
      ['byOrigin', '__proto__'],
      'security.forbidden_key',
    );
    rejects(
      WorkforceSummarySchema,
      { ...summary, byOrigin: { constructor: 1 } },
      ['byOrigin', 'constructor'],
      'security.forbidden_key',
    );
    rejects(
      WorkforceSummarySchema,
      { ...summary, sourceIds: undefined },
      ['sourceIds'],
      'invalid_type',
    );
  });

  it('accepts published shares next to their counts or alone, and nationality counts', () => {
    // "2,697 Malians and 95 expatriates" of 2,792.
    const counted = accepts(WorkforceSummarySchema, {
      ...summary,
      headcount: 2792,
      byNationality: { hostCountry: 2697, expatriate: 95 },
    });
    expect(counted.byNationality).toEqual({ hostCountry: 2697, expatriate: 95 });
    // "97 % of over 2,500 employees are nationals": the share alone, of a bounded headcount.
    const share = accepts(WorkforceSummarySchema, {
      ...summary,
      headcount: { min: 2501, phrase: 'over 2,500 employees' },
      shares: { hostCountryNationals: { value: 0.97, phrase: '97 % of over 2,500 employees' } },
    });
    expect(share.shares?.hostCountryNationals?.value).toBe(0.97);
    // "80 % of 400 to 1,700 contracted workers are residents of the region".
    accepts(WorkforceSummarySchema, {
      ...summary,
      headcount: { min: 400, max: 1700, phrase: '400 to 1,700 contracted workers' },
      scope: 'contractors',
      shares: { local: { value: 0.8, phrase: '80 % … are residents of the region' } },
      localityDefinition: 'residents of the region',
    });
  });

  it('rejects a share as a percentage, an unknown share key and a share in two forms', () => {
    rejects(
      WorkforceSummarySchema,
      { ...summary, shares: { local: { value: 80, phrase: '80 %' } } },
      ['shares', 'local', 'value'],
      'too_big',
    );
    rejects(
      WorkforceSummarySchema,
      { ...summary, shares: { nationals: { value: 0.8, phrase: '80 %' } } },
      ['shares'],
      'unrecognized_keys',
    );
    rejects(
      WorkforceSummarySchema,
      { ...summary, shares: { local: { value: 0.8, min: 0.7, phrase: '80 %' } } },
      ['shares', 'local'],
      'share.form',
    );
    rejects(
      WorkforceSummarySchema,
      { ...summary, byNationality: { malian: 1 } },
      ['byNationality'],
      'unrecognized_keys',
    );
  });

  it('reports a bound with min above max at max', () => {
    rejects(
      WorkforceSummarySchema,
      { ...summary, local: { min: 10, max: 5 } },
      ['local', 'max'],
      'bounds.min_above_max',
    );
  });
});
