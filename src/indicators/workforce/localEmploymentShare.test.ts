import { describe, expect, it } from 'vitest';
import {
  asOf2025,
  originGazetteer,
  originSites,
  origins2025,
} from '../../../test/fixtures/workforceOrigins2025.js';
import { type WorkforceSummary, WorkforceSummarySchema } from '../../model/workforceSummary.js';
import { IndicatorResultSchema } from '../indicatorResult.js';
import { localEmploymentShare } from './localEmploymentShare.js';
import { summarizeWorkforce } from './summarizeWorkforce.js';

const summary = summarizeWorkforce(origins2025, {
  asOf: asOf2025,
  gazetteer: originGazetteer,
  sites: originSites,
  localityPolicy: { kind: 'sameDistrict' },
});

function published(fields: Record<string, unknown>): WorkforceSummary {
  return WorkforceSummarySchema.parse({
    companyId: 'miner',
    asOf: '2025-06-30',
    sourceIds: ['src-b', 'src-a', 'src-b'],
    ...fields,
  });
}

const invalidArgument = expect.objectContaining({ code: 'INVALID_ARGUMENT' });

describe('localEmploymentShare', () => {
  it('divides the local people by everyone counted', () => {
    const result = localEmploymentShare(summary);
    // local 5 of 12 (5 local + 3 non-local + 4 unknown) = 0.41666…
    expect(result.ratio).toEqual({ numerator: 5, denominator: 12, value: 5 / 12 });
    expect(result.value).toBe(5 / 12);
    expect(result.indicatorId).toBe('workforce.localEmploymentShare');
    expect(result.unit).toBe('ratio');
    expect(result.definitions).toMatchObject({
      asOf: '2025-06-30',
      basis: 'summary',
      denominator: 'headcount',
      scope: 'employees',
      localityPolicy: { kind: 'sameDistrict' },
    });
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });

  it('keeps unknown locality in its own row, never in the non-local one', () => {
    const result = localEmploymentShare(summary);
    // 5/12, 3/12 = 0.25, 4/12 = 0.333…: the rows add up to 1.
    expect(result.breakdown?.map((r) => [r.dimension, r.key, r.count, r.value])).toEqual([
      ['locality', 'local', 5, 5 / 12],
      ['locality', 'nonLocal', 3, 0.25],
      ['locality', 'unknown', 4, 4 / 12],
    ]);
    expect(result.notes).toEqual([expect.stringMatching(/^4 person\(s\) have unknown locality/)]);
  });

  it('bounds the share when the headcount is bounds', () => {
    // local 2,000 of 2,500..2,600 people: at least 2000/2600 = 0.769…, at most 2000/2500 = 0.8.
    const result = localEmploymentShare(
      published({ headcount: { min: 2500, max: 2600 }, local: 2000 }),
    );
    expect(result.value).toBeNull();
    expect(result.reason).toBe('BOUNDED');
    expect(result.bounds).toEqual({ min: 2000 / 2600, max: 0.8 });
    expect(result.ratio).toBeUndefined();
  });

  it('gives no lower bound above 0 when the headcount has no upper bound', () => {
    // 1,000 local of at least 2,000 people: 0 ≤ share ≤ 1000/2000 = 0.5.
    const result = localEmploymentShare(published({ headcount: { min: 2000 }, local: 1000 }));
    expect(result.bounds).toEqual({ min: 0, max: 0.5 });
  });

  it('caps the share with what the other parts leave, and keeps the published phrase', () => {
    // local at least 60 of 100, non-local at least 30: at most (100 − 30) / 100 = 0.7.
    const result = localEmploymentShare(
      published({
        headcount: 100,
        local: { min: 60, phrase: 'over 60' },
        nonLocal: { min: 30 },
        localityUnknown: 0,
      }),
    );
    expect(result.bounds).toEqual({ min: 0.6, max: 0.7, phrase: 'over 60' });
    expect(result.breakdown?.map((r) => [r.key, r.bounds ?? r.value])).toEqual([
      ['local', { min: 0.6, max: 0.7 }],
      // non-local: at least 30/100, at most 1 − (60 + 0)/100 = 0.4.
      ['nonLocal', { min: 0.3, max: 0.4 }],
      ['unknown', 0],
    ]);
    expect(result.notes).toEqual([expect.stringMatching(/bounds/)]);
  });

  it('is MISSING_DATA without a local count and ZERO_DENOMINATOR for an empty workforce', () => {
    const missing = localEmploymentShare(published({ headcount: 10, nonLocal: 4 }));
    expect(missing.value).toBeNull();
    expect(missing.reason).toBe('MISSING_DATA');
    expect(missing.sourceIds).toEqual(['src-a', 'src-b']);
    const empty = localEmploymentShare(
      published({ headcount: 0, local: 0, nonLocal: 0, localityUnknown: 0 }),
    );
    expect(empty.value).toBeNull();
    expect(empty.reason).toBe('ZERO_DENOMINATOR');
    expect(empty.ratio).toEqual({
      numerator: 0,
      denominator: 0,
      value: null,
      reason: 'ZERO_DENOMINATOR',
    });
  });

  it('says why the share is missing', () => {
    const missing = localEmploymentShare(published({ headcount: 10, nonLocal: 4 }));
    expect(missing.notes).toEqual([
      'The summary does not count local people (it has no locality policy or local count).',
    ]);
  });

  it('reads bounds with only an upper end as starting at 0', () => {
    // local "at most 5" of 10 people is 0..5: at least 0/10 = 0, at most 5/10 = 0.5.
    const result = localEmploymentShare(published({ headcount: 10, local: { max: 5 } }));
    expect(result.reason).toBe('BOUNDED');
    expect(result.bounds).toEqual({ min: 0, max: 0.5 });
  });

  it('is ZERO_DENOMINATOR for an empty workforce even when the local count is bounds', () => {
    // headcount 0 and local "at most 5": the local count can only be 0, and 0 / 0 has no value.
    const result = localEmploymentShare(published({ headcount: 0, local: { max: 5 } }));
    expect(result.value).toBeNull();
    expect(result.reason).toBe('ZERO_DENOMINATOR');
    expect(result.bounds).toBeUndefined();
  });

  it('refuses a function that carries count bounds as properties', () => {
    const local = Object.assign(() => 3, { min: 1, max: 2 });
    const raw = { companyId: 'miner', asOf: '2025-06-30', sourceIds: [], headcount: 10, local };
    expect(() => localEmploymentShare(raw as unknown as WorkforceSummary)).toThrow(
      '[mining-impact] The argument is not valid for this function: local is not a count (a non-negative integer or ordered bounds)',
    );
  });

  it('echoes the publisher’s definition of local', () => {
    const result = localEmploymentShare(
      published({ headcount: 10, local: 4, localityDefinition: 'Daşkəsən and Göygöl' }),
    );
    // 4 / 10 = 0.4.
    expect(result.value).toBe(0.4);
    expect(result.definitions).toMatchObject({
      localityPolicy: null,
      localityDefinition: 'Daşkəsən and Göygöl',
      scope: 'unknown',
    });
  });

  it('refuses counts that are not counts, and parts above the headcount', () => {
    const raw = (fields: Record<string, unknown>): WorkforceSummary =>
      ({
        companyId: 'miner',
        asOf: '2025-06-30',
        sourceIds: [],
        ...fields,
      }) as unknown as WorkforceSummary;
    for (const local of [-1, 1.5, Number.NaN, { min: 5, max: 2 }, {}, [3], 'many', null]) {
      expect(() => localEmploymentShare(raw({ headcount: 10, local }))).toThrow(invalidArgument);
    }
    expect(() => localEmploymentShare(raw({ headcount: 'ten', local: 1 }))).toThrow(
      invalidArgument,
    );
    // 10 local + 5 non-local > 12 people.
    expect(() => localEmploymentShare(raw({ headcount: 12, local: 10, nonLocal: 5 }))).toThrow(
      /more than the 12/,
    );
    expect(() => localEmploymentShare(null as unknown as WorkforceSummary)).toThrow(
      invalidArgument,
    );
  });
});
