import { describe, expect, it } from 'vitest';
import { ageBand } from './ageBand.js';

describe('ageBand', () => {
  it.each([
    [1995, '<30'], // 2024 − 1995 = 29
    [1994, '30-50'], // 30: the middle band
    [1974, '30-50'], // 50: still the middle band
    [1973, '>50'], // 51
  ] as const)('puts someone born in %i in %s at the end of 2024', (year, band) => {
    expect(ageBand(year, '2024-12-31')).toBe(band);
  });

  it('is unknown without a birth year', () => {
    expect(ageBand(undefined, '2024-12-31')).toBe('unknown');
    expect(ageBand(1990.5, '2024-12-31')).toBe('unknown');
  });
});
