import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { makeProgram } from '../../../test/fixtures/builders.js';
import { indicatorContextOf as contextOf } from '../../../test/fixtures/indicatorContext.js';
import { ImpactError } from '../../core/ImpactError.js';
import { SourceIdSchema } from '../../core/ids.js';
import type { Money } from '../../core/money.js';
import { azGazetteer } from '../../data/az/azGazetteer.js';
import { azergoldDataset } from '../../data/azergold/azergoldDataset.js';
import { LocationSchema } from '../../model/location.js';
import type { SocialProgram } from '../../model/socialProgram.js';
import { extendGazetteer } from '../../places/extendGazetteer.js';
import { IndicatorCatalogEntrySchema } from '../contract/indicatorCatalogEntry.js';
import { type DetailedResult, IndicatorResultSchema } from '../contract/indicatorResult.js';
import { communityIndicators } from './communityIndicators.js';
import {
  type CommunityInvestmentDetail,
  type CommunityInvestmentDimension,
  communityInvestment,
  communityInvestmentIndicator,
} from './communityInvestment.js';

type CommunityInvestment = DetailedResult<CommunityInvestmentDetail>;

const year2024 = { start: '2024-01-01', end: '2024-12-31' };
const azn = (amountMinor: number): Money => ({ amountMinor, currency: 'AZN' });
const usd = (amountMinor: number): Money => ({ amountMinor, currency: 'USD' });
const options = { period: year2024, gazetteer: azGazetteer };

/** The [key, money] pairs of the rows of one dimension. */
function rowsOf(
  investment: CommunityInvestment,
  dimension: CommunityInvestmentDimension,
): [string | undefined, readonly Money[] | undefined][] {
  return (investment.breakdown ?? [])
    .filter((r) => dimension in r.keys)
    .map((r) => [r.keys[dimension], r.money]);
}

/** The result is valid: `reason` exactly when `value` is null, on the result and every row. */
function expectValid(investment: CommunityInvestment): void {
  expect(IndicatorResultSchema.safeParse(investment).success).toBe(true);
}

describe('communityInvestment: the catalog entry', () => {
  it('is community.communityInvestment, unit money, one result, in the registry', () => {
    expect(IndicatorCatalogEntrySchema.parse(communityInvestmentIndicator.entry)).toMatchObject({
      id: 'community.communityInvestment',
      family: 'community',
      functionName: 'communityInvestment',
      unit: 'money',
      results: 'one',
      dimensions: ['category', 'economicRegion', 'district', 'year', 'form', 'obligation', 'apart'],
    });
    expect(communityInvestmentIndicator.compute).toBe(communityInvestment);
    expect(communityIndicators).toContain(communityInvestmentIndicator);
  });
});

describe('communityInvestment: allocation between locations', () => {
  it('splits 100 minor units over 33.33 / 33.33 / 33.34 % as 33 + 33 + 34', () => {
    const program = makeProgram({
      id: 'school',
      locations: [
        { locationId: 'AZ-DAS', percentage: 33.33 },
        { locationId: 'AZ-GYG', percentage: 33.33 },
        { locationId: 'AZ-GOR', percentage: 33.34 },
      ],
      spend: [{ date: '2024-05-01', value: azn(100), kind: 'expenditure' }],
    });
    const investment = communityInvestment([program], options);
    // Weights 3333, 3333, 3334 bp (sum 10,000): 100 × 3333 / 10000 = 33.33 → 33 (remainder 0.33),
    // 33.33 → 33 (0.33), 100 × 3334 / 10000 = 33.34 → 33 (0.34); 100 − 99 = 1 unit left, to the
    // largest remainder (0.34, Goranboy): 33, 33, 34.
    expect(rowsOf(investment, 'district')).toEqual([
      ['AZ-DAS', [azn(33)]],
      ['AZ-GOR', [azn(34)]],
      ['AZ-GYG', [azn(33)]],
    ]);
    // All three districts lie in the Gəncə-Daşkəsən region: 33 + 34 + 33 = 100.
    expect(rowsOf(investment, 'economicRegion')).toEqual([['az-er-ganja-dashkasan', [azn(100)]]]);
    expect(investment.breakdown?.find((r) => r.keys.district === 'AZ-DAS')?.label).toBe('Daşkəsən');
    // One currency: the value is the total in qəpik, and each row its own amount.
    expect(investment.detail.total).toEqual([azn(100)]);
    expect([investment.value, investment.currency]).toEqual([100, 'AZN']);
    expect(
      investment.breakdown?.filter((r) => 'district' in r.keys).map((r) => [r.keys, r.value]),
    ).toEqual([
      [{ district: 'AZ-DAS' }, 33],
      [{ district: 'AZ-GOR' }, 34],
      [{ district: 'AZ-GYG' }, 33],
    ]);
    expectValid(investment);
  });

  it('splits in equal parts when no location has a percentage, the remainder to the first', () => {
    const program = makeProgram({
      locations: [{ locationId: 'AZ-GYG' }, { locationId: 'AZ-DAS' }, { locationId: 'AZ-GOR' }],
      spend: [{ date: '2024-05-01', value: azn(100), kind: 'expenditure' }],
    });
    // Weights 1, 1, 1: 100 / 3 = 33 remainder 1/3 each; the 1 unit left goes to the first
    // location on a tie (Göygöl): 34, 33, 33.
    expect(rowsOf(communityInvestment([program], options), 'district')).toEqual([
      ['AZ-DAS', [azn(33)]],
      ['AZ-GOR', [azn(33)]],
      ['AZ-GYG', [azn(34)]],
    ]);
  });
});

describe('communityInvestment: allocation of inexact and zero percentages', () => {
  it('accepts percentages summing to 99.99 and still allocates the whole amount', () => {
    const program = makeProgram({
      locations: [
        { locationId: 'AZ-DAS', percentage: 33.33 },
        { locationId: 'AZ-GYG', percentage: 33.33 },
        { locationId: 'AZ-GOR', percentage: 33.33 },
      ],
      spend: [{ date: '2024-05-01', value: azn(1000), kind: 'expenditure' }],
    });
    // Weights 3333 × 3 = 9999: 1000 × 3333 / 9999 = 333.33… → 333 each, remainder 1 to the first.
    expect(rowsOf(communityInvestment([program], options), 'district')).toEqual([
      ['AZ-DAS', [azn(334)]],
      ['AZ-GOR', [azn(333)]],
      ['AZ-GYG', [azn(333)]],
    ]);
  });

  it('gives nothing to a location at 0 % and sums the parts of one district', () => {
    const gazetteer = extendGazetteer(azGazetteer, [
      LocationSchema.parse({ id: 'vil-a', kind: 'village', name: 'A', parentId: 'AZ-DAS' }),
      LocationSchema.parse({ id: 'vil-b', kind: 'village', name: 'B', parentId: 'AZ-DAS' }),
    ]);
    const program = makeProgram({
      locations: [
        { locationId: 'vil-a', percentage: 60 },
        { locationId: 'vil-b', percentage: 40 },
        { locationId: 'AZ-GYG', percentage: 0 },
      ],
      spend: [{ date: '2024-05-01', value: azn(1001), kind: 'expenditure' }],
    });
    const investment = communityInvestment([program], { ...options, gazetteer });
    // 1001 × 0.6 = 600.6 → 600 (remainder 0.6), 1001 × 0.4 = 400.4 → 400 (0.4), 0: one unit left,
    // to vil-a (0.6): 601 + 400 = 1001, both villages in Daşkəsən; Göygöl gets nothing.
    expect(rowsOf(investment, 'district')).toEqual([['AZ-DAS', [azn(1001)]]]);
  });
});

describe('communityInvestment: places above or outside the district level', () => {
  it('reports a region-level location in its region with district unknown', () => {
    const program = makeProgram({
      locations: [
        { locationId: 'AZ-KAL', percentage: 50 },
        { locationId: 'az-er-karabakh', percentage: 50 },
      ],
      spend: [{ date: '2024-05-01', value: azn(500), kind: 'expenditure' }],
    });
    const investment = communityInvestment([program], options);
    // 500 × 50 % = 250 each: Kəlbəcər (Eastern Zangazur) and the Karabakh region itself.
    expect(rowsOf(investment, 'economicRegion')).toEqual([
      ['az-er-eastern-zangazur', [azn(250)]],
      ['az-er-karabakh', [azn(250)]],
    ]);
    expect(rowsOf(investment, 'district')).toEqual([
      ['AZ-KAL', [azn(250)]],
      ['unknown', [azn(250)]],
    ]);
    expect(investment.notes).toContain(
      'Locations above the district level count in their economic region, with district unknown: az-er-karabakh.',
    );
  });

  it('reports unknown ids, the country and programs without a location as unknown', () => {
    const programs = [
      makeProgram({
        id: 'a',
        locations: [{ locationId: 'AZ-NOWHERE' }],
        spend: [{ date: '2024-05-01', value: azn(10), kind: 'expenditure' }],
      }),
      makeProgram({
        id: 'b',
        locations: [],
        spend: [{ date: '2024-05-01', value: azn(20), kind: 'expenditure' }],
      }),
      makeProgram({
        id: 'c',
        locations: [{ locationId: 'AZ' }],
        spend: [{ date: '2024-05-01', value: azn(40), kind: 'expenditure' }],
      }),
    ];
    const investment = communityInvestment(programs, options);
    // Nothing is dropped: 10 + 20 + 40 = 70 in region unknown and in district unknown.
    expect(rowsOf(investment, 'economicRegion')).toEqual([['unknown', [azn(70)]]]);
    expect(rowsOf(investment, 'district')).toEqual([['unknown', [azn(70)]]]);
    expect(investment.detail.rowPrograms.find((r) => 'district' in r.keys)?.programIds).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(investment.notes).toEqual(
      expect.arrayContaining([
        'Locations not in the gazetteer count as region and district unknown: AZ-NOWHERE.',
        'Locations in no economic region of the gazetteer count as region unknown: AZ.',
        'Programs without a location count as region and district unknown: b.',
      ]),
    );
  });

  it('places a first-level city as a district of its own', () => {
    const program = makeProgram({
      locations: [{ locationId: 'AZ-GA' }],
      spend: [{ date: '2024-05-01', value: azn(7), kind: 'expenditure' }],
    });
    const investment = communityInvestment([program], options);
    expect(rowsOf(investment, 'district')).toEqual([['AZ-GA', [azn(7)]]]);
    expect(rowsOf(investment, 'economicRegion')).toEqual([['az-er-ganja-dashkasan', [azn(7)]]]);
  });
});

describe('communityInvestment: what counts', () => {
  it('counts disbursements and expenditures in the period, never commitments', () => {
    const program = makeProgram({
      id: 'p',
      spend: [
        { date: '2024-03-01', value: azn(80_000), kind: 'expenditure' },
        { date: '2024-04-01', value: azn(20_000), kind: 'disbursement' },
        { date: '2024-05-01', value: azn(999_999), kind: 'commitment' },
        { date: '2023-12-31', value: azn(5_000), kind: 'expenditure' },
        { date: '2025-01-01', value: azn(7_000), kind: 'expenditure' },
      ],
    });
    const investment = communityInvestment([program], options);
    // 80,000 + 20,000 = 100,000; the commitment and the flows of 2023 and 2025 are out.
    expect(investment.detail.total).toEqual([azn(100_000)]);
    expect(investment.money).toEqual([azn(100_000)]);
    expect(investment.value).toBe(100_000);
    expect(investment.currency).toBe('AZN');
    expect(investment.reason).toBeUndefined();
    expect(investment.notes).toContain(
      'Commitments are not spending and are left out: programs p.',
    );
  });

  it('counts everything from the start of an open-ended period', () => {
    const program = makeProgram({
      period: { start: '2020-01-01' },
      spend: [
        { date: '2019-12-31', value: azn(1), kind: 'expenditure' },
        { date: '2020-01-01', value: azn(10), kind: 'expenditure' },
        { date: '2031-06-30', value: azn(100), kind: 'disbursement' },
      ],
    });
    const investment = communityInvestment([program], {
      period: { start: '2020-01-01' },
      gazetteer: azGazetteer,
    });
    // From 2020-01-01 on, with no end: 10 + 100 = 110; 2019 is out.
    expect(investment.detail.total).toEqual([azn(110)]);
    expect(rowsOf(investment, 'year')).toEqual([
      ['2020', [azn(10)]],
      ['2031', [azn(100)]],
    ]);
    expect(investment.definitions.period).toEqual({ start: '2020-01-01', end: null });
  });
});

describe('communityInvestment: nothing, zero and money reported apart', () => {
  it('gives an empty total when nothing is spent, and zero for a zero flow', () => {
    const none = communityInvestment([makeProgram()], options);
    expect(none.detail.total).toEqual([]);
    expect(none.breakdown).toEqual([]);
    expect(none.detail.programIds).toEqual([]);
    // No currency to state a zero in: null with MISSING_DATA.
    expect(none).toMatchObject({ value: null, reason: 'MISSING_DATA' });
    expect(none.currency).toBeUndefined();
    expect(none.notes).toContain('No disbursement or expenditure counts in the period.');
    expect(IndicatorResultSchema.safeParse(none).success).toBe(true);
    // With an exchange-rate table the zero has a currency: AZN 0.
    const converted = communityInvestment([makeProgram()], {
      ...options,
      fx: { currency: 'AZN', rates: [] },
    });
    expect([converted.value, converted.currency, converted.reason]).toEqual([0, 'AZN', undefined]);
    expectValid(converted);

    const zero = communityInvestment(
      [makeProgram({ spend: [{ date: '2024-02-01', value: azn(0), kind: 'expenditure' }] })],
      options,
    );
    // One flow of 0 qəpik: a total of AZN 0.00, split 0 into the one district.
    expect(zero.detail.total).toEqual([azn(0)]);
    expect([zero.value, zero.currency]).toEqual([0, 'AZN']);
    expect(rowsOf(zero, 'district')).toEqual([['AZ-DAS', [azn(0)]]]);
    expect(zero.detail.programIds).toEqual(['prog-1']);
  });

  it('leaves regranted money out by default and reports it apart', () => {
    const programs = [
      makeProgram({
        id: 'own',
        spend: [{ date: '2024-02-01', value: azn(300), kind: 'expenditure' }],
      }),
      makeProgram({
        id: 'fund',
        regrant: true,
        spend: [{ date: '2024-02-01', value: azn(50), kind: 'disbursement' }],
      }),
    ];
    const excluded = communityInvestment(programs, options);
    // Total 300 (own program only); the 50 passed on to another grant-maker is apart.
    expect(excluded.detail.total).toEqual([azn(300)]);
    expect(excluded.detail.regranted).toEqual([azn(50)]);
    expect(excluded.detail.programIds).toEqual(['own']);
    expect(excluded.notes).toContain(
      'Regranted money is left out of the total (it would be counted again by the grant-maker that spends it) and shown apart.',
    );
    expect(excluded.breakdown?.at(-1)).toEqual({
      keys: { apart: 'regranted' },
      label: 'Regranted (excluded)',
      value: 50,
      money: [azn(50)],
    });
    expect(excluded.value).toBe(300);
    expectValid(excluded);
    const included = communityInvestment(programs, { ...options, includeRegrants: true });
    // 300 + 50 = 350, still shown apart.
    expect(included.detail.total).toEqual([azn(350)]);
    expect(included.value).toBe(350);
    expect(included.detail.regranted).toEqual([azn(50)]);
    expect(included.definitions.includeRegrants).toBe(true);
    expect(included.notes).toContain(
      'Regranted money is included in the total and also shown apart.',
    );
  });
});

describe('communityInvestment: business purpose', () => {
  it('leaves programs serving the business out by default (GRI 201-1) and reports them apart', () => {
    const programs = [
      makeProgram({
        id: 'community',
        primaryPurpose: 'community',
        spend: [{ date: '2024-02-01', value: azn(300), kind: 'expenditure' }],
      }),
      makeProgram({
        id: 'mine-road',
        category: 'infrastructure',
        primaryPurpose: 'business',
        spend: [{ date: '2024-02-01', value: azn(9_000), kind: 'expenditure' }],
      }),
    ];
    const excluded = communityInvestment(programs, options);
    expect(excluded.detail.total).toEqual([azn(300)]);
    expect(excluded.detail.businessPurpose).toEqual([azn(9_000)]);
    expect(rowsOf(excluded, 'category')).toEqual([['education', [azn(300)]]]);
    expect(excluded.notes).toContain(
      'Programs whose primary purpose is the business are left out of the total (GRI 201-1) and shown apart: they are infrastructure investments and services supported (GRI 203-1), not community investment.',
    );
    // GRI 203-1: the road is the separate figure, a row keyed { apart: 'businessPurpose' }.
    expect(excluded.breakdown?.at(-1)).toEqual({
      keys: { apart: 'businessPurpose' },
      label:
        'Business purpose, GRI 203-1 infrastructure investments and services supported (excluded)',
      value: 9_000,
      money: [azn(9_000)],
    });
    const included = communityInvestment(programs, { ...options, includeBusinessPurpose: true });
    // 300 + 9,000 = 9,300.
    expect(included.detail.total).toEqual([azn(9_300)]);
    expect(included.breakdown?.at(-1)?.label).toBe(
      'Business purpose, GRI 203-1 infrastructure investments and services supported (included)',
    );
    expect(included.notes).toContain(
      'Programs whose primary purpose is the business are included in the total and also shown apart (GRI 203-1 infrastructure investments and services supported).',
    );
  });
});

describe('communityInvestment: mandatory social payments (GRI 201-1 a.ii, EITI 6.1)', () => {
  const programs = [
    makeProgram({
      id: 'school',
      obligation: 'voluntary',
      spend: [{ date: '2024-02-01', value: azn(300), kind: 'expenditure' }],
    }),
    makeProgram({
      id: 'licence-fund',
      obligation: 'mandatory',
      spend: [{ date: '2024-03-01', value: azn(1_000), kind: 'disbursement' }],
    }),
    makeProgram({
      id: 'unsaid',
      obligation: 'notStated',
      spend: [{ date: '2024-04-01', value: azn(20), kind: 'expenditure' }],
    }),
  ];

  it('GRI 201-1 a.ii: counts voluntary contributions and reports mandatory payments apart', () => {
    const investment = communityInvestment(programs, options);
    // Voluntary 300 + not stated 20 = 320; the mandatory 1,000 is apart.
    expect(investment.value).toBe(320);
    expect(investment.detail.mandatory).toEqual([azn(1_000)]);
    expect(investment.detail.programIds).toEqual(['school', 'unsaid']);
    expect(rowsOf(investment, 'obligation')).toEqual([
      ['notStated', [azn(20)]],
      ['voluntary', [azn(300)]],
    ]);
    expect(investment.breakdown?.at(-1)).toEqual({
      keys: { apart: 'mandatory' },
      label: 'Mandatory social expenditure, EITI 6.1 (excluded)',
      value: 1_000,
      money: [azn(1_000)],
    });
    expect(investment.definitions).toMatchObject({
      businessPurpose:
        'programs whose primary purpose is the business (such as a road to a mine) are infrastructure investments and services supported (GRI 203-1), reported apart, not community investment (GRI 201-1)',
      includeMandatory: false,
      communityInvestment:
        'voluntary contributions and programs whose obligation is not stated (GRI 201-1); mandatory social payments required by law or contract are reported apart (EITI 6.1)',
    });
    expect(investment.notes).toEqual(
      expect.arrayContaining([
        'Mandatory social payments (required by law or contract) are left out of the total, which counts voluntary contributions (GRI 201-1), and shown apart (EITI 6.1 mandatory social expenditure).',
        'Programs whose sources do not say whether they are mandatory or voluntary are counted as community investment (nothing says they are mandatory) and shown as notStated: unsaid.',
      ]),
    );
    expectValid(investment);
  });

  it('GRI 201-1 a.ii: includes mandatory payments on request, still shown apart', () => {
    const investment = communityInvestment(programs, { ...options, includeMandatory: true });
    // 300 + 1,000 + 20 = 1,320.
    expect(investment.value).toBe(1_320);
    expect(investment.detail.mandatory).toEqual([azn(1_000)]);
    expect(rowsOf(investment, 'obligation')).toEqual([
      ['mandatory', [azn(1_000)]],
      ['notStated', [azn(20)]],
      ['voluntary', [azn(300)]],
    ]);
    expect(investment.breakdown?.at(-1)?.label).toBe(
      'Mandatory social expenditure, EITI 6.1 (included)',
    );
    expect(investment.definitions.includeMandatory).toBe(true);
    expect(investment.definitions.communityInvestment).toBe(
      'voluntary contributions, programs whose obligation is not stated, and (on request) mandatory social payments required by law or contract',
    );
    expect(investment.notes).toContain(
      'Mandatory social payments (required by law or contract) are included in the total on request and also shown apart (EITI 6.1 mandatory social expenditure).',
    );
  });

  it('GRI 203-1: a mandatory road to the mine is in both amounts apart, in neither total', () => {
    const road = makeProgram({
      id: 'road',
      category: 'infrastructure',
      obligation: 'mandatory',
      primaryPurpose: 'business',
      spend: [{ date: '2024-05-01', value: azn(5_000), kind: 'expenditure' }],
    });
    const investment = communityInvestment([...programs, road], options);
    // The total is unchanged (320); the road is in the business and the mandatory amounts.
    expect(investment.value).toBe(320);
    expect(investment.detail.businessPurpose).toEqual([azn(5_000)]);
    // Mandatory: 1,000 + 5,000 = 6,000.
    expect(investment.detail.mandatory).toEqual([azn(6_000)]);
    // Counting business purpose alone still leaves the mandatory road out.
    const withBusiness = communityInvestment([...programs, road], {
      ...options,
      includeBusinessPurpose: true,
    });
    expect(withBusiness.value).toBe(320);
  });
});

describe('communityInvestment: the breakdown', () => {
  it('breaks the total down by category, year, form and obligation', () => {
    const programs = [
      makeProgram({
        id: 'a',
        category: 'education',
        form: 'mixed',
        obligation: 'mandatory',
        spend: [
          { date: '2023-12-01', value: azn(100), kind: 'expenditure', form: 'cash' },
          { date: '2024-01-15', value: azn(200), kind: 'expenditure', form: 'inKind' },
          { date: '2024-02-15', value: azn(400), kind: 'expenditure' },
        ],
      }),
      makeProgram({
        id: 'b',
        category: 'agriculture',
        form: 'cash',
        spend: [{ date: '2024-03-01', value: azn(800), kind: 'disbursement' }],
      }),
    ];
    // Program a is mandatory: counted here only because includeMandatory asks for it.
    const investment = communityInvestment(programs, {
      period: { start: '2023-01-01', end: '2024-12-31' },
      gazetteer: azGazetteer,
      includeMandatory: true,
    });
    // Total 100 + 200 + 400 + 800 = 1,500.
    expect(investment.detail.total).toEqual([azn(1500)]);
    // Categories: agriculture 800; education 100 + 200 + 400 = 700.
    expect(rowsOf(investment, 'category')).toEqual([
      ['agriculture', [azn(800)]],
      ['education', [azn(700)]],
    ]);
    // Years: 2023: 100; 2024: 200 + 400 + 800 = 1,400.
    expect(rowsOf(investment, 'year')).toEqual([
      ['2023', [azn(100)]],
      ['2024', [azn(1400)]],
    ]);
    // Forms: cash 100 + 800 = 900; in kind 200; mixed (a flow of a mixed program that does not
    // say) 400.
    expect(rowsOf(investment, 'form')).toEqual([
      ['cash', [azn(900)]],
      ['inKind', [azn(200)]],
      ['mixed', [azn(400)]],
    ]);
    // Obligation: mandatory 700 (program a), voluntary 800 (program b).
    expect(rowsOf(investment, 'obligation')).toEqual([
      ['mandatory', [azn(700)]],
      ['voluntary', [azn(800)]],
    ]);
    expect(investment.notes).toEqual(
      expect.arrayContaining([
        'Flows of mixed programs that do not say whether they are cash or in kind are shown as mixed.',
        'In-kind contributions count at their deemed value.',
      ]),
    );
    const result = investment;
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
    expect(result.indicatorId).toBe('community.communityInvestment');
    expect(result.unit).toBe('money');
    expect(result.standards).toEqual(['GRI 201-1', 'GRI 203-1', 'ICMM SER']);
    expect(result.breakdown?.[0]).toEqual({
      keys: { category: 'agriculture' },
      label: 'agriculture',
      value: 800,
      count: 1,
      money: [azn(800)],
    });
    // Total 1,500 qəpik in one currency.
    expect(result.value).toBe(1500);
  });
});

const mixed = [
  makeProgram({
    id: 'a',
    spend: [
      { date: '2024-02-01', value: azn(10_000), kind: 'expenditure' },
      { date: '2024-03-01', value: usd(1_000), kind: 'expenditure' },
    ],
    sourceIds: ['src-a'],
  }),
  makeProgram({
    id: 'b',
    locations: [{ locationId: 'AZ-GYG' }],
    spend: [
      {
        date: '2024-09-01',
        value: usd(2_000),
        kind: 'disbursement',
        sourceIds: ['src-receipt'],
      },
    ],
    sourceIds: ['src-b'],
  }),
];

describe('communityInvestment: currencies', () => {
  it('keeps one total per currency without an exchange-rate table', () => {
    const investment = communityInvestment(mixed, options);
    // AZN 10,000; USD 1,000 + 2,000 = 3,000. Never added together.
    expect(investment.detail.total).toEqual([azn(10_000), usd(3_000)]);
    expect(investment.money).toEqual([azn(10_000), usd(3_000)]);
    expect(investment.value).toBeNull();
    expect(investment.reason).toBe('MULTIPLE_CURRENCIES');
    // Rows follow the same rule: Daşkəsən holds two currencies, Göygöl one.
    expect(
      investment.breakdown
        ?.filter((r) => 'district' in r.keys)
        .map((r) => [r.keys.district, r.value, r.reason]),
    ).toEqual([
      ['AZ-DAS', null, 'MULTIPLE_CURRENCIES'],
      ['AZ-GYG', 2_000, undefined],
    ]);
    expectValid(investment);
    expect(rowsOf(investment, 'district')).toEqual([
      ['AZ-DAS', [azn(10_000), usd(1_000)]],
      ['AZ-GYG', [usd(2_000)]],
    ]);
    expect(investment.detail.ratesUsed).toEqual([]);
    expect(investment.sourceIds).toEqual(['src-a', 'src-b', 'src-receipt']);
    // Two currencies and cash flows only: the one note is the currency warning (no mixed or
    // in-kind note).
    expect(investment.notes).toEqual([
      'The total is in several currencies: amounts in different currencies are never added without an exchange-rate table.',
    ]);
  });

  it('converts each flow at the latest rate dated on or before it', () => {
    const fx = {
      currency: 'AZN' as const,
      rates: [
        { from: 'USD' as const, to: 'AZN' as const, rate: '1.7', date: '2024-01-01' },
        {
          from: 'USD' as const,
          to: 'AZN' as const,
          rate: '1.7005',
          date: '2024-06-30',
          sourceId: SourceIdSchema.parse('src-cbar'),
        },
        { from: 'USD' as const, to: 'AZN' as const, rate: '9.99', date: '2024-12-31' },
        { from: 'EUR' as const, to: 'USD' as const, rate: '1.1', date: '2024-01-01' },
      ],
    };
    const investment = communityInvestment(mixed, { ...options, fx });
    // USD 10.00 on 2024-03-01 at 1.7 (rate of 2024-01-01) = AZN 17.00 = 1,700 qəpik.
    // USD 20.00 on 2024-09-01 at 1.7005 (rate of 2024-06-30) = AZN 34.01 = 3,401 qəpik.
    // The rate of 2024-12-31 is later than both flows and is not used.
    // Total 10,000 + 1,700 + 3,401 = 15,101.
    expect(investment.detail.total).toEqual([azn(15_101)]);
    expect([investment.value, investment.currency]).toEqual([15_101, 'AZN']);
    expect(investment.reason).toBeUndefined();
    expect(rowsOf(investment, 'district')).toEqual([
      ['AZ-DAS', [azn(11_700)]],
      ['AZ-GYG', [azn(3_401)]],
    ]);
    expect(investment.detail.ratesUsed.map((r) => [r.date, r.rate])).toEqual([
      ['2024-01-01', '1.7'],
      ['2024-06-30', '1.7005'],
    ]);
    expect(investment.definitions.currency).toBe('AZN');
    expect(investment.definitions.ratesUsed).toEqual([
      { from: 'USD', to: 'AZN', rate: '1.7', date: '2024-01-01', sourceId: null },
      { from: 'USD', to: 'AZN', rate: '1.7005', date: '2024-06-30', sourceId: 'src-cbar' },
    ]);
    expect(investment.sourceIds).toContain('src-cbar');
    expect(investment.notes).toContain(
      'Amounts are converted to AZN flow by flow, each at the latest rate of the table dated on or before it.',
    );
  });
});

describe('communityInvestment: exchange rates', () => {
  it('lists the rates used by currency, then date', () => {
    const program = makeProgram({
      spend: [
        { date: '2024-05-01', value: usd(100), kind: 'expenditure' },
        { date: '2024-05-01', value: { amountMinor: 100, currency: 'EUR' }, kind: 'expenditure' },
      ],
    });
    const fx = {
      currency: 'AZN' as const,
      rates: [
        { from: 'USD' as const, to: 'AZN' as const, rate: '1.7', date: '2024-01-01' },
        { from: 'EUR' as const, to: 'AZN' as const, rate: '1.85', date: '2024-01-01' },
      ],
    };
    const investment = communityInvestment([program], { ...options, fx });
    // USD 1.00 × 1.7 = 170 qəpik; EUR 1.00 × 1.85 = 185 qəpik; 170 + 185 = 355.
    expect(investment.detail.total).toEqual([azn(355)]);
    expect(investment.detail.ratesUsed.map((r) => r.from)).toEqual(['EUR', 'USD']);
  });

  it('converts before splitting, so the converted parts add up to the converted flow', () => {
    const program = makeProgram({
      locations: [{ locationId: 'AZ-DAS' }, { locationId: 'AZ-GYG' }, { locationId: 'AZ-GOR' }],
      spend: [{ date: '2024-05-01', value: usd(100), kind: 'expenditure' }],
    });
    const fx = {
      currency: 'AZN' as const,
      rates: [{ from: 'USD' as const, to: 'AZN' as const, rate: '1.7', date: '2024-01-01' }],
    };
    const investment = communityInvestment([program], { ...options, fx });
    // USD 1.00 × 1.7 = AZN 1.70 = 170 qəpik; 170 / 3 = 56 remainder 2/3 each: 2 units left, to
    // the first two locations (ties go to the earlier): 57 + 57 + 56 = 170.
    expect(rowsOf(investment, 'district')).toEqual([
      ['AZ-DAS', [azn(57)]],
      ['AZ-GOR', [azn(56)]],
      ['AZ-GYG', [azn(57)]],
    ]);
  });
});

describe('communityInvestment: exchange-rate errors', () => {
  it('throws MISSING_FX_RATE when no rate applies, and never inverts a rate', () => {
    const early = {
      currency: 'AZN' as const,
      rates: [{ from: 'USD' as const, to: 'AZN' as const, rate: '1.7', date: '2024-06-01' }],
    };
    // The USD flow of 2024-03-01 is before the only rate (2024-06-01).
    expect(() => communityInvestment(mixed, { ...options, fx: early })).toThrow(
      expect.objectContaining({
        code: 'MISSING_FX_RATE',
        message:
          '[mining-impact] No exchange rate of the table applies to the amount: USD→AZN on or before 2024-03-01',
      }),
    );
    const inverse = {
      currency: 'AZN' as const,
      rates: [{ from: 'AZN' as const, to: 'USD' as const, rate: '0.588', date: '2024-01-01' }],
    };
    expect(() => communityInvestment(mixed, { ...options, fx: inverse })).toThrow(
      expect.objectContaining({ code: 'MISSING_FX_RATE' }),
    );
  });

  it('rejects a malformed table and two different rates of one pair on one day', () => {
    expect(() =>
      communityInvestment(mixed, {
        ...options,
        fx: {
          currency: 'AZN',
          rates: [{ from: 'USD', to: 'AZN', rate: '-1', date: '2024-01-01' }],
        },
      }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    const clash = {
      currency: 'AZN' as const,
      rates: [
        { from: 'USD' as const, to: 'AZN' as const, rate: '1.7', date: '2024-01-01' },
        { from: 'USD' as const, to: 'AZN' as const, rate: '1.7', date: '2024-01-01' },
        { from: 'USD' as const, to: 'AZN' as const, rate: '1.71', date: '2024-01-01' },
      ],
    };
    expect(() => communityInvestment(mixed, { ...options, fx: clash })).toThrow(
      /two USD→AZN rates dated 2024-01-01: 1\.7 and 1\.71/,
    );
  });
});

const spend = [{ date: '2024-05-01', value: azn(100), kind: 'expenditure' as const }];

describe('communityInvestment: bad input', () => {
  it('rejects partial, over-precise and incomplete location percentages', () => {
    const partial = makeProgram({
      id: 'p',
      locations: [{ locationId: 'AZ-DAS', percentage: 50 }, { locationId: 'AZ-GYG' }],
      spend,
    });
    expect(() => communityInvestment([partial], options)).toThrow(
      'program p: every location needs a percentage when one has one',
    );
    const precise = makeProgram({
      id: 'p',
      locations: [
        { locationId: 'AZ-DAS', percentage: 33.333 },
        { locationId: 'AZ-GYG', percentage: 66.667 },
      ],
      spend,
    });
    expect(() => communityInvestment([precise], options)).toThrow(
      /33\.333 has more than two decimals/,
    );
    const half = makeProgram({
      id: 'p',
      locations: [
        { locationId: 'AZ-DAS', percentage: 30 },
        { locationId: 'AZ-GYG', percentage: 20 },
      ],
      spend,
    });
    // 30 + 20 = 50 % (5,000 bp), more than 1 bp away from 10,000.
    expect(() => communityInvestment([half], options)).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringContaining('program p: location percentages sum to 50, not 100'),
      }),
    );
  });
});

describe('communityInvestment: bad input and frozen input', () => {
  it('rejects a program that does not match the schema, a bad period and a bad gazetteer', () => {
    const broken = { ...makeProgram({ spend }), category: 'charity' } as unknown as SocialProgram;
    expect(() => communityInvestment([makeProgram(), broken], options)).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringContaining('programs[1].category'),
      }),
    );
    // The schema's own issues stay reachable as the cause: the first names the bad category.
    let thrown: unknown;
    try {
      communityInvestment([broken], options);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ImpactError);
    expect((thrown as ImpactError).cause).toBeInstanceOf(z.ZodError);
    expect(((thrown as ImpactError).cause as z.ZodError).issues[0]?.path).toEqual(['category']);
    expect(() => communityInvestment(42 as unknown as SocialProgram[], options)).toThrow(
      'programs must be an iterable',
    );
    expect(() =>
      communityInvestment([], {
        period: { start: '2024-12-31', end: '2024-01-01' },
        gazetteer: azGazetteer,
      }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_PERIOD' }));
    expect(() =>
      communityInvestment([], { period: { start: '2024-1-1' }, gazetteer: azGazetteer }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    expect(() =>
      communityInvestment([], {
        period: { start: '2024-01-01', end: '2024-13-01' },
        gazetteer: azGazetteer,
      }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    expect(() =>
      communityInvestment([], { period: year2024, gazetteer: {} as typeof azGazetteer }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it('never modifies its input', () => {
    const program = makeProgram({
      locations: [
        { locationId: 'AZ-DAS', percentage: 33.33 },
        { locationId: 'AZ-GYG', percentage: 66.67 },
      ],
      spend,
    });
    const copy = JSON.parse(JSON.stringify(program));
    communityInvestment([Object.freeze(program)], options);
    expect(program).toEqual(copy);
  });
});

// Districts of three regions and one region-level location, with random percentages.
const PLACES = ['AZ-DAS', 'AZ-GYG', 'AZ-KAL', 'AZ-QBA', 'az-er-karabakh', 'AZ-NOWHERE'] as const;
const flow = fc.record({
  date: fc.constantFrom('2024-01-31', '2024-06-30', '2025-03-01'),
  amountMinor: fc.integer({ min: -1_000_000, max: 10_000_000 }),
  currency: fc.constantFrom('AZN' as const, 'USD' as const),
  kind: fc.constantFrom('expenditure' as const, 'disbursement' as const, 'commitment' as const),
});
const programArbitrary = fc.record({
  places: fc.uniqueArray(fc.constantFrom(...PLACES), { maxLength: 4 }),
  weights: fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 4, maxLength: 4 }),
  withPercentages: fc.boolean(),
  regrant: fc.boolean(),
  flows: fc.array(flow, { maxLength: 4 }),
});

/** Percentages with two decimals summing to exactly 100 (10,000 bp), the rest on the last. */
function percentagesOf(weights: readonly number[], count: number): number[] {
  if (count === 0) return [];
  const points = weights.slice(0, count).map((w) => Math.floor(w / count));
  const rest = 10_000 - points.slice(0, -1).reduce((sum, p) => sum + p, 0);
  points[count - 1] = rest;
  return points.map((p) => p / 100);
}

type ProgramRecord = typeof programArbitrary extends fc.Arbitrary<infer T> ? T : never;

function programsFrom(records: readonly ProgramRecord[]): SocialProgram[] {
  return records.map((record, i) => {
    const percentages = percentagesOf(record.weights, record.places.length);
    return makeProgram({
      id: `p${i}`,
      regrant: record.regrant,
      period: { start: '2020-01-01' },
      locations: record.places.map((locationId, j) =>
        record.withPercentages
          ? { locationId, percentage: percentages[j] as number }
          : { locationId },
      ),
      spend: record.flows.map((f) => ({
        date: f.date,
        value: { amountMinor: f.amountMinor, currency: f.currency },
        kind: f.kind,
      })),
    });
  });
}

function sumsByDimension(investment: CommunityInvestment): Map<string, Map<string, number>> {
  const sums = new Map<string, Map<string, number>>();
  for (const row of investment.breakdown ?? []) {
    const [dimension] = Object.keys(row.keys) as [string];
    if (dimension === 'apart') continue;
    const byCurrency = sums.get(dimension) ?? new Map<string, number>();
    for (const m of row.money ?? []) {
      byCurrency.set(m.currency, (byCurrency.get(m.currency) ?? 0) + m.amountMinor);
    }
    sums.set(dimension, byCurrency);
  }
  return sums;
}

describe('communityInvestment: properties', () => {
  test.prop([fc.array(programArbitrary, { maxLength: 6 })])(
    'every dimension adds up to the total, to the minor unit',
    (records) => {
      const investment = communityInvestment(programsFrom(records), {
        period: { start: '2024-01-01' },
        gazetteer: azGazetteer,
      });
      const total = new Map(investment.detail.total.map((m) => [m.currency, m.amountMinor]));
      for (const [, byCurrency] of sumsByDimension(investment)) {
        expect(byCurrency).toEqual(total);
      }
      // Every dimension has rows exactly when something was spent.
      const dimensions = new Set(
        (investment.breakdown ?? [])
          .flatMap((r) => Object.keys(r.keys))
          .filter((d) => d !== 'apart'),
      );
      expect(dimensions.size).toBe(investment.detail.programIds.length === 0 ? 0 : 6);
      // A reason exactly when a value is null, on the result and on every row.
      expectValid(investment);
    },
  );

  test.prop([fc.array(programArbitrary, { maxLength: 6 }), fc.boolean()])(
    'does not depend on the order of programs or flows',
    (records, withFx) => {
      const programs = programsFrom(records);
      const reversed = [...programs]
        .reverse()
        .map((p) => ({ ...p, spend: [...p.spend].reverse() }));
      const fx = withFx
        ? {
            currency: 'AZN' as const,
            rates: [
              { from: 'USD' as const, to: 'AZN' as const, rate: '1.7', date: '2024-01-01' },
              { from: 'USD' as const, to: 'AZN' as const, rate: '1.6995', date: '2024-06-30' },
            ],
          }
        : undefined;
      const settings = { period: year2024, gazetteer: azGazetteer, fx };
      expect(communityInvestment(reversed, settings)).toEqual(
        communityInvestment(programs, settings),
      );
    },
  );
});

describe('communityInvestment: the AzerGold reference case', () => {
  it('is empty: no amount is published with a date, and a commitment is not spend', () => {
    const investment = communityInvestment(azergoldDataset.programs, {
      period: { start: '2015-02-11' },
      gazetteer: azGazetteer,
    });
    // The AZN 300,000 the Executive Board decided to donate in 2020 is committed, not spent.
    expect(investment.detail.total).toEqual([]);
    expect(investment.detail.reportedAmounts.map((u) => [u.programId, u.status])).toEqual([
      ['csr-covid-fund-2020', 'notSpending'],
    ]);
    expect(investment.notes).toEqual([
      'No disbursement or expenditure counts in the period.',
      'Budgets and commitments are not spending and are reported apart: csr-covid-fund-2020: AZN 300,000.00 in 2020.',
    ]);
  });
});

describe('communityInvestment on a dataset', () => {
  const choices = { asOf: '2024-12-31' as const };

  it('totals the flows of the report period, converted with the report’s table', () => {
    const context = contextOf(baseDataset(), choices);
    const outcome = communityInvestmentIndicator.fromDataset(context);
    // The base dataset's school program disbursed USD 50,000.00 on 2024-03-01 (period 2024).
    expect(outcome).toHaveLength(1);
    expect(outcome).toMatchObject([{ value: 5_000_000, currency: 'USD' }]);
    const fx = {
      currency: 'AZN' as const,
      rates: [{ from: 'USD' as const, to: 'AZN' as const, rate: '1.7', date: '2024-01-01' }],
    };
    // USD 50,000.00 × 1.7 = AZN 85,000.00 = 8,500,000 qəpik.
    expect(
      communityInvestmentIndicator.fromDataset(contextOf(baseDataset(), { ...choices, fx })),
    ).toMatchObject([{ value: 8_500_000, currency: 'AZN' }]);
  });

  it('is dataAbsent when no program records a flow', () => {
    const dataset = baseDataset();
    const programs = (dataset.programs ?? []).map((p) => ({ ...p, spend: [] }));
    expect(
      communityInvestmentIndicator.fromDataset(contextOf({ ...dataset, programs }, choices)),
    ).toEqual({
      status: 'dataAbsent',
      detail: 'No program records a money flow or a reported amount.',
    });
    expect(
      communityInvestmentIndicator.fromDataset(contextOf({ ...dataset, programs: [] }, choices)),
    ).toMatchObject({ status: 'dataAbsent' });
  });
});
