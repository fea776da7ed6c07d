import { describe, expect, it } from 'vitest';
import { indicatorAnchor } from './reportDocument.js';

describe('indicatorAnchor', () => {
  it('replaces the dot of a catalog id by a hyphen', () => {
    expect(indicatorAnchor('workforce.newHireRate')).toBe('indicator-workforce-newHireRate');
  });

  it('replaces every character outside letters, digits and hyphens', () => {
    expect(indicatorAnchor('a.b c/d-e_9')).toBe('indicator-a-b-c-d-e-9');
  });
});
