import { describe, expect, it } from 'vitest';
import { fxConverter } from './fxConverter.js';
import { FxTableSchema } from './fxTable.js';

const table = FxTableSchema.parse({
  currency: 'AZN',
  rates: [
    { from: 'USD', to: 'AZN', rate: '1.7', date: '2024-01-01' },
    { from: 'EUR', to: 'AZN', rate: '1.85', date: '2024-03-01' },
    { from: 'USD', to: 'AZN', rate: '1.75', date: '2024-07-01' },
    { from: 'USD', to: 'AZN', rate: '1.6', date: '2023-01-01' },
    { from: 'USD', to: 'EUR', rate: '0.9', date: '2024-01-01' },
    { from: 'AZN', to: 'AZN', rate: '2', date: '2024-01-01' },
    { from: 'USD', to: 'AZN', rate: '1.7', date: '2024-01-01' },
  ],
});

describe('fxConverter', () => {
  const convert = fxConverter(table);

  it('uses the latest rate dated on or before the amount, whatever the order of the table', () => {
    // USD 100.00 on 2023-06-30: rate of 2023-01-01, 1.6 → AZN 160.00.
    expect(convert({ amountMinor: 10_000, currency: 'USD' }, '2023-06-30')).toEqual({
      money: { amountMinor: 16_000, currency: 'AZN' },
      rate: { from: 'USD', to: 'AZN', rate: '1.6', date: '2023-01-01' },
    });
    // On the day of a rate, that rate: 2024-07-01 → 1.75 → AZN 175.00.
    expect(convert({ amountMinor: 10_000, currency: 'USD' }, '2024-07-01').money.amountMinor).toBe(
      17_500,
    );
    // The day before: 2024-06-30 → 1.7 → AZN 170.00.
    expect(convert({ amountMinor: 10_000, currency: 'USD' }, '2024-06-30').money.amountMinor).toBe(
      17_000,
    );
    // EUR 1.00 on 2024-12-31 at 1.85 → 185 qəpik.
    expect(convert({ amountMinor: 100, currency: 'EUR' }, '2024-12-31').money.amountMinor).toBe(
      185,
    );
  });

  it('leaves amounts in the table currency as they are, ignoring a rate from it to itself', () => {
    expect(convert({ amountMinor: 123, currency: 'AZN' }, '2020-01-01')).toEqual({
      money: { amountMinor: 123, currency: 'AZN' },
      rate: null,
    });
  });

  it('throws MISSING_FX_RATE before the first rate and for a currency without rates', () => {
    expect(() => convert({ amountMinor: 1, currency: 'USD' }, '2022-12-31')).toThrow(
      expect.objectContaining({ code: 'MISSING_FX_RATE' }),
    );
    expect(() => convert({ amountMinor: 1, currency: 'GBP' }, '2024-12-31')).toThrow(
      'GBP→AZN on or before 2024-12-31',
    );
  });

  it('rejects a table that does not match the schema', () => {
    expect(() => fxConverter({ currency: 'XYZ', rates: [] } as never)).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringContaining('fx.currency'),
      }),
    );
    expect(() => fxConverter(null as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
