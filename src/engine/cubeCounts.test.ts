import { describe, expect, it } from 'vitest';
import { ageBand, EmployeeSchema } from '../index.js';
import { CUBE_VALUES } from './cubeCounts.js';

describe('CUBE_VALUES', () => {
  it("are the model's values, in the order of the accumulator's snapshot", () => {
    const shape = EmployeeSchema.shape;
    expect(CUBE_VALUES.gender).toEqual(shape.gender.options);
    expect(CUBE_VALUES.category).toEqual(shape.category.options);
    expect(CUBE_VALUES.nationality).toEqual(shape.nationality.unwrap().options);
    expect(CUBE_VALUES.leaverReason).toEqual([
      ...shape.terminationReason.unwrap().options,
      'notStated',
    ]);
  });

  it('hold the age bands of ageBand: 29 and 30, 50 and 51 years in 2025', () => {
    // Born 1996: 29 in 2025; 1995: 30; 1975: 50; 1974: 51; no birth year: unknown.
    const bands = [1996, 1995, 1975, 1974, undefined].map((year) => ageBand(year, '2025-06-30'));
    expect(bands).toEqual(['<30', '30-50', '30-50', '>50', 'unknown']);
    expect([...new Set(bands)]).toEqual(CUBE_VALUES.ageBand);
  });
});
