// The share indicators on summaries return a published share instead of dropping it: the exact
// quotient when the counts are exact, else the interval the published figure stands for,
// narrowed by what the counts allow. Every figure below is derived by hand in its comment.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../../../test/fixtures/propertyRuns.js';
import { type WorkforceSummary, WorkforceSummarySchema } from '../../model/workforceSummary.js';
import { localEmploymentShare } from './localEmploymentShare.js';
import { regionalOriginShare } from './regionalOriginShare.js';
import { remoteVillageShare } from './remoteVillageShare.js';

const invalidArgument = expect.objectContaining({ code: 'INVALID_ARGUMENT' });

const summary = (fields: Record<string, unknown>): WorkforceSummary =>
  WorkforceSummarySchema.parse({
    companyId: 'miner',
    asOf: '2024-12-31',
    sourceIds: ['src-report'],
    ...fields,
  });

describe('localEmploymentShare with a published share', () => {
  it('gives "80 % of 400 to 1,700 contracted workers" as [0.795, 0.805), not [0.19, 1]', () => {
    // Counted as bounds the share was at least 0.8 × 400 = 320 over 1,700 = 0.188: the 80 % was
    // lost. Published, it stands for 0.8 ± 0.005.
    const result = localEmploymentShare(
      summary({
        headcount: { min: 400, max: 1700, phrase: '400 to 1,700 contracted workers' },
        scope: 'contractors',
        shares: { local: { value: 0.8, phrase: '80 % … are residents of the region' } },
        localityDefinition: 'residents of the region',
      }),
    );
    expect([result.value, result.reason, result.bounds]).toEqual([
      null,
      'BOUNDED',
      { min: 0.795, max: 0.805, phrase: '80 % … are residents of the region' },
    ]);
    expect(result.definitions).toMatchObject({
      scope: 'contractors',
      localityDefinition: 'residents of the region',
    });
    expect(result.notes).toEqual([
      'The share of local is published as "80 % … are residents of the region", which stands for [0.795, 0.805); the counts do not narrow it.',
    ]);
  });

  it('gives "94 %" of exactly 1,742 with 1,637 counted as 1,637 / 1,742 = 0.9397', () => {
    const result = localEmploymentShare(
      summary({
        headcount: 1742,
        local: 1637,
        shares: { local: { value: 0.94, phrase: '94 %' } },
      }),
    );
    // 1,637 / 1,742 = 0.939724…, in [0.935, 0.945).
    expect(result.ratio).toEqual({ numerator: 1637, denominator: 1742, value: 1637 / 1742 });
    expect(result.value).toBeCloseTo(0.9397, 4);
    expect(result.notes).toEqual([
      'The share of local is published as "94 %", which stands for [0.935, 0.945); the counts give it exactly: 1637 / 1742.',
    ]);
  });

  it('keeps a published share in its row, next to the exact rows of the other parts', () => {
    // 80 % local of exactly 100, 15 non-local: the local share is [0.795, 0.805) (the counts
    // allow up to 1 − 15 / 100 = 0.85, which does not narrow it); non-local is 15 / 100 = 0.15.
    const result = localEmploymentShare(
      summary({ headcount: 100, nonLocal: 15, shares: { local: { value: 0.8, phrase: '80 %' } } }),
    );
    expect(result.breakdown?.map((row) => [row.keys.locality, row.value, row.bounds])).toEqual([
      ['local', null, { min: 0.795, max: 0.805, phrase: '80 %' }],
      ['nonLocal', 0.15, undefined],
    ]);
  });

  it('refuses a published share the exact counts contradict', () => {
    // 60 of exactly 100 is 0.6, not in "97 %" = [0.965, 0.975).
    expect(() =>
      localEmploymentShare(
        summary({ headcount: 100, local: 60, shares: { local: { value: 0.97, phrase: '97 %' } } }),
      ),
    ).toThrow(invalidArgument);
    // Non-local at least 10 of at most 100 leaves local at most 0.9, below 0.965.
    expect(() =>
      localEmploymentShare(
        summary({
          headcount: { max: 100 },
          nonLocal: { min: 10 },
          shares: { local: { value: 0.97, phrase: '97 %' } },
        }),
      ),
    ).toThrow(invalidArgument);
  });
});

describe('regionalOriginShare with a published share', () => {
  it('gives "over 80 %" of 2,554 as (0.8, 1], and narrows it with a count of at least 2,044', () => {
    const alone = regionalOriginShare(
      summary({
        headcount: 2554,
        shares: { fromRegions: { min: 0.8, minExclusive: true, phrase: 'over 80 percent' } },
      }),
    );
    expect(alone.bounds).toEqual({ min: 0.8, max: 1, phrase: 'over 80 percent' });
    expect(alone.notes[0]).toContain('which stands for (0.8, 1]');
    // At least 2,044 of 2,554: at least 2,044 / 2,554 = 0.80031, which is above 0.8.
    const counted = regionalOriginShare(
      summary({
        headcount: 2554,
        fromRegions: { min: 2044, phrase: 'over 80 percent of 2,554' },
        shares: { fromRegions: { min: 0.8, minExclusive: true, phrase: 'over 80 percent' } },
      }),
    );
    expect(counted.bounds).toEqual({ min: 2044 / 2554, max: 1, phrase: 'over 80 percent' });
    expect(counted.notes[0]).toContain(`the counts narrow it to [${2044 / 2554}, 1]`);
  });
});

describe('remoteVillageShare with a published share', () => {
  it('gives "30 %" of exactly 2,554 without a count as [0.295, 0.305)', () => {
    const result = remoteVillageShare(
      summary({
        headcount: 2554,
        shares: { fromRemoteVillages: { value: 0.3, phrase: '30 % from remote villages' } },
      }),
    );
    expect(result.bounds).toEqual({ min: 0.295, max: 0.305, phrase: '30 % from remote villages' });
  });

  it('is still MISSING_DATA without a count or a share', () => {
    expect(remoteVillageShare(summary({ headcount: 2554 })).reason).toBe('MISSING_DATA');
  });
});

describe('a published share of an approximate headcount', () => {
  it('keeps the published interval and says the headcount is approximate', () => {
    // "About 2,500" is neither exact nor a bound: "97 %" stays [0.965, 0.975).
    const result = localEmploymentShare(
      summary({
        headcount: { approximately: 2500, phrase: 'about 2,500 employees' },
        local: { approximately: 2400, phrase: 'about 2,400' },
        shares: { local: { value: 0.97, phrase: '97 %' } },
      }),
    );
    expect([result.value, result.bounds]).toEqual([
      null,
      { min: 0.965, max: 0.975, phrase: '97 %' },
    ]);
    expect(result.notes).toEqual([
      'The share of local is published as "97 %", which stands for [0.965, 0.975); the counts are approximate and do not narrow it.',
      'approximate: headcount published as "about 2,500 employees" (the figure is taken as the value).',
      'approximate: local published as "about 2,400" (the figure is taken as the value).',
    ]);
  });
});

describe('published shares, as properties', () => {
  /** k of n people and the whole percent k / n rounds to (half up), in integers. */
  const rounded = fc
    .integer({ min: 1, max: 5000 })
    .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)))
    .map(([k, n]) => ({ k, n, value: Math.floor((200 * k + n) / (2 * n)) / 100 }));

  test.prop([rounded], { numRuns: propertyRuns(300) })(
    'the interval of a rounded percent contains the true share, and agrees with exact counts',
    ({ k, n, value }) => {
      const share = { local: { value, phrase: `${value * 100} %` } };
      const alone = localEmploymentShare(summary({ headcount: n, shares: share }));
      expect(alone.bounds?.min).toBeLessThanOrEqual(k / n);
      expect(alone.bounds?.max).toBeGreaterThanOrEqual(k / n);
      const counted = localEmploymentShare(summary({ headcount: n, local: k, shares: share }));
      expect(counted.value).toBe(k / n);
    },
  );
});
