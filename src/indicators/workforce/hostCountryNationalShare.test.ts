import { describe, expect, it } from 'vitest';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { makeEmployee } from '../../../test/fixtures/builders.js';
import { indicatorContextOf } from '../../../test/fixtures/indicatorContext.js';
import { azGazetteer } from '../../data/az/index.js';
import type { Employee } from '../../model/employee.js';
import { type WorkforceSummary, WorkforceSummarySchema } from '../../model/workforceSummary.js';
import {
  hostCountryNationalShare,
  hostCountryNationalShareIndicator,
} from './hostCountryNationalShare.js';
import { summarizeWorkforce } from './summarizeWorkforce.js';

const invalidArgument = expect.objectContaining({ code: 'INVALID_ARGUMENT' });

const summary = (fields: Record<string, unknown>): WorkforceSummary =>
  WorkforceSummarySchema.parse({
    companyId: 'miner',
    asOf: '2024-12-31',
    sourceIds: ['src-report'],
    ...fields,
  });

// On 2024-12-31: h1, h2 and h4 are nationals, h3 an expatriate, h5 does not say; h3 and h4 are
// senior managers. h6 is a contractor's worker (an expatriate), h7 left in 2023.
const records: readonly Employee[] = [
  makeEmployee({ id: 'h1', nationality: 'hostCountry' }),
  makeEmployee({ id: 'h2', nationality: 'hostCountry', homeLocationId: 'AZ-BA' }),
  makeEmployee({ id: 'h3', nationality: 'expatriate', category: 'seniorManagement' }),
  makeEmployee({ id: 'h4', nationality: 'hostCountry', category: 'seniorManagement' }),
  makeEmployee({ id: 'h5', category: 'specialist' }),
  makeEmployee({ id: 'h6', nationality: 'expatriate', engagement: 'contractor' }),
  makeEmployee({
    id: 'h7',
    nationality: 'hostCountry',
    terminationDate: '2023-06-30',
    terminationReason: 'voluntary',
  }),
];

describe('hostCountryNationalShare of records', () => {
  it('divides the nationals by everyone counted, with senior management apart', () => {
    const result = hostCountryNationalShare(records, { asOf: '2024-12-31' });
    // h1 h2 h4 of h1–h5: 3 / 5 = 0.6.
    expect(result.ratio).toEqual({ numerator: 3, denominator: 5, value: 0.6 });
    expect(result.breakdown?.map((row) => [row.keys, row.count, row.value])).toEqual([
      [{ nationality: 'hostCountry' }, 3, 0.6],
      [{ nationality: 'expatriate' }, 1, 0.2],
      [{ nationality: 'notStated' }, 1, 0.2],
      // Senior managers h3 and h4: 1 / 2 each.
      [{ category: 'seniorManagement', nationality: 'hostCountry' }, 1, 0.5],
      [{ category: 'seniorManagement', nationality: 'expatriate' }, 1, 0.5],
      [{ category: 'seniorManagement', nationality: 'notStated' }, 0, 0],
    ]);
    expect(result.notes).toEqual([
      '1 person(s) have no stated nationality: they stay in the denominator and are not counted as expatriates.',
    ]);
    expect(result.definitions).toMatchObject({ basis: 'records', population: 'employees' });
  });

  it("counts contractors' workers when asked", () => {
    // h1–h6: 3 nationals of 6 = 0.5.
    const result = hostCountryNationalShare(records, {
      asOf: '2024-12-31',
      includeContractors: true,
    });
    expect(result.value).toBe(0.5);
  });

  it('is MISSING_DATA when no record states a nationality, ZERO_DENOMINATOR with nobody', () => {
    const silent = [makeEmployee({ id: 's1' }), makeEmployee({ id: 's2' })];
    const missing = hostCountryNationalShare(silent, { asOf: '2024-12-31' });
    expect([missing.value, missing.reason, missing.breakdown]).toEqual([
      null,
      'MISSING_DATA',
      undefined,
    ]);
    const nobody = hostCountryNationalShare(records, { asOf: '2000-01-01' });
    expect([nobody.value, nobody.reason]).toEqual([null, 'ZERO_DENOMINATOR']);
  });

  it('says so when no senior manager is counted', () => {
    const result = hostCountryNationalShare(records.slice(0, 2), { asOf: '2024-12-31' });
    expect(result.breakdown).toHaveLength(3);
    expect(result.notes).toEqual([
      'No senior manager is counted, so there are no senior management rows.',
    ]);
  });

  it('gives the same overall share on the summary of the same records', () => {
    const fromSummary = hostCountryNationalShare(
      summarizeWorkforce(records, { asOf: '2024-12-31', gazetteer: azGazetteer }),
    );
    const fromRecords = hostCountryNationalShare(records, { asOf: '2024-12-31' });
    expect(fromSummary.ratio).toEqual(fromRecords.ratio);
    expect(fromSummary.breakdown).toEqual(fromRecords.breakdown?.slice(0, 3));
  });

  it('refuses records without asOf, a bad nationality and a non-iterable', () => {
    expect(() => hostCountryNationalShare(records)).toThrow(invalidArgument);
    const odd = { ...makeEmployee({ id: 'odd' }), nationality: 'Malian' } as unknown as Employee;
    expect(() => hostCountryNationalShare([odd], { asOf: '2024-12-31' })).toThrow(invalidArgument);
    expect(() =>
      hostCountryNationalShare(42 as unknown as Employee[], { asOf: '2024-12-31' }),
    ).toThrow(invalidArgument);
    expect(() => hostCountryNationalShare(records, { asOf: '2024-13-01' as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
  });
});

describe('hostCountryNationalShare of a summary', () => {
  it('is exact with exact counts: "2,697 Malians and 95 expatriates" is 0.9660', () => {
    // 2,697 / (2,697 + 95) = 2,697 / 2,792 = 0.96597…
    const result = hostCountryNationalShare(
      summary({ headcount: 2792, byNationality: { hostCountry: 2697, expatriate: 95 } }),
    );
    expect(result.ratio).toEqual({ numerator: 2697, denominator: 2792, value: 2697 / 2792 });
    expect(result.value).toBeCloseTo(0.966, 4);
    expect(result.breakdown?.map((row) => [row.keys.nationality, row.count])).toEqual([
      ['hostCountry', 2697],
      ['expatriate', 95],
    ]);
  });

  it('returns "97 % of over 2,500 employees" as [0.965, 0.975), with the phrase', () => {
    const result = hostCountryNationalShare(
      summary({
        headcount: { min: 2501, phrase: 'over 2,500 employees' },
        shares: {
          hostCountryNationals: { value: 0.97, phrase: '97 % of over 2,500 employees' },
        },
      }),
    );
    expect([result.value, result.reason, result.bounds]).toEqual([
      null,
      'BOUNDED',
      { min: 0.965, max: 0.975, phrase: '97 % of over 2,500 employees' },
    ]);
    expect(result.notes).toEqual([
      'The share of hostCountryNationals is published as "97 % of over 2,500 employees", which stands for [0.965, 0.975); the counts do not narrow it.',
    ]);
  });

  it('narrows the published interval by what the counts allow', () => {
    // At least 70 expatriates of at most 2,600 people: nationals at most 1 − 70 / 2,600 =
    // 0.97308; [0.965, 0.975) becomes [0.965, 0.97308], the upper end now included.
    const result = hostCountryNationalShare(
      summary({
        headcount: { min: 2501, max: 2600 },
        byNationality: { expatriate: { min: 70 } },
        shares: { hostCountryNationals: { value: 0.97, phrase: '97 %' } },
      }),
    );
    expect(result.bounds).toEqual({ min: 0.965, max: 1 - 70 / 2600, phrase: '97 %' });
    expect(result.notes[0]).toContain('the counts narrow it to [0.965, 0.9730769230769231]');
  });

  it('checks a published share against exact counts, and refuses one that disagrees', () => {
    // "94 %" of exactly 1,742 with 1,637 counted: 1,637 / 1,742 = 0.93972…, in [0.935, 0.945).
    const held = hostCountryNationalShare(
      summary({
        headcount: 1742,
        byNationality: { hostCountry: 1637 },
        shares: { hostCountryNationals: { value: 0.94, phrase: '94 %' } },
      }),
    );
    expect(held.value).toBeCloseTo(0.9397, 4);
    expect(() =>
      hostCountryNationalShare(
        summary({
          headcount: 1742,
          byNationality: { hostCountry: 1637 },
          shares: { hostCountryNationals: { value: 0.9, phrase: '90 %' } },
        }),
      ),
    ).toThrow(invalidArgument);
  });

  it('is MISSING_DATA without a count or share of nationals', () => {
    const result = hostCountryNationalShare(
      summary({ headcount: 100, byNationality: { expatriate: 5 } }),
    );
    expect([result.value, result.reason]).toEqual([null, 'MISSING_DATA']);
  });
});

describe('hostCountryNationalShare on a dataset', () => {
  it('reads the records on asOf when one states a nationality', () => {
    const dataset = {
      ...baseDataset(),
      employees: records.map((r) => ({ ...r, companyId: 'miner' })),
    };
    const outcome = hostCountryNationalShareIndicator.fromDataset(
      indicatorContextOf(dataset, { asOf: '2024-12-31' }),
    );
    expect(outcome).toEqual([expect.objectContaining({ value: 0.6 })]);
  });

  it('reads the latest published summary otherwise, or says the data is absent', () => {
    const base = baseDataset();
    const published = {
      companyId: 'miner',
      asOf: '2024-12-31',
      headcount: 2792,
      byNationality: { hostCountry: 2697, expatriate: 95 },
      sourceIds: ['src-report'],
    };
    const withSummary = { ...base, employees: [], workforce: [published] };
    expect(
      hostCountryNationalShareIndicator.fromDataset(
        indicatorContextOf(withSummary, { asOf: '2025-06-30' }),
      ),
    ).toEqual([expect.objectContaining({ value: 2697 / 2792 })]);
    expect(hostCountryNationalShareIndicator.fromDataset(indicatorContextOf(base))).toEqual({
      status: 'dataAbsent',
      detail:
        'No employee record states a nationality, and no workforce summary on or before the report date counts or publishes host-country nationals.',
    });
  });

  it('is catalogued as a share of GRI 405-1 with nationality and category rows', () => {
    expect(hostCountryNationalShareIndicator.entry).toMatchObject({
      id: 'workforce.hostCountryNationalShare',
      unit: 'share',
      standards: ['GRI 405-1'],
      dimensions: ['nationality', 'category'],
    });
  });
});
