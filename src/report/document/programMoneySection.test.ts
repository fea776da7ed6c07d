import { describe, expect, it } from 'vitest';
import { minimalDataset } from '../../../test/fixtures/exampleDatasets.js';
import type { ProgramId, SourceId } from '../../core/ids.js';
import { buildImpactReport } from '../buildImpactReport.js';
import type { ImpactReport } from '../impactReport.js';
import { numberFormatter } from '../numberFormatter.js';
import { programMoneySection, reportedMoneyWords } from './programMoneySection.js';

const minimal = buildImpactReport(minimalDataset, {
  asOf: '2025-06-30',
  period: { start: '2025-01-01' },
});
const a = 'prg-a' as ProgramId;
const b = 'prg-b' as ProgramId;

describe('programMoneySection', () => {
  it('lists every amount by program, year and currency, as published, never added', () => {
    const report: ImpactReport = {
      ...minimal,
      programMoney: [
        {
          programId: a,
          program: 'Clinic',
          kind: 'spent',
          period: { start: '2021', end: '2021' },
          value: { amountMinor: 33_000_000, currency: 'XOF' },
          sourceIds: ['src-a' as SourceId],
        },
        {
          programId: b,
          program: 'Resettlement',
          kind: 'cumulative',
          period: { start: '2016', end: '2019-01' },
          value: { amountMinor: 2_000_000_000, currency: 'USD' },
          equivalents: [{ amountMinor: 11_500_000_000, currency: 'XOF' }],
          phrase: '20 millions de dollars',
          sourceIds: [],
        },
        {
          programId: a,
          program: 'Clinic',
          kind: 'disbursement',
          date: '2020-05-01',
          value: { min: 100_000, currency: 'USD' },
          sourceIds: [],
        },
      ],
    };
    const section = programMoneySection(report, numberFormatter('en'));
    const table = section?.blocks[1];
    expect(table?.kind === 'table' ? table.rows : undefined).toEqual([
      // Clinic first (its first amount comes first), 2020 before 2021.
      [
        ['Clinic'],
        ['2020-05-01'],
        ['disbursed (flow)'],
        ['USD'],
        ['at least USD 1,000.00'],
        ['no source'],
      ],
      [
        ['Clinic'],
        ['2021'],
        ['spent in the period'],
        ['XOF'],
        ['XOF 33,000,000'],
        [{ text: 'src-a', href: '#source-src-a' }],
      ],
      // 2,000,000,000 cents = USD 20,000,000.00; XOF has no minor unit.
      [
        ['Resettlement'],
        ['2016 to 2019-01'],
        ['spent in total'],
        ['USD'],
        ['USD 20,000,000.00 (XOF 11,500,000,000 as published) (“20 millions de dollars”)'],
        ['no source'],
      ],
    ]);
  });

  it('is absent when no program records money', () => {
    expect(
      programMoneySection({ ...minimal, programMoney: [] }, numberFormatter('en')),
    ).toBeUndefined();
  });

  it('writes bounds of money as bounds', () => {
    const en = numberFormatter('en');
    expect(reportedMoneyWords({ min: 100, max: 200, currency: 'EUR' }, en)).toBe(
      'EUR 1.00 to EUR 2.00',
    );
    expect(reportedMoneyWords({ max: 200, currency: 'EUR' }, en)).toBe('at most EUR 2.00');
  });
});

describe('programMoneySection, undated and ordered rows', () => {
  it('orders by program, then year, then currency, and says when a budget is not dated', () => {
    const row = (extra: object) => ({
      programId: a,
      program: 'Clinic',
      kind: 'budget' as const,
      value: { amountMinor: 100, currency: 'USD' as const },
      sourceIds: [],
      ...extra,
    });
    const report: ImpactReport = {
      ...minimal,
      programMoney: [
        row({ kind: 'disbursement', date: '2024-03-01' }),
        row({
          kind: 'spent',
          period: { start: '2023', end: '2023' },
          value: { amountMinor: 5, currency: 'EUR' },
        }),
        row({ kind: 'spent', period: { start: '2023', end: '2023' } }),
        row({}),
        row({ kind: 'cumulative', period: { start: '2015', end: '2020-11' } }),
      ],
    };
    const section = programMoneySection(report, numberFormatter('en'));
    const table = section?.blocks[1];
    // The undated budget has no year: it sorts first; 2015 to 2020-11 next; then 2023 in EUR
    // before USD; then 2024-03-01.
    expect(table?.kind === 'table' ? table.rows.map((r) => [r[1]?.[0], r[3]?.[0]]) : []).toEqual([
      ['not dated', 'USD'],
      ['2015 to 2020-11', 'USD'],
      ['2023', 'EUR'],
      ['2023', 'USD'],
      ['2024-03-01', 'USD'],
    ]);
  });

  it('writes an exact amount given as bounds, and a lower bound', () => {
    const en = numberFormatter('en');
    expect(reportedMoneyWords({ min: 150, max: 150, currency: 'EUR' }, en)).toBe('EUR 1.50');
    expect(reportedMoneyWords({ min: 150, currency: 'EUR' }, en)).toBe('at least EUR 1.50');
  });
});
