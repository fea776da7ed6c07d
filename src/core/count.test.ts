import { describe, expect, it } from 'vitest';
import {
  ApproximateCountSchema,
  approximateNote,
  CountSchema,
  countInterval,
  isApproximateCount,
  isExactCount,
} from './count.js';

describe('approximate counts', () => {
  const about = { approximately: 20000, phrase: 'about 20,000 people' };

  it('are a third form of count, with the phrase required', () => {
    expect(CountSchema.parse(about)).toEqual(about);
    expect(ApproximateCountSchema.safeParse({ approximately: 20000 }).success).toBe(false);
    expect(CountSchema.safeParse({ approximately: 20000 }).success).toBe(false);
    expect(CountSchema.safeParse({ approximately: 1.5, phrase: 'x' }).success).toBe(false);
    expect(CountSchema.safeParse({ approximately: -1, phrase: 'x' }).success).toBe(false);
    // Not a bound as well: min and approximately never mix.
    expect(CountSchema.safeParse({ ...about, min: 19000 }).success).toBe(false);
  });

  it('are neither exact nor bounds', () => {
    expect(isExactCount(about)).toBe(false);
    expect(isApproximateCount(about)).toBe(true);
    expect(isApproximateCount({ min: 1 })).toBe(false);
    expect(isApproximateCount(5)).toBe(false);
  });

  it('lie at their figure, marked approximate with the phrase', () => {
    expect(countInterval(about)).toEqual({
      min: 20000,
      max: 20000,
      approximate: true,
      phrase: 'about 20,000 people',
    });
    // Exact counts and bounds carry no mark.
    expect(countInterval(7)).not.toHaveProperty('approximate');
    expect(countInterval({ min: 2 })).not.toHaveProperty('approximate');
  });

  it('have a note that quotes the phrase', () => {
    expect(approximateNote('visitors', 'about 20,000 people')).toBe(
      'approximate: visitors published as "about 20,000 people" (the figure is taken as the value).',
    );
  });
});
