import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { convertQuantity } from '../../core/convertQuantity.js';
import type { Quantity } from '../../core/quantity.js';
import { type Grade, type ResourceEstimate, ResourceEstimateSchema } from '../../model/deposit.js';
import { containedMetal } from './containedMetal.js';

function estimate(ore: Quantity, grade: Grade): ResourceEstimate {
  return ResourceEstimateSchema.parse({
    reportingCode: 'JORC',
    effectiveDate: '2024-12-31',
    category: 'indicated',
    commodity: 'gold',
    ore,
    grade,
    sourceId: 'src-1',
  });
}

describe('containedMetal', () => {
  it('computes metal from a grade in grams per tonne', () => {
    // 1,000,000 t × 2 g/t = 2,000,000 g = 2 t;
    // 2,000,000 g / 31.1034768 g/ozt = 64,301.4931… ozt.
    const metal = containedMetal(
      estimate({ value: 1_000_000, unit: 't' }, { value: 2, unit: 'g/t' }),
    );
    expect(metal.tonnes).toBe(2);
    expect(metal.troyOunces).toBeCloseTo(64301.4931, 4);
  });

  it('computes metal from a grade in percent', () => {
    // 112,710,000 t × 0.45 % = 112,710,000 × 0.0045 = 507,195 t;
    // 507,195 × 10^6 g / 31.1034768 = 16,306,697,905.875… ozt.
    const metal = containedMetal(
      estimate({ value: 112_710_000, unit: 't' }, { value: 0.45, unit: '%' }),
    );
    expect(metal.tonnes).toBeCloseTo(507195, 6);
    expect(metal.troyOunces).toBeCloseTo(16306697905.875, 2);
  });

  it('gives exactly 1,000 troy ounces at 31.1034768 g/t over 1,000 t', () => {
    // 1,000 t × 31.1034768 g/t = 31,103.4768 g = 0.0311034768 t = 1,000 ozt (1 ozt = 31.1034768 g).
    const metal = containedMetal(
      estimate({ value: 1000, unit: 't' }, { value: 31.1034768, unit: 'g/t' }),
    );
    expect(metal.tonnes).toBeCloseTo(0.0311034768, 12);
    expect(metal.troyOunces).toBeCloseTo(1000, 9);
  });

  it('converts an ore tonnage given in another unit to tonnes first', () => {
    // 5,000 kg = 5 t; 5 t × 10 g/t = 50 g = 0.00005 t; 50 / 31.1034768 = 1.607537… ozt.
    const metal = containedMetal(estimate({ value: 5000, unit: 'kg' }, { value: 10, unit: 'g/t' }));
    expect(metal.tonnes).toBeCloseTo(0.00005, 15);
    expect(metal.troyOunces).toBeCloseTo(1.607537, 6);
  });

  it('accepts the extreme grades: 0, 100 % and 1,000,000 g/t', () => {
    expect(containedMetal(estimate({ value: 7, unit: 't' }, { value: 0, unit: 'g/t' }))).toEqual({
      tonnes: 0,
      troyOunces: 0,
    });
    // 100 %: all of the 7 t is metal.
    expect(
      containedMetal(estimate({ value: 7, unit: 't' }, { value: 100, unit: '%' })).tonnes,
    ).toBe(7);
    // 1,000,000 g/t: every gram of the 7 t is metal.
    expect(
      containedMetal(estimate({ value: 7, unit: 't' }, { value: 1_000_000, unit: 'g/t' })).tonnes,
    ).toBe(7);
  });

  it.each([
    [{ value: 100.5, unit: '%' }],
    [{ value: 1_000_001, unit: 'g/t' }],
    [{ value: -1, unit: 'g/t' }],
    [{ value: Number.NaN, unit: '%' }],
    [{ value: Number.POSITIVE_INFINITY, unit: 'g/t' }],
    [{ value: 1, unit: 'ppm' }],
    [{ value: '2', unit: 'g/t' }],
  ])('rejects the grade %o with INVALID_GRADE', (grade) => {
    const bad = { ...estimate({ value: 1, unit: 't' }, { value: 1, unit: 'g/t' }), grade } as never;
    expect(() => containedMetal(bad)).toThrow(expect.objectContaining({ code: 'INVALID_GRADE' }));
  });

  it('rejects a negative ore tonnage with INVALID_QUANTITY', () => {
    const bad = {
      ...estimate({ value: 1, unit: 't' }, { value: 1, unit: 'g/t' }),
      ore: { value: -5, unit: 't' },
    } as never;
    expect(() => containedMetal(bad)).toThrow(
      expect.objectContaining({ code: 'INVALID_QUANTITY' }),
    );
  });

  it('throws INVALID_NUMBER rather than return Infinity', () => {
    // 1e308 t × 1,000,000 g/t overflows a double.
    const huge = estimate({ value: 1e308, unit: 't' }, { value: 1_000_000, unit: 'g/t' });
    expect(() => containedMetal(huge)).toThrow(expect.objectContaining({ code: 'INVALID_NUMBER' }));
    // 1e303 t × 100 % = 1e303 t of metal, which is finite, but 1e309 g / 31.1 is not.
    const tooManyOunces = estimate({ value: 1e303, unit: 't' }, { value: 100, unit: '%' });
    expect(() => containedMetal(tooManyOunces)).toThrow(
      expect.objectContaining({ code: 'INVALID_NUMBER' }),
    );
  });

  it('names the ore tonnage and the grade that overflow in the message', () => {
    // String(1e308) = '1e+308'; the grade is 1,000,000 g/t.
    const huge = estimate({ value: 1e308, unit: 't' }, { value: 1_000_000, unit: 'g/t' });
    expect(() => containedMetal(huge)).toThrow(
      '[mining-impact] The value is not a finite number: 1e+308 t × 1000000 g/t overflows',
    );
  });
});

describe('containedMetal round trips', () => {
  const ore = fc.double({ min: 0, max: 1e10, noNaN: true });
  const gramsPerTonne = fc.double({ min: 0, max: 1000, noNaN: true });
  const close = (a: number, b: number): void => {
    expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12 * Math.max(Math.abs(a), Math.abs(b), 1e-300));
  };

  test.prop([ore, gramsPerTonne])(
    'gives the same metal for the ore in tonnes or kilograms',
    (t, g) => {
      const inTonnes = containedMetal(estimate({ value: t, unit: 't' }, { value: g, unit: 'g/t' }));
      const inKg = containedMetal(
        estimate({ value: t * 1000, unit: 'kg' }, { value: g, unit: 'g/t' }),
      );
      close(inTonnes.tonnes, inKg.tonnes);
      close(inTonnes.troyOunces, inKg.troyOunces);
    },
  );

  test.prop([ore, gramsPerTonne])('gives the same metal for a grade in g/t or in %', (t, g) => {
    // 1 % = 10,000 g/t.
    const gt = containedMetal(estimate({ value: t, unit: 't' }, { value: g, unit: 'g/t' }));
    const pct = containedMetal(estimate({ value: t, unit: 't' }, { value: g / 10_000, unit: '%' }));
    close(gt.tonnes, pct.tonnes);
  });

  test.prop([ore, gramsPerTonne])('converts its troy ounces back to its tonnes', (t, g) => {
    const metal = containedMetal(estimate({ value: t, unit: 't' }, { value: g, unit: 'g/t' }));
    expect(metal.tonnes).toBeGreaterThanOrEqual(0);
    expect(Number.isFinite(metal.troyOunces)).toBe(true);
    close(convertQuantity({ value: metal.troyOunces, unit: 'ozt' }, 't').value, metal.tonnes);
  });
});
