import { describe, expect, it } from 'vitest';
import { FORBIDDEN_KEYS, isForbiddenKey } from './forbiddenKeys.js';

describe('isForbiddenKey', () => {
  it('is true for the three forbidden keys only', () => {
    expect(FORBIDDEN_KEYS.map(isForbiddenKey)).toEqual([true, true, true]);
    expect(['proto', '__proto', 'Constructor', 'prototypes', 'AZ-DAS'].some(isForbiddenKey)).toBe(
      false,
    );
  });
});
