import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { convertQuantity } from './convertQuantity.js';
import { type MassUnit, QuantitySchema } from './quantity.js';

describe('QuantitySchema', () => {
  it('accepts a non-negative mass in a known unit', () => {
    expect(QuantitySchema.parse({ value: 0, unit: 'g' })).toEqual({ value: 0, unit: 'g' });
    expect(QuantitySchema.parse({ value: 1.5, unit: 't' })).toEqual({ value: 1.5, unit: 't' });
  });
  it.each([
    { value: -1, unit: 't' },
    { value: Number.POSITIVE_INFINITY, unit: 't' },
    { value: Number.NaN, unit: 't' },
    { value: 1, unit: 'lb' },
    { value: 1, unit: 'oz' },
  ])('rejects %o', (q) => {
    expect(QuantitySchema.safeParse(q).success).toBe(false);
  });
  it('accepts a figure published as approximate, with its phrase, beside the exact form', () => {
    const around = { value: 620000, unit: 'ozt', approximately: true, phrase: 'around 620,000 oz' };
    expect(QuantitySchema.parse(around)).toEqual(around);
    expect(QuantitySchema.safeParse({ ...around, approximately: 'yes' }).success).toBe(false);
    expect(QuantitySchema.safeParse({ ...around, phrase: '' }).success).toBe(false);
  });
});

describe('convertQuantity', () => {
  it('converts troy ounces to grams and back exactly', () => {
    // 1 ozt = 31.1034768 g by definition.
    expect(convertQuantity({ value: 1, unit: 'ozt' }, 'g')).toEqual({
      value: 31.1034768,
      unit: 'g',
    });
    expect(convertQuantity({ value: 31.1034768, unit: 'g' }, 'ozt')).toEqual({
      value: 1,
      unit: 'ozt',
    });
  });
  it('converts tonnes to troy ounces', () => {
    // 1 t = 1,000,000 g; 1,000,000 / 31.1034768 = 32,150.7466 ozt.
    expect(convertQuantity({ value: 1, unit: 't' }, 'ozt').value).toBeCloseTo(32150.7466, 4);
    // 1,000 ozt = 31,103.4768 g = 0.0311034768 t.
    expect(convertQuantity({ value: 1000, unit: 'ozt' }, 't').value).toBeCloseTo(0.0311034768, 12);
  });
  it('converts between metric units', () => {
    expect(convertQuantity({ value: 2.5, unit: 't' }, 'kg')).toEqual({ value: 2500, unit: 'kg' });
    expect(convertQuantity({ value: 1500, unit: 'g' }, 'kg')).toEqual({ value: 1.5, unit: 'kg' });
  });
  it('returns the value unchanged in the same unit', () => {
    expect(convertQuantity({ value: 0.1, unit: 'ozt' }, 'ozt')).toEqual({
      value: 0.1,
      unit: 'ozt',
    });
  });
  it('keeps an approximate quantity approximate, with its published phrase', () => {
    // 620,000 ozt × 31.1034768 g = 19,284,155.616 g = 19.284155616 t.
    const converted = convertQuantity(
      { value: 620000, unit: 'ozt', approximately: true, phrase: 'around 620,000 oz' },
      't',
    );
    expect(converted.value).toBeCloseTo(19.284155616, 9);
    expect(converted).toMatchObject({ approximately: true, phrase: 'around 620,000 oz' });
    expect(convertQuantity({ value: 1, unit: 't' }, 'kg')).not.toHaveProperty('approximately');
  });
  it.each([
    [{ value: -1, unit: 'g' as MassUnit }, 'kg'],
    [{ value: Number.NaN, unit: 'g' as MassUnit }, 'kg'],
    [{ value: 1, unit: 'lb' as MassUnit }, 'kg'],
    [{ value: 1, unit: 'g' as MassUnit }, 'toString'],
  ])('throws INVALID_QUANTITY for %o to %s', (q, unit) => {
    expect(() => convertQuantity(q, unit as MassUnit)).toThrow(
      expect.objectContaining({ code: 'INVALID_QUANTITY' }),
    );
  });

  const unit = fc.constantFrom<MassUnit>('g', 'kg', 't', 'ozt');
  test.prop([
    fc.oneof(fc.constant(0), fc.double({ min: 1e-200, max: 1e12, noNaN: true })),
    unit,
    unit,
  ])('round-trips within 1e-12 relative', (value, a, b) => {
    const back = convertQuantity(convertQuantity({ value, unit: a }, b), a).value;
    expect(Math.abs(back - value)).toBeLessThanOrEqual(Math.abs(value) * 1e-12);
  });
});
