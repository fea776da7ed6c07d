import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { BoundsSchema } from './bounds.js';
import { CountBoundsSchema } from './count.js';
import { isOrderedByKeys, ORDERED_KEYWORD } from './orderedKeyword.js';
import { PeriodSchema } from './period.js';
import { RangeSchema } from './range.js';

describe('isOrderedByKeys', () => {
  it('accepts present values in order and skips absent ones', () => {
    expect(isOrderedByKeys({ low: 1, high: 3 }, ['low', 'central', 'high'])).toBe(true);
    expect(isOrderedByKeys({ low: 1, central: 1, high: 1 }, ['low', 'central', 'high'])).toBe(true);
    expect(isOrderedByKeys({ start: '2024-01-01' }, ['start', 'end'])).toBe(true);
    expect(isOrderedByKeys({ start: '2024-01-01', end: undefined }, ['start', 'end'])).toBe(true);
    expect(isOrderedByKeys({}, ['start', 'end'])).toBe(true);
  });
  it('rejects values out of order', () => {
    expect(isOrderedByKeys({ low: 1, central: 4, high: 3 }, ['low', 'central', 'high'])).toBe(
      false,
    );
    expect(isOrderedByKeys({ low: 5, high: 3 }, ['low', 'central', 'high'])).toBe(false);
    expect(isOrderedByKeys({ start: '2024-02-01', end: '2024-01-01' }, ['start', 'end'])).toBe(
      false,
    );
  });
  it('rejects values of different types', () => {
    expect(isOrderedByKeys({ min: 1, max: '2' }, ['min', 'max'])).toBe(false);
  });
  it('ignores inherited properties', () => {
    const child = Object.create({ min: 10 }) as Record<string, unknown>;
    child.max = 1;
    expect(isOrderedByKeys(child, ['min', 'max'])).toBe(true);
  });
});

describe('ordering in the generated JSON Schema', () => {
  it('states the same orderings the zod refinements enforce', () => {
    expect(z.toJSONSchema(PeriodSchema)[ORDERED_KEYWORD]).toEqual(['start', 'end']);
    expect(z.toJSONSchema(RangeSchema)[ORDERED_KEYWORD]).toEqual(['low', 'central', 'high']);
    expect(z.toJSONSchema(BoundsSchema)[ORDERED_KEYWORD]).toEqual(['min', 'max']);
    expect(z.toJSONSchema(CountBoundsSchema).anyOf).toEqual([
      { required: ['min'] },
      { required: ['max'] },
    ]);
  });
  it('gives each refinement a stable issue code', () => {
    const codeOf = (result: { error?: { issues: readonly unknown[] } | undefined }): unknown =>
      (result.error?.issues[0] as { params?: { code?: string } } | undefined)?.params?.code;
    expect(codeOf(PeriodSchema.safeParse({ start: '2024-02-01', end: '2024-01-01' }))).toBe(
      'period.end_before_start',
    );
    expect(codeOf(RangeSchema.safeParse({ low: 2, high: 1 }))).toBe('range.unordered');
    expect(codeOf(BoundsSchema.safeParse({ min: 2, max: 1 }))).toBe('bounds.min_above_max');
    expect(codeOf(CountBoundsSchema.safeParse({}))).toBe('bounds.empty');
  });
});
