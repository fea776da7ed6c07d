import { describe, expect, it } from 'vitest';
import { closestName } from './closestName.js';

describe('closestName', () => {
  it('finds a swap of two letters (distance 1) and a missing letter', () => {
    expect(closestName('fromat', ['format', 'out', 'period'])).toBe('format');
    expect(closestName('perod', ['format', 'out', 'period'])).toBe('period');
    expect(closestName('reprot', ['report', 'validate', 'schema'])).toBe('report');
  });

  it('allows a third of the length: 2 edits for 6 letters, 1 for 3', () => {
    // "lcality" → "locality": one insertion; "as-fo" → "as-of": one swap.
    expect(closestName('lcality', ['locality'])).toBe('locality');
    expect(closestName('as-fo', ['as-of'])).toBe('as-of');
    // "xyz" vs "out": three substitutions, more than max(1, floor(3 / 3)) = 1.
    expect(closestName('xyz', ['out'])).toBeUndefined();
    // "curency" vs "currency": one insertion, within floor(7 / 3) = 2.
    expect(closestName('curency', ['currency', 'territories'])).toBe('currency');
  });

  it('gives nothing for an empty or very long word, or no names', () => {
    expect(closestName('', ['a'])).toBeUndefined();
    expect(closestName('a'.repeat(65), ['a'.repeat(65)])).toBeUndefined();
    expect(closestName('format', [])).toBeUndefined();
  });
});
