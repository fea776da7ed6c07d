import { describe, expect, it } from 'vitest';
import { azGazetteer } from '../data/az/azGazetteer.js';
import { azLocations } from '../data/az/azLocations.js';
import { type Location, LocationSchema } from '../model/location.js';
import { capitalOf } from './capitalOf.js';
import { createGazetteer } from './createGazetteer.js';
import { extendGazetteer } from './extendGazetteer.js';

const loc = (input: Record<string, unknown>): Location => LocationSchema.parse(input);

describe('capitalOf', () => {
  it('knows Bakı in the Azerbaijani gazetteer and in any gazetteer built from it', () => {
    expect(capitalOf(azGazetteer)?.id).toBe('AZ-BA');
    expect(capitalOf(azGazetteer)?.name).toBe('Bakı');
    expect(capitalOf(createGazetteer(azLocations))?.id).toBe('AZ-BA');
    const extended = extendGazetteer(azGazetteer, [
      loc({ id: 'v', kind: 'village', name: 'V', parentId: 'AZ-DAS' }),
    ]);
    expect(capitalOf(extended)?.id).toBe('AZ-BA');
    // Asked twice: the second answer comes from the per-gazetteer cache.
    expect(capitalOf(extended)?.id).toBe('AZ-BA');
  });

  it('is undefined without a country, or when the capital is not in the gazetteer', () => {
    const noCountry = createGazetteer([loc({ id: 'AZ-BA', kind: 'city', name: 'Bakı' })]);
    expect(capitalOf(noCountry)).toBeUndefined();
    expect(capitalOf(noCountry)).toBeUndefined();
    const dangling = createGazetteer([
      loc({ id: 'X', kind: 'country', name: 'X', capitalId: 'c' }),
    ]);
    expect(capitalOf(dangling)).toBeUndefined();
  });

  it('takes the first country that records a capital it holds', () => {
    const g = createGazetteer([
      loc({ id: 'A', kind: 'country', name: 'A' }),
      loc({ id: 'B', kind: 'country', name: 'B', capitalId: 'b-cap' }),
      loc({ id: 'b-cap', kind: 'city', name: 'B City', parentId: 'B' }),
    ]);
    expect(capitalOf(g)?.id).toBe('b-cap');
  });

  it('throws INVALID_ARGUMENT for a value that is not a gazetteer', () => {
    expect(() => capitalOf(42 as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
