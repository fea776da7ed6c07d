import { describe, expect, it } from 'vitest';
import { figureRounding, gradeRounding } from './lineFigures.js';

describe('gradeRounding', () => {
  it('is ± half a unit of the last decimal', () => {
    // 2.04 g/t: ± 0.005 → 2.035 to 2.045 (within the rounding of doubles).
    const [low, high] = gradeRounding(2.04);
    expect(low).toBeCloseTo(2.035, 12);
    expect(high).toBeCloseTo(2.045, 12);
    // A whole grade of 2 g/t: ± 0.5.
    expect(gradeRounding(2)).toEqual([1.5, 2.5]);
    // Never below zero: 0.2 % stands for 0.15 to 0.25, 0 for 0 to 0.5.
    expect(gradeRounding(0)).toEqual([0, 0.5]);
  });

  it('takes a figure in exponent notation as exact', () => {
    // String(1e-7) is "1e-7": no decimals to read a rounding from.
    expect(gradeRounding(1e-7)).toEqual([1e-7, 1e-7]);
  });
});

describe('figureRounding', () => {
  it('reads a whole figure as rounded to its last non-zero digit', () => {
    // 880,000: the largest power of ten dividing it is 10,000, so ± 5,000.
    expect(figureRounding(880_000)).toEqual([875_000, 885_000]);
    // 777,000: ± 500. 6,052,000: ± 500. 7: ± 0.5.
    expect(figureRounding(777_000)).toEqual([776_500, 777_500]);
    expect(figureRounding(6_052_000)).toEqual([6_051_500, 6_052_500]);
    expect(figureRounding(7)).toEqual([6.5, 7.5]);
  });

  it('reads a figure with decimals as the grade rule does, and zero as 0 to 0.5', () => {
    const [low, high] = figureRounding(2.5);
    expect(low).toBeCloseTo(2.45, 12);
    expect(high).toBeCloseTo(2.55, 12);
    expect(figureRounding(0)).toEqual([0, 0.5]);
  });
});
