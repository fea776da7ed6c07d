import { describe, expect, it } from 'vitest';
import {
  boundsOf,
  intervalOf,
  isExactInterval,
  subtractIntervals,
  sumIntervals,
} from './moneyInterval.js';

describe('money intervals', () => {
  it('add and subtract bound by bound, an open side staying open', () => {
    // [1, 5] + [2, ∞) = [3, ∞); [10, 20] − [3, ∞) = (−∞, 17]; (−∞, 17] has no lower bound.
    const sum = sumIntervals([{ min: 1, max: 5 }, intervalOf({ min: 2, currency: 'AZN' })]);
    expect(sum).toEqual({ min: 3, max: null });
    const difference = subtractIntervals({ min: 10, max: 20 }, sum);
    expect(difference).toEqual({ min: null, max: 17 });
    expect(subtractIntervals({ min: null, max: null }, { min: null, max: 1 })).toEqual({
      min: null,
      max: null,
    });
    expect(boundsOf(difference)).toEqual({ max: 17 });
    expect(boundsOf({ min: 1, max: null })).toEqual({ min: 1 });
    expect(isExactInterval({ min: 4, max: 4 })).toBe(true);
    expect(isExactInterval({ min: null, max: null })).toBe(false);
    // An amount published as "up to 50" is at least 0.
    expect(intervalOf({ max: 50, currency: 'AZN' })).toEqual({ min: 0, max: 50 });
  });
});
