import { describe, expect, it } from 'vitest';
import { moneyRowValue, moneyValue } from './moneyValue.js';

describe('moneyValue', () => {
  it('gives the minor units of a single currency, with the currency', () => {
    // AZN 1,250.50 is 125,050 qəpik.
    expect(moneyValue([{ amountMinor: 125_050, currency: 'AZN' }])).toEqual({
      value: 125_050,
      currency: 'AZN',
    });
  });

  it('never adds currencies', () => {
    expect(
      moneyValue([
        { amountMinor: 1, currency: 'AZN' },
        { amountMinor: 2, currency: 'USD' },
      ]),
    ).toEqual({ value: null, reason: 'MULTIPLE_CURRENCIES' });
  });

  it('gives 0 for nothing only when the currency is known', () => {
    expect(moneyValue([], 'AZN')).toEqual({ value: 0, currency: 'AZN' });
    expect(moneyValue([])).toEqual({ value: null, reason: 'MISSING_DATA' });
  });
});

describe('moneyRowValue', () => {
  it('gives the value and reason of a row, without a currency', () => {
    expect(moneyRowValue([{ amountMinor: 7, currency: 'USD' }])).toEqual({ value: 7 });
    expect(moneyRowValue([])).toEqual({ value: null, reason: 'MISSING_DATA' });
    expect(moneyRowValue([], 'USD')).toEqual({ value: 0 });
  });
});
