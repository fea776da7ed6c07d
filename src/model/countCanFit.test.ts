import { describe, expect, it } from 'vitest';
import { countCanFit } from './countCanFit.js';

describe('countCanFit (grievance.resolved_above_received)', () => {
  it('compares what bounds allow, and never conflicts with a missing count', () => {
    expect(countCanFit(3, 2)).toBe(false);
    expect(countCanFit(2, 2)).toBe(true);
    // "at least 3" resolved of "at most 2" received cannot hold; "at least 1" of 2 can.
    expect(countCanFit({ min: 3 }, { max: 2 })).toBe(false);
    expect(countCanFit({ min: 1 }, 2)).toBe(true);
    // No upper bound on what was received: anything fits.
    expect(countCanFit(30, { min: 2 })).toBe(true);
    expect(countCanFit(undefined, 2)).toBe(true);
    expect(countCanFit(3, undefined)).toBe(true);
  });
});
