import { describe, expect, it } from 'vitest';
import { makeProgram } from '../../../test/fixtures/builders.js';
import { socialExpenditureDisclosure } from './socialExpenditureDisclosure.js';

const year = { start: '2024-01-01', end: '2024-12-31' };
const azn = (amountMinor: number) => ({ amountMinor, currency: 'AZN' as const });

describe('socialExpenditureDisclosure', () => {
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

  it('lists each disbursement and expenditure in the period with its EITI 6.1 fields', () => {
    const { rows } = socialExpenditureDisclosure(programs, { period: year });
    // The commitment and the 2023 expenditure are excluded: 3 rows, by date.
    expect(
      rows.map((r) => [r.date, r.programId, r.obligation, r.form, r.deemedValue, r.beneficiaryIds]),
    ).toEqual([
      ['2024-02-15', 'bees', 'voluntary', 'inKind', true, []],
      ['2024-03-01', 'school', 'mandatory', 'cash', false, ['district-authority']],
      ['2024-05-01', 'school', 'mandatory', 'inKind', true, ['builder']],
    ]);
  });

  it('totals per obligation and currency, never mixing currencies', () => {
    const disclosure = socialExpenditureDisclosure(programs, { period: year });
    // Mandatory: 5,000,000 + 1,200,000 = 6,200,000 AZN minor units; voluntary: USD 300.00.
    expect(disclosure.mandatory).toEqual([azn(6_200_000)]);
    expect(disclosure.voluntary).toEqual([{ amountMinor: 30_000, currency: 'USD' }]);
    expect(disclosure.result.money).toEqual([
      azn(6_200_000),
      { amountMinor: 30_000, currency: 'USD' },
    ]);
    expect(disclosure.result.notes).toEqual(['In-kind values are deemed values.']);
    // One breakdown row per obligation: mandatory 2 rows (school), voluntary 1 row (bees).
    expect(disclosure.result.breakdown?.map((r) => [r.dimension, r.key, r.count, r.money])).toEqual(
      [
        ['obligation', 'mandatory', 2, [azn(6_200_000)]],
        ['obligation', 'voluntary', 1, [{ amountMinor: 30_000, currency: 'USD' }]],
      ],
    );
    expect(disclosure.result.standards).toEqual(['EITI 6.1']);
    // The period as given: 2024-01-01 to 2024-12-31.
    expect(disclosure.result.definitions).toEqual({
      period: { start: '2024-01-01', end: '2024-12-31' },
    });
  });

  it('is empty for a period without spending', () => {
    const disclosure = socialExpenditureDisclosure(programs, {
      period: { start: '2020-01-01', end: '2020-12-31' },
    });
    expect(disclosure.rows).toEqual([]);
    expect(disclosure.mandatory).toEqual([]);
    expect(disclosure.result.sourceIds).toEqual([]);
  });

  it('takes an open-ended period', () => {
    // From 2024-04-01 on: the 2024-05-01 expenditure only (the commitment never counts).
    expect(
      socialExpenditureDisclosure(programs, { period: { start: '2024-04-01' } }).rows,
    ).toHaveLength(1);
    // No end given: the definitions name the start and an end of null.
    expect(
      socialExpenditureDisclosure(programs, { period: { start: '2024-04-01' } }).result.definitions,
    ).toEqual({ period: { start: '2024-04-01', end: null } });
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
    ).rows;
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
