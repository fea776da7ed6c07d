import { describe, expect, it } from 'vitest';
import type { IndicatorResult } from '../../indicators/contract/indicatorResult.js';
import { numberFormatter } from '../numberFormatter.js';
import { breakdownTables, rowFigure, unitWords } from './breakdownTables.js';

const fmt = numberFormatter('en');

function result(fields: Partial<IndicatorResult>): IndicatorResult {
  return {
    indicatorId: 'x.y',
    title: 'X',
    unit: 'count',
    value: null,
    reason: 'BREAKDOWN_ONLY',
    definitions: {},
    standards: [],
    sourceIds: [],
    notes: [],
    ...fields,
  };
}

describe('breakdownTables', () => {
  it('gives one table per set of dimensions, every row with its keys, figure, count and ratio', () => {
    const production = result({
      unit: 'quantity',
      quantityUnit: 'ozt',
      breakdown: [
        {
          keys: { commodity: 'gold', year: '2021' },
          label: 'gold 2021 (ozt)',
          value: 567_795,
          count: 1,
        },
        {
          keys: { commodity: 'gold', year: '2022' },
          label: 'gold 2022 (ozt)',
          value: 598_661,
          count: 1,
          // (598,661 − 567,795) / 567,795 = 30,866 / 567,795 = 0.05436…
          ratio: { numerator: 30_866, denominator: 567_795, value: 30_866 / 567_795 },
        },
        { keys: { commodity: 'gold', year: '2022', half: 'H1' }, value: 224_714, count: 1 },
      ],
    });
    const [annual, halves] = breakdownTables(production, fmt);
    expect(annual).toEqual({
      kind: 'table',
      caption: 'By commodity and year; figures: quantities in ozt.',
      header: ['Commodity', 'Year', 'Label', 'Figure', 'Count', 'Ratio (numerator / denominator)'],
      rows: [
        [['gold'], ['2021'], ['gold 2021 (ozt)'], ['567,795 ozt'], ['1'], ['']],
        [
          ['gold'],
          ['2022'],
          ['gold 2022 (ozt)'],
          ['598,661 ozt'],
          ['1'],
          ['30,866 / 567,795 = 0.0544'],
        ],
      ],
      numeric: [false, false, false, true, true, true],
    });
    // The half-year row has its own table; its label is absent, so no Label column.
    expect(halves?.caption).toBe('By commodity, year and half; figures: quantities in ozt.');
    expect(halves?.header).toEqual(['Commodity', 'Year', 'Half', 'Figure', 'Count']);
    expect(halves?.rows).toEqual([[['gold'], ['2022'], ['H1'], ['224,714 ozt'], ['1']]]);
  });

  it('keeps bounds as bounds, states why a row has no figure, and labels categories', () => {
    const beneficiaries = result({
      breakdown: [
        {
          keys: { category: 'sportsAndHealth' },
          value: null,
          reason: 'BOUNDED',
          bounds: { min: 0, max: 999 },
          count: 1,
        },
        { keys: { category: 'education' }, value: null, reason: 'MISSING_DATA' },
      ],
    });
    const [table] = breakdownTables(beneficiaries, fmt);
    expect(table?.rows).toEqual([
      [['sports and health'], ['between 0 and 999'], ['1']],
      [['education'], ['not available: an input is missing'], ['']],
    ]);
  });

  it('writes shares with their percentage and money exactly', () => {
    const share = result({ unit: 'share' });
    // 2,697 / 2,792 = 0.96597… → 0.966 and 96.6 % (2 decimals of the percentage, zeros dropped).
    expect(rowFigure(share, { keys: { n: 'h' }, value: 2697 / 2792 }, fmt)).toBe('0.966 (96.6 %)');
    const money = result({ unit: 'money' });
    expect(
      rowFigure(
        money,
        {
          keys: { c: 'r' },
          value: null,
          reason: 'MISSING_DATA',
          money: [{ amountMinor: 18_830_000_000, currency: 'AZN' }],
        },
        fmt,
      ),
    ).toBe('AZN 188,300,000.00');
    expect(unitWords(share)).toBe('shares of 1, with the percentage');
  });

  it('says that each row has its own unit when ore and metal differ', () => {
    const statement = result({
      unit: 'quantity',
      quantityUnit: 't',
      breakdown: [
        { keys: { measure: 'ore' }, value: 110_600_000 },
        { keys: { measure: 'metal' }, value: 6_052_000, quantityUnit: 'ozt' },
      ],
    });
    const [table] = breakdownTables(statement, fmt);
    expect(table?.caption).toBe('By measure; figures: quantities in the unit of each row.');
    expect(table?.rows).toEqual([
      [['ore'], ['110,600,000 t']],
      [['metal'], ['6,052,000 ozt']],
    ]);
  });

  it('gives no table for a result without a breakdown', () => {
    expect(breakdownTables(result({ value: 3, reason: undefined }), fmt)).toEqual([]);
  });
});
