import { describe, expect, it } from 'vitest';
import { isActiveOn } from './isActiveOn.js';

describe('isActiveOn', () => {
  it('counts the hire day and not the termination day', () => {
    const e = { hireDate: '2024-01-10', terminationDate: '2024-06-30' };
    expect(isActiveOn(e, '2024-01-09')).toBe(false);
    expect(isActiveOn(e, '2024-01-10')).toBe(true);
    expect(isActiveOn(e, '2024-06-29')).toBe(true);
    expect(isActiveOn(e, '2024-06-30')).toBe(false);
  });
});
