import { describe, expect, it } from 'vitest';
import { roundHalfEvenNumber } from './roundHalfEvenNumber.js';

describe('roundHalfEvenNumber', () => {
  it.each([
    [2.5, 2],
    [3.5, 4],
    [-2.5, -2],
    [-3.5, -4],
    [2.4, 2],
    [2.6, 3],
    [-2.6, -3],
    [7, 7],
  ])('rounds %d to %d', (value, expected) => {
    expect(roundHalfEvenNumber(value)).toBe(expected);
  });
});
