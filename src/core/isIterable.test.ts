import { describe, expect, it } from 'vitest';
import { isIterable } from './isIterable.js';

describe('isIterable', () => {
  it('is true for what a for…of loop reads: arrays, strings, sets, generators', () => {
    function* one(): Generator<number> {
      yield 1;
    }
    for (const value of [[], 'ab', new Set([1]), one()]) expect(isIterable(value)).toBe(true);
  });

  it('is false for null, undefined, numbers, plain objects and a Symbol.iterator that is not a function', () => {
    for (const value of [null, undefined, 42, {}, { [Symbol.iterator]: 5 }]) {
      expect(isIterable(value)).toBe(false);
    }
  });
});
