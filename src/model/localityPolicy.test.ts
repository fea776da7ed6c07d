import { describe, it } from 'vitest';
import { accepts, rejects } from '../../test/fixtures/schemaExpectations.js';
import { LocalityPolicySchema } from './localityPolicy.js';

describe('LocalityPolicySchema', () => {
  it('accepts each definition of local', () => {
    for (const policy of [
      { kind: 'sameDistrict' },
      { kind: 'sameEconomicRegion' },
      { kind: 'withinKm', km: 50 },
      { kind: 'listedLocations', locationIds: ['v-chovdar'] },
      { kind: 'outsideCapital', capitalIds: ['AZ-BA'] },
    ]) {
      accepts(LocalityPolicySchema, policy);
    }
  });

  it('rejects a zero distance, an empty list and unknown kinds', () => {
    rejects(LocalityPolicySchema, { kind: 'withinKm', km: 0 }, ['km'], 'too_small');
    rejects(
      LocalityPolicySchema,
      { kind: 'listedLocations', locationIds: [] },
      ['locationIds'],
      'too_small',
    );
    rejects(LocalityPolicySchema, { kind: 'sameVillage' }, ['kind'], 'invalid_union');
  });
});
