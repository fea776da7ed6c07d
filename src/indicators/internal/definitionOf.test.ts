import { describe, expect, it } from 'vitest';
import { definitionOf } from './definitionOf.js';

describe('definitionOf', () => {
  it('copies plain data, leaving out undefined keys and sharing nothing', () => {
    const policy = { kind: 'listedLocations', locationIds: ['AZ-DAS'] };
    const copy = definitionOf(policy);
    expect(copy).toEqual(policy);
    expect(copy).not.toBe(policy);
    expect((copy as { locationIds: unknown }).locationIds).not.toBe(policy.locationIds);
    expect(definitionOf({ low: 1, central: undefined, high: 2 })).toEqual({ low: 1, high: 2 });
    expect(definitionOf(null)).toBeNull();
  });
});
