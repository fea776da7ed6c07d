import { describe, expect, it } from 'vitest';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { makeProgram } from '../../../test/fixtures/builders.js';
import { indicatorContextOf as contextOf } from '../../../test/fixtures/indicatorContext.js';
import { IndicatorCatalogEntrySchema } from '../contract/indicatorCatalogEntry.js';
import { IndicatorResultSchema } from '../contract/indicatorResult.js';
import { communityIndicators } from './communityIndicators.js';
import {
  socialExpenditureDisclosure,
  socialExpenditureDisclosureIndicator,
} from './socialExpenditureDisclosure.js';

const year = { start: '2024-01-01', end: '2024-12-31' };
const azn = (amountMinor: number) => ({ amountMinor, currency: 'AZN' as const });

describe('socialExpenditureDisclosure: the catalog entry', () => {
  it('is community.socialExpenditureDisclosure, unit money, rows by obligation', () => {
    expect(
      IndicatorCatalogEntrySchema.parse(socialExpenditureDisclosureIndicator.entry),
    ).toMatchObject({
      id: 'community.socialExpenditureDisclosure',
      family: 'community',
      functionName: 'socialExpenditureDisclosure',
      unit: 'money',
      results: 'one',
      dimensions: ['obligation'],
    });
    expect(socialExpenditureDisclosureIndicator.compute).toBe(socialExpenditureDisclosure);
    expect(communityIndicators).toContain(socialExpenditureDisclosureIndicator);
  });
});

const programs = [
  makeProgram({
    id: 'school',
    title: 'School building',
    obligation: 'mandatory',
    form: 'mixed',
    participants: [
      { organizationId: 'miner', role: 'funding' },
      { organizationId: 'builder', role: 'implementing' },
    ],
    spend: [
      {
        date: '2024-03-01',
        value: azn(5_000_000),
        kind: 'disbursement',
        form: 'cash',
        recipientId: 'district-authority',
      },
      { date: '2024-05-01', value: azn(1_200_000), kind: 'expenditure', form: 'inKind' },
      { date: '2024-06-01', value: azn(9_999_999), kind: 'commitment' },
      { date: '2023-12-31', value: azn(7), kind: 'expenditure' },
    ],
  }),
  makeProgram({
    id: 'bees',
    title: 'Beekeeping support',
    obligation: 'voluntary',
    form: 'inKind',
    spend: [
      {
        date: '2024-02-15',
        value: { amountMinor: 30_000, currency: 'USD' },
        kind: 'expenditure',
      },
    ],
  }),
];

describe('socialExpenditureDisclosure', () => {
  it('lists each disbursement and expenditure in the period with its EITI 6.1 fields', () => {
    const { rows } = socialExpenditureDisclosure(programs, { period: year }).detail;
    // The commitment and the 2023 expenditure are excluded: 3 rows, by date.
    expect(
      rows.map((r) => [r.date, r.programId, r.obligation, r.form, r.deemedValue, r.beneficiaryIds]),
    ).toEqual([
      ['2024-02-15', 'bees', 'voluntary', 'inKind', true, []],
      ['2024-03-01', 'school', 'mandatory', 'cash', false, ['district-authority']],
      // EITI 6.1.a: no recipient stated: the beneficiary is not stated, not the implementer.
      ['2024-05-01', 'school', 'mandatory', 'inKind', true, []],
    ]);
    expect(rows.map((r) => r.beneficiaryStated)).toEqual([false, true, false]);
  });

  it('totals per obligation and currency, never mixing currencies', () => {
    const disclosure = socialExpenditureDisclosure(programs, { period: year });
    // Mandatory: 5,000,000 + 1,200,000 = 6,200,000 AZN minor units; voluntary: USD 300.00.
    expect(disclosure.detail.mandatory).toEqual([azn(6_200_000)]);
    expect(disclosure.detail.voluntary).toEqual([{ amountMinor: 30_000, currency: 'USD' }]);
    expect(disclosure.money).toEqual([azn(6_200_000), { amountMinor: 30_000, currency: 'USD' }]);
    // AZN and USD are never added: no single value.
    expect(disclosure).toMatchObject({ value: null, reason: 'MULTIPLE_CURRENCIES', unit: 'money' });
    expect(disclosure.notes).toEqual([
      'In-kind values are deemed values.',
      'Where no recipient is stated, the beneficiary is not stated (the implementer is not taken for it).',
    ]);
    // One breakdown row per obligation: mandatory 2 rows (school), voluntary 1 row (bees), each
    // in one currency: its value is its amount.
    expect(disclosure.breakdown?.map((r) => [r.keys, r.value, r.count, r.money])).toEqual([
      [{ obligation: 'mandatory' }, 6_200_000, 2, [azn(6_200_000)]],
      [{ obligation: 'voluntary' }, 30_000, 1, [{ amountMinor: 30_000, currency: 'USD' }]],
    ]);
    expect(IndicatorResultSchema.safeParse(disclosure).success).toBe(true);
    expect(disclosure.standards).toEqual(['EITI 6.1']);
    // The period as given: 2024-01-01 to 2024-12-31.
    expect(disclosure.definitions).toEqual({
      period: { start: '2024-01-01', end: '2024-12-31' },
    });
  });

  it('is empty for a period without spending', () => {
    const disclosure = socialExpenditureDisclosure(programs, {
      period: { start: '2020-01-01', end: '2020-12-31' },
    });
    expect(disclosure.detail.rows).toEqual([]);
    expect(disclosure.detail.mandatory).toEqual([]);
    expect(disclosure.sourceIds).toEqual([]);
    // Nothing to total, and no currency to state a zero in; so are the obligation rows.
    expect(disclosure).toMatchObject({ value: null, reason: 'MISSING_DATA' });
    expect(disclosure.breakdown?.map((r) => [r.value, r.reason, r.count])).toEqual([
      [null, 'MISSING_DATA', 0],
      [null, 'MISSING_DATA', 0],
    ]);
    expect(IndicatorResultSchema.safeParse(disclosure).success).toBe(true);
  });

  it('takes an open-ended period', () => {
    // From 2024-04-01 on: the 2024-05-01 expenditure only (the commitment never counts).
    const open = socialExpenditureDisclosure(programs, { period: { start: '2024-04-01' } });
    expect(open.detail.rows).toHaveLength(1);
    // One flow of AZN 12,000.00 in one currency: the value is 1,200,000.
    expect([open.value, open.currency]).toEqual([1_200_000, 'AZN']);
    // No end given: the definitions name the start and an end of null.
    expect(open.definitions).toEqual({ period: { start: '2024-04-01', end: null } });
  });
});

describe('socialExpenditureDisclosure ordering', () => {
  it('orders rows of the same day by program id', () => {
    const spend = [{ date: '2024-03-01', value: azn(1), kind: 'expenditure' as const }];
    const rows = socialExpenditureDisclosure(
      [
        makeProgram({ id: 'z', spend }),
        makeProgram({ id: 'a', spend }),
        makeProgram({ id: 'm', spend }),
      ],
      { period: year },
    ).detail.rows;
    expect(rows.map((r) => r.programId)).toEqual(['a', 'm', 'z']);
  });
});

describe('socialExpenditureDisclosure periods (regressions)', () => {
  it('throws INVALID_PERIOD for a period that ends before it starts', () => {
    expect(() =>
      socialExpenditureDisclosure([], { period: { start: '2024-12-31', end: '2024-01-01' } }),
    ).toThrow('[mining-impact] The period ends before it starts: 2024-12-31 to 2024-01-01');
  });
  it('throws INVALID_DATE for a period start that is not a calendar date', () => {
    expect(() => socialExpenditureDisclosure([], { period: { start: '2024-00-01' } })).toThrow(
      '[mining-impact] The value is not a calendar date in YYYY-MM-DD form: period.start: "2024-00-01"',
    );
  });
});

describe('socialExpenditureDisclosure on a dataset', () => {
  const choices = { asOf: '2024-12-31' as const };

  it('lists the flows of the report period', () => {
    const outcome = socialExpenditureDisclosureIndicator.fromDataset(
      contextOf(baseDataset(), choices),
    );
    // The school program's one disbursement of USD 50,000.00 on 2024-03-01, voluntary.
    expect(outcome).toMatchObject([
      {
        value: 5_000_000,
        currency: 'USD',
        detail: { rows: [{ programId: 'prog-school', beneficiaryIds: ['ngo-1'] }], mandatory: [] },
      },
    ]);
  });

  it('is dataAbsent without programs, and without any flow', () => {
    const dataset = baseDataset();
    expect(
      socialExpenditureDisclosureIndicator.fromDataset(
        contextOf({ ...dataset, programs: [] }, choices),
      ),
    ).toEqual({ status: 'dataAbsent', detail: 'The dataset has no social programs.' });
    const programs = (dataset.programs ?? []).map((p) => ({ ...p, spend: [] }));
    expect(
      socialExpenditureDisclosureIndicator.fromDataset(
        contextOf({ ...dataset, programs }, choices),
      ),
    ).toEqual({
      status: 'dataAbsent',
      detail: 'No program records a money flow or a reported amount.',
    });
  });
});

describe('socialExpenditureDisclosure with reported amounts', () => {
  const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' as const });
  // "USD 781,000 in 2009" = 78,100,000 cents; "USD 12.388 million over 2009-2013" = 1,238,800,000.
  const fund = makeProgram({
    id: 'fund',
    title: 'Development fund',
    period: { start: '2009-01-01' },
    obligation: 'notStated',
    form: 'notStated',
    participants: [{ organizationId: 'fund-board', role: 'implementing' }],
    reportedAmounts: [
      {
        basis: 'spent',
        period: { start: '2009' },
        value: usd(78_100_000),
        phrase: 'USD 781,000 in 2009',
        sourceIds: [],
      },
      {
        basis: 'spent',
        period: { start: '2009', end: '2013' },
        value: usd(1_238_800_000),
        phrase: 'USD 12.388 million over 2009-2013',
        recipientId: 'development-fund',
        sourceIds: [],
      },
    ],
    spend: [{ date: '2009-03-01', value: usd(10_000_000), kind: 'disbursement' }],
  });

  it('lists a reported amount with its period instead of a date, not stated where silent', () => {
    const disclosure = socialExpenditureDisclosure([fund], {
      period: { start: '2009-01-01', end: '2009-12-31' },
    });
    // The flow of 2009-03-01 lies within "in 2009", which counts: one row, USD 781,000.00.
    expect(disclosure.detail.rows).toEqual([
      {
        programId: 'fund',
        program: 'Development fund',
        period: { start: '2009', end: '2009' },
        // EITI 6.1.a: the amount names no recipient: not stated (fund-board only implements).
        beneficiaryIds: [],
        beneficiaryStated: false,
        expenditure: 'social',
        primaryPurpose: 'notStated',
        obligation: 'notStated',
        form: 'notStated',
        value: usd(78_100_000),
        deemedValue: false,
        phrase: 'USD 781,000 in 2009',
      },
    ]);
    expect([disclosure.value, disclosure.currency]).toEqual([78_100_000, 'USD']);
    expect(disclosure.detail.notStated).toEqual([usd(78_100_000)]);
    expect(disclosure.breakdown?.map((r) => [r.keys.obligation, r.value, r.count])).toEqual([
      ['mandatory', null, 0],
      ['voluntary', null, 0],
      ['notStated', 78_100_000, 1],
    ]);
    expect(disclosure.detail.supersededFlows.map((f) => f.date)).toEqual(['2009-03-01']);
    expect(disclosure.notes).toContain(
      'Amounts spent over a period that runs across an end of the report period are not counted and never prorated: fund: USD 12,388,000.00 from 2009 to 2013 ("USD 12.388 million over 2009-2013").',
    );
    expect(IndicatorResultSchema.safeParse(disclosure).success).toBe(true);
  });

  it('lists the wider total once over its whole period, with its recipient', () => {
    const disclosure = socialExpenditureDisclosure([fund], {
      period: { start: '2009-01-01', end: '2013-12-31' },
    });
    expect(disclosure.detail.rows.map((r) => [r.period, r.beneficiaryIds, r.value])).toEqual([
      [{ start: '2009', end: '2013' }, ['development-fund'], usd(1_238_800_000)],
    ]);
    expect(disclosure.detail.reportedAmounts.map((u) => u.status)).toEqual([
      'supersededByWider',
      'counted',
    ]);
  });

  it('keeps an amount published as bounds a bound', () => {
    // "Over USD 1 million" in 2009: at least 100,000,001 cents; the exact totals leave it out.
    const over = makeProgram({
      id: 'fund',
      title: 'Development fund',
      period: { start: '2009-01-01' },
      obligation: 'voluntary',
      form: 'notStated',
      participants: [{ organizationId: 'fund-board', role: 'implementing' }],
      reportedAmounts: [
        {
          basis: 'spent',
          period: { start: '2009' },
          value: { min: 100_000_001, currency: 'USD', phrase: 'over USD 1 million' },
          sourceIds: [],
        },
      ],
    });
    const disclosure = socialExpenditureDisclosure([over], {
      period: { start: '2009-01-01', end: '2009-12-31' },
    });
    expect([disclosure.value, disclosure.reason, disclosure.bounds]).toEqual([
      null,
      'BOUNDED',
      { min: 100_000_001 },
    ]);
    expect(disclosure.detail.voluntary).toEqual([]);
    expect(disclosure.detail.bounded).toEqual([{ min: 100_000_001, currency: 'USD' }]);
    expect(disclosure.breakdown?.[1]).toMatchObject({
      keys: { obligation: 'voluntary' },
      value: null,
      reason: 'BOUNDED',
      bounds: { min: 100_000_001 },
      count: 1,
    });
  });
});

describe('socialExpenditureDisclosure: EITI 6.1.b environmental and business-purpose programs', () => {
  const mixed = [
    makeProgram({
      id: 'trees',
      title: 'Reforestation',
      category: 'environment',
      obligation: 'mandatory',
      form: 'cash',
      spend: [
        { date: '2024-04-01', value: azn(400_000), kind: 'expenditure', recipientId: 'forestry' },
      ],
    }),
    makeProgram({
      id: 'road',
      title: 'Mine access road',
      category: 'infrastructure',
      obligation: 'voluntary',
      form: 'inKind',
      primaryPurpose: 'business',
      spend: [{ date: '2024-05-01', value: azn(2_000_000), kind: 'expenditure' }],
    }),
    makeProgram({
      id: 'clinic',
      title: 'Clinic',
      obligation: 'voluntary',
      form: 'cash',
      primaryPurpose: 'community',
      spend: [
        { date: '2024-06-01', value: azn(300_000), kind: 'disbursement', recipientId: 'clinic' },
      ],
    }),
  ];

  it('EITI 6.1.b: environmental expenditures have their own rows and total', () => {
    const { detail } = socialExpenditureDisclosure(mixed, { period: year });
    expect(detail.rows.map((r) => [r.programId, r.expenditure])).toEqual([
      ['trees', 'environmental'],
      ['road', 'social'],
      ['clinic', 'social'],
    ]);
    // Environmental: reforestation AZN 4,000.00 alone; no social expenditure is mandatory.
    expect(detail.environmental).toEqual([azn(400_000)]);
    expect(detail.mandatory).toEqual([]);
  });

  it('EITI 6.1: a mine access road is not voluntary social expenditure by default', () => {
    const byDefault = socialExpenditureDisclosure(mixed, { period: year }).detail;
    // Voluntary: the clinic's AZN 3,000.00 only; the road's AZN 20,000.00 is kept apart.
    expect(byDefault.voluntary).toEqual([azn(300_000)]);
    expect(byDefault.businessPurpose).toEqual([azn(2_000_000)]);
    expect(byDefault.rows.find((r) => r.programId === 'road')?.primaryPurpose).toBe('business');
    const counted = socialExpenditureDisclosure(mixed, {
      period: year,
      countBusinessPurpose: true,
    }).detail;
    // Counted on request: 300,000 + 2,000,000 = 2,300,000 minor units.
    expect(counted.voluntary).toEqual([azn(2_300_000)]);
    expect(counted.businessPurpose).toEqual([]);
  });
});
