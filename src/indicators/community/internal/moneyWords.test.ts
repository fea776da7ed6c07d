import { describe, expect, it } from 'vitest';
import { reportedMoneyText } from './moneyWords.js';

describe('reportedMoneyText', () => {
  it('writes exact money, equal bounds, a range and one-sided bounds', () => {
    // AZN has two decimals: 150,000 minor units are AZN 1,500.00.
    const exact = reportedMoneyText({ amountMinor: 150_000, currency: 'AZN' });
    const equal = reportedMoneyText({ currency: 'AZN', min: 150_000, max: 150_000 });
    expect(equal).toBe(exact);
    expect(reportedMoneyText({ currency: 'AZN', min: 100_000, max: 150_000 })).toBe(
      `${reportedMoneyText({ amountMinor: 100_000, currency: 'AZN' })} to ${exact}`,
    );
    expect(reportedMoneyText({ currency: 'AZN', min: 150_000 })).toBe(`at least ${exact}`);
    expect(reportedMoneyText({ currency: 'AZN', max: 150_000 })).toBe(`at most ${exact}`);
  });
});
