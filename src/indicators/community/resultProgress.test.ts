import { describe, expect, it } from 'vitest';
import { ProgramResultSchema } from '../../model/socialProgram.js';
import { resultProgress } from './resultProgress.js';

const period = { start: '2023-09-01', end: '2024-06-30' };
const make = (r: object) =>
  ProgramResultSchema.parse({ title: 'Pupils taught', measure: 'unit', period, ...r });

describe('resultProgress', () => {
  it('measures progress from the baseline', () => {
    // (240 − 0) / (300 − 0) = 0.8
    const result = resultProgress(make({ baseline: 0, target: 300, actual: 240 }));
    expect(result.value).toBe(0.8);
    expect(result.ratio).toEqual({ numerator: 240, denominator: 300, value: 0.8 });
    expect(result.indicatorId).toBe('community.resultProgress');
  });
  it('uses 0 as the baseline when absent, and says so', () => {
    // 150 / 200 = 0.75
    const result = resultProgress(make({ target: 200, actual: 150 }));
    expect(result.value).toBe(0.75);
    expect(result.definitions.baseline).toBe(0);
    expect(result.notes).toHaveLength(1);
  });
  it('handles decreasing targets', () => {
    // (25 − 40) / (10 − 40) = −15 / −30 = 0.5
    expect(
      resultProgress(make({ measure: 'percentage', baseline: 40, target: 10, actual: 25 })).value,
    ).toBe(0.5);
  });
  it('reports overshoot above 1 and regression below 0', () => {
    // (120 − 20) / (100 − 20) = 100 / 80 = 1.25; (10 − 20) / 80 = −0.125
    expect(resultProgress(make({ baseline: 20, target: 100, actual: 120 })).value).toBe(1.25);
    expect(resultProgress(make({ baseline: 20, target: 100, actual: 10 })).value).toBe(-0.125);
  });
  it('is null for qualitative results', () => {
    const result = resultProgress(
      make({ measure: 'qualitative', description: 'Museum exposition opened' }),
    );
    expect(result.value).toBeNull();
    expect(result.reason).toBe('NOT_APPLICABLE');
  });
  it('is null with MISSING_DATA without an actual or a target', () => {
    expect(resultProgress(make({ target: 10 })).reason).toBe('MISSING_DATA');
    expect(resultProgress(make({ actual: 10 })).reason).toBe('MISSING_DATA');
  });
  it('is null with ZERO_DENOMINATOR when the target equals the baseline', () => {
    expect(resultProgress(make({ baseline: 5, target: 5, actual: 7 })).reason).toBe(
      'ZERO_DENOMINATOR',
    );
  });
});
